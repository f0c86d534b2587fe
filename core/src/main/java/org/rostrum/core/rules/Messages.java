package org.rostrum.core.rules;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.RepresentationLevel;
import org.rostrum.core.model.Roster;
import org.rostrum.core.model.Standing;
import org.rostrum.core.rules.Rejection.AlreadyClosed;
import org.rostrum.core.rules.Rejection.DeadlineNotLater;
import org.rostrum.core.rules.Rejection.DifferentSegments;
import org.rostrum.core.rules.Rejection.Duplicate;
import org.rostrum.core.rules.Rejection.Invalid;
import org.rostrum.core.rules.Rejection.Late;
import org.rostrum.core.rules.Rejection.ListClosed;
import org.rostrum.core.rules.Rejection.NoWaitingSpeaker;
import org.rostrum.core.rules.Rejection.NotClosed;
import org.rostrum.core.rules.Rejection.NotFound;
import org.rostrum.core.rules.Rejection.NotWaiting;
import org.rostrum.core.rules.Rejection.SpeakerAtRostrum;
import org.rostrum.core.rules.Rejection.SpeechRunning;
import org.rostrum.core.rules.Rejection.UnknownSegment;

/**
 * The sentences Rostrum says to people, in English and French: which rule refused, the value seen,
 * and what to do. Instants are shown in the plenary's zone (T3).
 */
public final class Messages {

  private final Language language;
  private final ZoneId zone;
  private final Option<Roster> roster;
  private final ResourceBundle bundle;

