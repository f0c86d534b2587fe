package org.rostrum.core.rules;

import io.vavr.collection.List;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.RegistrationStatus;
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
  private final ResourceBundle bundle;

  private Messages(Language language, ZoneId zone) {
    this.language = language;
    this.zone = zone;
    this.bundle =
        ResourceBundle.getBundle(
            "org.rostrum.core.rules.messages",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Messages in(Language language, ZoneId zone) {
    return new Messages(language, zone);
  }

  public Language language() {
    return language;
  }

  /** One sentence explaining a refusal. */
  public String explain(Rejection rejection) {
    String key =
        rejection instanceof Invalid invalid
            ? "INVALID." + invalid.problem().name()
            : rejection.reason().name();
    return new MessageFormat(bundle.getString(key), language.locale())
        .format(arguments(rejection).toJavaArray());
  }

  /** An instant as local time in the plenary's zone, with the zone named. */
  public String instant(Instant instant) {
    return DateTimeFormatter.ofPattern(bundle.getString("instant"), language.locale())
            .format(instant.atZone(zone))
        + " ("
        + zone.getId()
        + ")";
  }

  public String status(RegistrationStatus status) {
    return bundle.getString("status." + status.name());
  }

  public String category(ParticipantCategory category) {
    return bundle.getString("category." + category.name());
  }

  private List<Object> arguments(Rejection rejection) {
    if (rejection instanceof Late late) {
      return List.of(instant(late.receivedAt()), instant(late.closesAt()));
    } else if (rejection instanceof Duplicate duplicate) {
      return List.of(duplicate.held().toString(), duplicate.segment().value());
    } else if (rejection instanceof ListClosed closed) {
      return List.of(closed.segment().value());
    } else if (rejection instanceof UnknownSegment unknown) {
      return List.of(unknown.segment(), unknown.known().mkString(", "));
    } else if (rejection instanceof Invalid invalid) {
      return invalid.problem() == Invalid.Problem.RECEIVED_IN_FUTURE
          ? List.of(
              instant(Instant.parse(invalid.seen())), instant(Instant.parse(invalid.expected())))
          : List.of(invalid.seen(), expected(invalid));
    } else if (rejection instanceof NotFound notFound) {
      return List.of(notFound.id().toString());
    } else if (rejection instanceof NotWaiting notWaiting) {
      return List.of(notWaiting.id().toString(), status(notWaiting.status()));
    } else if (rejection instanceof DifferentSegments different) {
      return List.of(different.first().toString(), different.second().toString());
    } else if (rejection instanceof AlreadyClosed closed) {
      return List.of(closed.segment().value());
    } else if (rejection instanceof NotClosed notClosed) {
      return List.of(notClosed.segment().value());
    } else if (rejection instanceof DeadlineNotLater later) {
      return List.of(instant(later.current()), instant(later.proposed()));
    } else if (rejection instanceof SpeechRunning running) {
      return List.of(running.speaker().toString());
    } else if (rejection instanceof SpeakerAtRostrum atRostrum) {
      return List.of(atRostrum.speaker().toString());
    } else if (rejection instanceof NoWaitingSpeaker none) {
      return List.of(none.segment().value());
    } else if (rejection instanceof Rejection.Stale stale) {
      return List.of(Long.toString(stale.seen()), Long.toString(stale.current()));
    }
    return List.empty();
  }

  private String expected(Invalid invalid) {
    return switch (invalid.problem()) {
      case NOT_A_STATE, CATEGORY_MISMATCH ->
          category(ParticipantCategory.valueOf(invalid.expected()));
      default -> invalid.expected();
    };
  }
}
