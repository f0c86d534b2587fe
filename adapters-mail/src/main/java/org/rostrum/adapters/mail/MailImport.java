package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Clock;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.IntakeMailUseCase;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegisterUseCase;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.rules.RegistrationRules;

/**
 * Feeds a mailbox to the speakers' list: each mail read with certainty becomes a request (its time
 * of receipt the Secretariat's server's, its source reference its Message-ID), each other one is
 * held for review with its evidence (the core's ReviewMailUseCase resolves them). Importing the
 * same mails again changes nothing; a different mail reusing a Message-ID already seen is held.
 */
public final class MailImport {

  /**
   * What became of one mail, under which key it is known; {@code answer} is false for a mail no
   * person wrote (a bounce, an automatic reply, a list's mail), which is never answered.
   */
  public record Outcome(
      MailSources.RawMail raw,
      Mail mail,
      Kind kind,
      Option<RegistrationOutcome> registration,
      Option<Long> held,
      Reading reading,
      boolean answer,
      Option<ReceiptTime> receipt,
      String key) {}

  /** The four fates of a mail. */
  public enum Kind {
    INSCRIBED,
    REFUSED,
    REVIEW,
    /** Imported before (same Message-ID and content, or same content): nothing done. */
    KNOWN
  }

  /** Counts for the summary: inscribed, refused by reason, held for review, known already. */
  public record Summary(int inscribed, TreeMap<String, Integer> refused, int review, int known) {
    public static Summary of(List<Outcome> outcomes) {
      return new Summary(
          outcomes.count(o -> o.kind() == Kind.INSCRIBED),
          outcomes
              .filter(o -> o.kind() == Kind.REFUSED)
              .map(
                  o ->
                      ((RegistrationOutcome.Refused) o.registration().get())
                          .rejection()
                          .reason()
                          .name())
              .foldLeft(TreeMap.empty(), (m, r) -> m.put(r, m.get(r).getOrElse(0) + 1)),
          outcomes.count(o -> o.kind() == Kind.REVIEW),
          outcomes.count(o -> o.kind() == Kind.KNOWN));
    }
  }

  /** The reading of a mail known already: it is not read again. */
  private static final Reading KNOWN =
      new Reading.Unclear(
          List.empty(),
          Option.none(),
          Option.none(),
          Option.none(),
          org.rostrum.core.model.Language.EN);

  private final Plenary plenary;
  private final RegisterUseCase register;
  private final IntakeMailUseCase intake;
  private final RequestReader reader;
  private final Clock clock;
  private final java.util.function.Consumer<Outcome> answer;

  public MailImport(
      Plenary plenary, RegisterUseCase register, IntakeMailUseCase intake, Clock clock) {
    this(plenary, register, intake, clock, o -> {});
  }

  /**
   * As above, each outcome handed to {@code answer} (which records its reply in the outbox) before
   * the mail is marked done: a mail whose import is interrupted in between is read again, its
   * outcome found again (a replay of the same request, or the mail held under its key) and handed
   * to {@code answer} again — which records a reply once per key.
   */
  public MailImport(
      Plenary plenary,
      RegisterUseCase register,
      IntakeMailUseCase intake,
      Clock clock,
      java.util.function.Consumer<Outcome> answer) {
    this.plenary = plenary;
    this.register = register;
    this.intake = intake;
    this.reader = new RequestReader(plenary);
    this.clock = clock;
    this.answer = answer;
  }

  public List<Outcome> run(List<MailSources.RawMail> mails) {
    return run(mails, o -> {});
  }

  /**
   * Imports the mails one by one, handing each outcome to {@code done} as soon as it is recorded —
   * before the next mail is read — so that its report and reply never wait on a later mail.
   */
  public List<Outcome> run(
      List<MailSources.RawMail> mails, java.util.function.Consumer<Outcome> done) {
    List<Outcome> outcomes = List.empty();
    for (MailSources.RawMail raw : mails) {
      Outcome o = one(raw);
      done.accept(o);
      outcomes = outcomes.append(o);
    }
    return outcomes;
  }

  private Outcome one(MailSources.RawMail raw) {
    Outcome o = decide(raw);
    answer.accept(o);
    // remembered once done and answered: a mail whose import was interrupted is read again
    intake.done(plenary.id(), o.key(), o.mail().digest());
    return o;
  }