  private Messages(Language language, ZoneId zone, Option<Roster> roster) {
    this.language = language;
    this.zone = zone;
    this.roster = roster;
    this.bundle =
        ResourceBundle.getBundle(
            "org.rostrum.core.rules.messages",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Sentences without a roster: a refusal's suggestions are left out. */
  public static Messages in(Language language, ZoneId zone) {
    return new Messages(language, zone, Option.none());
  }

  /** Sentences that name participants as the plenary's roster does, suggestions included. */
  public static Messages in(Language language, ZoneId zone, Roster roster) {
    return new Messages(language, zone, Option.some(roster));
  }

  public Language language() {
    return language;
  }

  /** One sentence explaining a refusal. */
  public String explain(Rejection rejection) {
    String key =
        rejection instanceof Invalid invalid
            ? "INVALID." + invalid.problem().name()
            : rejection instanceof Duplicate d && d.group().isDefined()
                ? "DUPLICATE.group"
                : rejection.reason().name();
    String sentence =
        new MessageFormat(bundle.getString(key), language.locale())
            .format(arguments(rejection).toJavaArray());
    return rejection instanceof Invalid invalid ? sentence + suggested(invalid) : sentence;
  }

  /** " Did you mean Germany?" for a name the roster does not hold; empty without suggestions. */
  private String suggested(Invalid invalid) {
    if (invalid.suggestions().isEmpty() || roster.isEmpty()) {
      return "";
    }
    io.vavr.collection.List<String> names =
        invalid.suggestions().map(key -> roster.get().name(key, language));
    String joined =
        names.size() == 1
            ? names.head()
            : names.init().mkString(", ") + bundle.getString("or") + names.last();
    return " "
        + new MessageFormat(bundle.getString("suggestions"), language.locale())
            .format(new Object[] {joined});
  }

  /** An instant as local time in the plenary's zone, with the zone named. */
  public String instant(Instant instant) {
    return DateTimeFormatter.ofPattern(bundle.getString("instant"), language.locale())
            .format(instant.atZone(zone))
        + " ("
        + zone.getId()
        + ")";
  }

  /** A time of day in the plenary's zone, as a list shows it: "15:06", "15h06". */
  public String time(Instant instant) {
    return DateTimeFormatter.ofPattern(bundle.getString("time"), language.locale())
        .format(instant.atZone(zone));
  }

  /** T5 in one sentence: "At this pace the list ends at 16:07; 3 places will not be reached." */
  public String forecast(org.rostrum.core.model.Forecast forecast) {
    if (forecast.endsAt().isEmpty()) {
      return bundle.getString("forecast.empty");
    }
    String ends = format("forecast.ends", time(forecast.endsAt().get()));
    return forecast.fits()
        ? ends + bundle.getString("forecast.fits")
        : ends
            + new MessageFormat(bundle.getString("forecast.unreached"), language.locale())
                .format(new Object[] {forecast.notReached()});
  }

  /**
   * Why a place stands out of first come, first served: "swapped with #5 by the chair at 15:20".
   */
  public String swap(org.rostrum.core.model.Swap swap) {
    String by =
        swap.by()
            .map(
                actor ->
                    actor
                        .role()
                        .filter(r -> bundle.containsKey("role." + r))
                        .map(r -> format("actor.role", bundle.getString("role." + r)))
                        .getOrElse(actor.id()))
            .getOrElse("?");
    return format("swap", swap.with().value(), by, time(swap.at()));
  }

  /**
   * Where a request stands, said after its participant's duplicate is refused (R5) and to whoever
   * looks a receipt up: "Request #2 stands at position 4 on the list, projected at 15:06."
   */
  public String holding(
      RegistrationId request, int position, RegistrationStatus status, Instant start) {
    return status.waiting()
        ? format("holding.waiting", position, time(start), request.value())
        : format("holding.other", position, time(start), request.value(), status(status));
  }

  public String status(RegistrationStatus status) {
    return bundle.getString("status." + status.name());
  }

  public String category(ParticipantCategory category) {
    return bundle.getString("category." + category.name());
  }

  /**
   * Why a place stands where it does, as one phrase: "tier 3 — Minister; received 2024-11-28
   * 09:00:00 (Europe/Amsterdam)", "point of order: before everyone waiting; received …", "right of
   * reply: after the list; received …", and "sent to the end after an absence" when it was.
   */
  public String standing(Standing standing) {
    String received = format("standing.received", instant(standing.receivedAt()));
    String why =
        switch (standing.kind()) {
          case POINT_OF_ORDER -> format("standing.point.of.order", received);
          case RIGHT_OF_REPLY -> format("standing.reply", received);
          case STATEMENT, GROUP_STATEMENT ->
              standing
                  .tier()
                  .map(
                      t ->
                          format("standing.tier", Integer.toString(t.number()), basis(t), received))
                  .getOrElse(received);
        };
    return standing.round() > 0 ? format("standing.requeued", why) : why;
  }

  private String basis(Standing.Tier tier) {
    if (tier.group()) {
      return kind(InterventionKind.GROUP_STATEMENT);
    }
    return tier.category().map(this::category).orElse(tier.level().map(this::level)).getOrElse("");
  }

  private String format(String key, Object... values) {
    return new MessageFormat(bundle.getString(key), language.locale()).format(values);
  }

  /** The name of a kind of intervention: "point of order", « motion d'ordre ». */
  public String kind(InterventionKind kind) {
    return new MessageFormat(bundle.getString("kind." + kind.name()), language.locale())
        .format(new Object[0]);
  }

  /** The name of a level of representation: "Minister", « ministre ». */
  public String level(RepresentationLevel level) {
    return new MessageFormat(bundle.getString("level." + level.name()), language.locale())
        .format(new Object[0]);
  }

  private List<Object> arguments(Rejection rejection) {
    return rejection.accept(new Arguments());
  }

  /** The facts each kind of refusal puts into its sentence, in the sentence's order. */
  private final class Arguments implements Rejection.Visitor<List<Object>> {

    @Override
    public List<Object> late(Late late) {
      return List.of(instant(late.receivedAt()), instant(late.closesAt()));
    }

    @Override
    public List<Object> duplicate(Duplicate duplicate) {
      return List.of(
          duplicate.held().toString(),
          duplicate.segment().value(),
          duplicate.group().getOrElse(""));
    }

    @Override
    public List<Object> listClosed(ListClosed closed) {
      return List.of(closed.segment().value());
    }

    @Override
    public List<Object> unknownSegment(UnknownSegment unknown) {
      return List.of(unknown.segment(), unknown.known().mkString(", "));
    }

    @Override
    public List<Object> invalid(Invalid invalid) {
      return switch (invalid.problem()) {
        case RECEIVED_IN_FUTURE ->
            List.of(
                instant(Instant.parse(invalid.seen())), instant(Instant.parse(invalid.expected())));
        case RECEIVED_OUT_OF_RANGE ->
            List.of(
                instant(Instant.parse(invalid.seen())),
                instant(
                    Instant.parse(
                        invalid.expected().substring(0, invalid.expected().indexOf('/')))),
                instant(
                    Instant.parse(
                        invalid.expected().substring(invalid.expected().indexOf('/') + 1))));
        default -> List.of(seen(invalid), expected(invalid));
      };
    }

    @Override
    public List<Object> notFound(NotFound notFound) {
      return List.of(notFound.id().toString());
    }

    @Override
    public List<Object> notWaiting(NotWaiting notWaiting) {
      return List.of(notWaiting.id().toString(), status(notWaiting.status()));
    }

    @Override
    public List<Object> differentSegments(DifferentSegments different) {
      return List.of(different.first().toString(), different.second().toString());
    }

    @Override
    public List<Object> alreadyClosed(AlreadyClosed closed) {
      return List.of(closed.segment().value());
    }

    @Override
    public List<Object> notClosed(NotClosed notClosed) {
      return List.of(notClosed.segment().value());
    }

    @Override
    public List<Object> deadlineNotLater(DeadlineNotLater later) {
      return List.of(instant(later.current()), instant(later.proposed()));
    }

    @Override
    public List<Object> speechRunning(SpeechRunning running) {
      return List.of(running.speaker().toString());
    }

    @Override
    public List<Object> noSpeechRunning(Rejection.NoSpeechRunning none) {
      return List.empty();
    }

    @Override
    public List<Object> speakerAtRostrum(SpeakerAtRostrum atRostrum) {
      return List.of(atRostrum.speaker().toString());
    }

    @Override
    public List<Object> noSpeakerCalled(Rejection.NoSpeakerCalled none) {
      return List.empty();
    }

    @Override
    public List<Object> noWaitingSpeaker(NoWaitingSpeaker none) {
      return List.of(none.segment().value());
    }

    @Override
    public List<Object> noOpenSegment(Rejection.NoOpenSegment none) {
      return List.empty();
    }

    @Override
    public List<Object> stale(Rejection.Stale stale) {
      return List.of(Long.toString(stale.seen()), Long.toString(stale.current()));
    }

    @Override
    public List<Object> notResumable(Rejection.NotResumable notResumable) {
      return List.of(notResumable.segment().value());
    }

    @Override
    public List<Object> tooManyReplies(Rejection.TooManyReplies too) {
      return List.of(Integer.toString(too.allowed()), too.given().mkString(", #"));
    }

    @Override
    public List<Object> speechOnPause(Rejection.SpeechOnPause paused) {
      return List.of(paused.speaker().toString());
    }

    @Override
    public List<Object> notPaused(Rejection.NotPaused notPaused) {
      return List.of(notPaused.speaker().toString());
    }

    @Override
    public List<Object> alreadyOnRoster(Rejection.AlreadyOnRoster already) {
      return List.of(
          already.name(),
          roster
              .map(r -> r.name(already.known().value(), language))
              .getOrElse(already.known().value()),
          already.known().value());
    }
  }

  private String seen(Invalid invalid) {
    return invalid.problem() == Invalid.Problem.KIND_NOT_TAKEN
        ? kind(InterventionKind.valueOf(invalid.seen()))
        : invalid.seen();
  }

  private String expected(Invalid invalid) {
    return switch (invalid.problem()) {
      case NOT_A_STATE, CATEGORY_MISMATCH ->
          category(ParticipantCategory.valueOf(invalid.expected()));
      case KIND_NOT_TAKEN ->
          List.of(invalid.expected().split(","))
              .map(k -> kind(InterventionKind.valueOf(k.trim())))
              .mkString(", ");
      default -> invalid.expected();
    };
  }
}
