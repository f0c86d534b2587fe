package org.rostrum.core.rules;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.model.ControlCharacters;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Procedure;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection.Invalid;
import org.rostrum.core.rules.Rejection.Invalid.Problem;

/** The rules a request for the floor must pass to be inscribed, in the order they are applied. */
public final class RegistrationRules {

  private RegistrationRules() {}

  /** R10 unknown segment: the request names one of the plenary's segments. */
  public static Either<Rejection, Segment> knownSegment(String segment, Plenary plenary) {
    Option<Segment> found =
        segment == null || segment.isBlank()
            ? Option.none()
            : plenary.segment(SegmentId.of(segment));
    return found.toEither(
        () ->
            new Rejection.UnknownSegment(
                segment == null ? "" : segment.trim(), plenary.segments().map(Segment::id)));
  }

  /** R10 time of receipt: how far before the meeting opens, or after it ends, a request may be. */
  public static final java.time.Duration RECEIPT_MARGIN = java.time.Duration.ofDays(366);

  /**
   * R10 time of receipt: a request was received within the times its plenary implies — not more
   * than {@link #RECEIPT_MARGIN} before the meeting opens or after it ends — and not after the
   * moment it is processed. A request outside them is refused at the door and nothing is recorded:
   * no list, reply or page has to show such a time. The window bounds times that are stated (a
   * mail's stamp, a time the Secretariat types): a request timed by the server's clock, received at
   * the moment it is processed, is always possible (a plenary run again for a demonstration).
   */
  public static Either<Rejection, Instant> receivedWithin(
      Instant receivedAt, Plenary plenary, Instant now) {
    if (receivedAt.equals(now)) {
      // the moment of processing itself: the server's clock, not a time anyone stated
      return Either.right(receivedAt);
    }
    Instant from = plenary.window().start().minus(RECEIPT_MARGIN);
    Instant to = plenary.window().end().plus(RECEIPT_MARGIN);
    if (receivedAt.isBefore(from) || receivedAt.isAfter(to)) {
      return Either.left(
          new Invalid(Problem.RECEIVED_OUT_OF_RANGE, receivedAt.toString(), from + "/" + to));
    }
    if (receivedAt.isAfter(now)) {
      return Either.left(
          new Invalid(Problem.RECEIVED_IN_FUTURE, receivedAt.toString(), now.toString()));
    }
    return Either.right(receivedAt);
  }

  /**
   * R10 invalid request: the participant is identified with certainty, and the texts are of a sane
   * length and carry no control or invisible character.
   */
  public static Either<Rejection, Participant> wellFormed(
      RegistrationRequest request, Plenary plenary) {
    return wellWritten(request)
        .flatMap(
            r ->
                Participants.in(plenary.roster())
                    .resolve(r.participant(), r.category(), plenary.date())
                    .mapLeft(Rejection.class::cast));
  }

  /**
   * R10 without the participant's identity: the texts are of a sane length and carry no control or
   * invisible character.
   */
  public static Either<Rejection, RegistrationRequest> wellWritten(RegistrationRequest request) {
    Option<String> unsafe =
        List.of(Option.some(request.participant()), request.speaker(), request.onBehalfOf())
            .flatMap(text -> text.map(String::trim))
            .find(text -> ControlCharacters.first(text).isDefined());
    if (unsafe.isDefined()) {
      return Either.left(unsafe(unsafe.get()));
    }
    Option<String> tooLong =
        request.speaker().filter(s -> s.length() > Participants.MAX_NAME_LENGTH);
    if (tooLong.isDefined()) {
      return Either.left(
          new Invalid(
              Problem.TEXT_TOO_LONG,
              tooLong.get().substring(0, 40) + "…",
              Integer.toString(Participants.MAX_NAME_LENGTH)));
    }
    return Either.right(request);
  }

  /**
   * R10: the refusal of a text that carries a control or invisible character, naming the first one
   * and showing the text without them (at most 40 characters of it).
   */
  static Invalid unsafe(String text) {
    String seen = ControlCharacters.replace(text, " ");
    int c = ControlCharacters.first(text).get();
    boolean invisible = ControlCharacters.invisible(c);
    return new Invalid(
        invisible ? Problem.INVISIBLE_CHARACTER : Problem.CONTROL_CHARACTER,
        seen.length() > 40 ? seen.substring(0, 40) + "…" : seen,
        invisible ? ControlCharacters.described(c) : ControlCharacters.name(c));
  }

  /**
   * R10 kind: the plenary's procedure takes the kind of intervention asked for, and a statement on
   * behalf of a group names the group.
   */
  public static Either<Rejection, InterventionKind> taken(
      InterventionKind kind, Option<String> group, Procedure procedure) {
    if (!procedure.allows(kind)) {
      return Either.left(
          new Invalid(
              Problem.KIND_NOT_TAKEN,
              kind.name(),
              procedure.kinds().map(InterventionKind::name).mkString(",")));
    }
    if (kind == InterventionKind.GROUP_STATEMENT && group.forAll(String::isBlank)) {
      return Either.left(new Invalid(Problem.GROUP_MISSING, "", ""));
    }
    return Either.right(kind);
  }

  /**
   * RR1 replies: a participant asks for at most {@code rule.perParticipant()} replies per item;
   * {@code given} are the replies it holds there already.
   */
  public static Either<Rejection, Integer> replyAllowed(
      Procedure.RightOfReply rule, io.vavr.collection.Seq<Inscription> given) {
    return given.size() < rule.perParticipant()
        ? Either.right(given.size() + 1)
        : Either.left(
            new Rejection.TooManyReplies(
                rule.perParticipant(), given.map(Inscription::id).toList()));
  }

  /** R1 deadline: a request is inscribed only if it was received before the list closes. */
  public static Either<Rejection, Instant> onTime(Instant receivedAt, Instant closesAt) {
    return receivedAt.isBefore(closesAt)
        ? Either.right(receivedAt)
        : Either.left(new Rejection.Late(receivedAt, closesAt));
  }

  /** R9 closed list: a segment whose list the chair closed, or which is over, takes no request. */
  public static Either<Rejection, SegmentId> listOpen(SegmentId segment, boolean closed) {
    return closed ? Either.left(new Rejection.ListClosed(segment)) : Either.right(segment);
  }

  /**
   * R5 one voice: a participant holds at most one place. Returns the place the new request
   * replaces, if the participant's waiting place came from a request that comes later in first
   * come, first served — received later, or at the same instant with a higher intake number (R2) —
   * so that the processing order does not change the list (R4). A new request always has the
   * highest number; a corrected one keeps its own (C2).
   */
  public static Either<Rejection, Option<RegistrationId>> oneVoice(
      RegistrationId id, Instant receivedAt, Option<Inscription> held) {
    if (held.isEmpty()) {
      return Either.right(Option.none());
    }
    Inscription place = held.get();
    Instant heldSince = place.registration().receivedAt();
    boolean earlier =
        receivedAt.isBefore(heldSince)
            || (receivedAt.equals(heldSince) && id.value() < place.registration().sequence());
    return earlier && place.status() == RegistrationStatus.WAITING
        ? Either.right(Option.some(place.id()))
        : Either.left(heldBy(place));
  }

  /**
   * R5: the refusal of a request whose voice {@code place} holds — the participant's, or the
   * group's for a statement on behalf of a group.
   */
  public static Rejection.Duplicate heldBy(Inscription place) {
    return new Rejection.Duplicate(
        place.id(),
        place.segment(),
        place.registration().kind() == InterventionKind.GROUP_STATEMENT
            ? place.registration().onBehalfOf()
            : Option.none());
  }
}