  private Outcome decide(MailSources.RawMail raw) {
    Mail mail;
    try {
      mail = MailParser.parse(raw.bytes());
    } catch (java.io.UncheckedIOException e) { // its file went away since the folder was read
      mail = MailParser.parse(new byte[0]);
    }
    Option<ReceiptTime> receipt = ReceiptTime.of(mail, plenary.mail());
    IntakeMailUseCase.Arrival arrival = intake.arrive(plenary.id(), mail.key(), mail.digest());
    String key = arrival.key();
    boolean reused = arrival.keyReused();
    if (arrival.known()) {
      // imported before, the same content: nothing to read again
      return new Outcome(
          raw, mail, Kind.KNOWN, Option.none(), Option.none(), KNOWN, false, receipt, key);
    }
    Reading reading = read(mail);
    if (reused) {
      reading =
          new Reading.Unclear(
              List.of(Reading.Doubt.SAME_MESSAGE_ID),
              participantOf(reading),
              reading instanceof Reading.Understood u
                  ? Option.some(u.segment()).filter(seg -> !seg.isEmpty())
                  : ((Reading.Unclear) reading).segmentSeen(),
              speakerOf(reading),
              reading.language(),
              List.empty(),
              reading.evidence(),
              true);
    }
    Option<MailReviews.Held> heldBefore = intake.held(plenary.id(), key);
    if (heldBefore.isDefined()) {
      // held by an import that was interrupted before it was done: answered now if it was not
      return new Outcome(
          raw,
          mail,
          Kind.KNOWN,
          Option.none(),
          heldBefore.map(MailReviews.Held::id),
          reading,
          heldBefore.get().resolution().isEmpty() && answers(reading),
          receipt,
          key);
    }
    // R10: a time of receipt this plenary cannot have (a forged or broken stamp) is never recorded;
    // the mail is held, saying so, for an officer to read
    boolean possible =
        receipt.exists(
            r -> RegistrationRules.receivedWithin(r.at(), plenary, clock.instant()).isRight());
    if (reading instanceof Reading.Understood u && possible) {
      RegistrationOutcome outcome =
          register.register(
              RegisterCommand.builder()
                  .plenary(plenary.id())
                  .segment(u.segment())
                  .participant(u.participant().name())
                  .category(Option.some(u.participant().category()))
                  .speaker(u.speaker())
                  .language(Option.some(u.written()))
                  .receivedAt(Option.some(receipt.get().at()))
                  .senderClock(receipt.get().senderClock())
                  .sourceRef(Option.some(key))
                  .onBehalfOf(u.group())
                  .kind(u.kind())
                  .level(u.level())
                  .build());
      Kind kind =
          outcome.replay()
              ? Kind.KNOWN
              : outcome instanceof RegistrationOutcome.Inscribed ? Kind.INSCRIBED : Kind.REFUSED;
      // a replay is the request an interrupted import recorded: answered, once, if it was not
      return new Outcome(
          raw, mail, kind, Option.some(outcome), Option.none(), reading, true, receipt, key);
    }
    Reading.Unclear unclear =
        reading instanceof Reading.Unclear un
            ? un
            : new Reading.Unclear(
                List.empty(), Option.none(), Option.none(), Option.none(), reading.language());
    List<String> doubts = unclear.doubts().map(Enum::name);
    if (receipt.isEmpty()) {
      doubts = doubts.append(Reading.Doubt.NO_TIME.name());
    } else if (!possible) {
      doubts = doubts.append(Reading.Doubt.TIME_OUT_OF_RANGE.name());
    }
    Option<Long> held =
        intake.hold(
            plenary.id(),
            new MailReviews.Held(
                0,
                key,
                receipt.map(ReceiptTime::at).getOrElse(clock::instant),
                receipt.map(ReceiptTime::senderClock).getOrElse(true),
                doubts,
                unclear.participantSeen(),
                unclear.segmentSeen(),
                unclear.speaker(),
                unclear.language().name(),
                mail.fromAddress(),
                mail.subject(),
                raw.origin(),
                Option.none(),
                unclear.candidates(),
                unclear
                    .evidence()
                    .appendAll(receipt.map(ReceiptTime::ignored).getOrElse(List.empty()))));
    return new Outcome(
        raw,
        mail,
        held.isDefined() ? Kind.REVIEW : Kind.KNOWN,
        Option.none(),
        held,
        unclear,
        held.isDefined() && unclear.answer(),
        receipt,
        key);
  }

  /**
   * The reader's reading; a mail the reader fails on (a fault of Rostrum's, not the mail's) is held
   * as unreadable rather than stopping the mails after it.
   */
  private Reading read(Mail mail) {
    try {
      return reader.read(mail);
    } catch (RuntimeException | StackOverflowError e) {
      return new Reading.Unclear(
          List.of(Reading.Doubt.UNREADABLE),
          Option.none(),
          Option.none(),
          Option.none(),
          org.rostrum.core.model.Language.EN);
    }
  }

  /** Whether a person wrote the mail read so: a bounce or an automatic reply is not answered. */
  private static boolean answers(Reading reading) {
    return !(reading instanceof Reading.Unclear u) || u.answer();
  }

  private static Option<String> participantOf(Reading reading) {
    return reading instanceof Reading.Understood u
        ? Option.some(u.participant().name())
        : ((Reading.Unclear) reading).participantSeen();
  }

  private static Option<String> speakerOf(Reading reading) {
    return reading instanceof Reading.Understood u
        ? u.speaker()
        : ((Reading.Unclear) reading).speaker();
  }
}
