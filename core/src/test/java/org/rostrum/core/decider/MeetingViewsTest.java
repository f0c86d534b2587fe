package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.InMemoryJournal;
import org.rostrum.core.service.InMemoryPlenaryCatalog;
import org.rostrum.core.service.PlenaryService;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.RoomView;
import org.rostrum.core.view.Views;

/**
 * The views of the meeting as it happens, at chosen instants: until when their times hold as the
 * clock runs (what the server and the command line keep them by), the room's time and places left,
 * and a request found by its receipt.
 */
class MeetingViewsTest {

  private static RegistrationRequest asks(String who, int minutesEarly) {
    return RegistrationRequest.builder()
        .participant(who)
        .segment("I")
        .receivedAt(Generators.CLOSES_AT.minusSeconds(60L * minutesEarly))
        .build();
  }

  private final PlenaryState registered =
      Steps.registerAll(
          Steps.initial(), List.of(asks("Kenya", 30), asks("France", 20), asks("Japan", 10)));
  private final Instant opens = registered.plenary().segments().head().window().start();

  private Schedule first(ListView list) {
    return list.schedules().head();
  }

  @Test
  void a_list_holds_until_the_first_instant_the_clock_would_move_its_times() {
    Instant before = opens.minus(Duration.ofHours(1));
    ListView plan = Views.list(registered, before);
    assertThat(plan.steadyUntil()).contains(opens);
    assertThat(plan.holdsAt(before)).isTrue();
    assertThat(plan.holdsAt(opens)).isFalse();

    PlenaryState speaking = Steps.apply(registered, new Command.CallNext(), opens);
    speaking = Steps.apply(speaking, new Command.StartSpeech(), opens);
    Instant during = opens.plusSeconds(30);
    ListView running = Views.list(speaking, during);
    Instant limit = opens.plus(registered.plenary().slot().limit());
    assertThat(running.steadyUntil()).as("until the speech's time runs out").contains(limit);
    assertThat(first(running).speakers().head().status()).isEqualTo(RegistrationStatus.SPEAKING);

    Instant over = limit.plusSeconds(10);
    ListView overrun = Views.list(speaking, over);
    assertThat(overrun.steadyUntil()).as("an overrun moves with the clock").contains(over);
    assertThat(first(overrun).speakers().get(1).projectedStart())
        .isEqualTo(over.plus(registered.plenary().slot().changeover()));

    PlenaryState ended = Steps.apply(speaking, new Command.StopSpeech(), over);
    ended = Steps.apply(ended, new Command.EndSegment(), over);
    Schedule done = first(Views.list(ended, over.plusSeconds(600)));
    assertThat(done.steadyUntil()).as("a segment over no longer depends on the clock").isEmpty();
    ScheduledSpeaker kenya = done.speakers().head();
    assertThat(kenya.timed()).isTrue();
    assertThat(kenya.actual().get().spoken()).isEqualTo(Duration.between(opens, over));
    ScheduledSpeaker france = done.speakers().get(1);
    assertThat(france.status()).isEqualTo(RegistrationStatus.NOT_REACHED);
    assertThat(france.timed()).as("a place not reached has no time").isFalse();
  }

  @Test
  void the_room_says_the_time_and_the_places_left_in_the_segment_being_run() {
    Instant end = registered.plenary().segments().head().window().end();
    RoomView before = Views.room(registered, opens.minus(Duration.ofHours(2)));
    assertThat(before.timeLeft())
        .as("all of it before it opens")
        .isEqualTo(Duration.between(opens, end));
    assertThat(before.placesLeft()).isEqualTo(3);
    PlenaryState called = Steps.apply(registered, new Command.CallNext(), opens);
    RoomView room = Views.room(called, opens.plusSeconds(90));
    assertThat(room.timeLeft()).isEqualTo(Duration.between(opens.plusSeconds(90), end));
    assertThat(room.placesLeft()).as("the speaker called still waits to speak").isEqualTo(3);
    PlenaryState speaking = Steps.apply(called, new Command.StartSpeech(), opens.plusSeconds(90));
    assertThat(Views.room(speaking, opens.plusSeconds(100)).placesLeft()).isEqualTo(2);
    assertThat(Views.room(speaking, end.plusSeconds(1)).timeLeft()).isZero();
  }

  @Test
  void a_request_is_found_by_its_receipt_and_an_unknown_receipt_finds_nothing() {
    PlenaryService rostrum =
        new PlenaryService(
            new InMemoryJournal(),
            InMemoryPlenaryCatalog.of(registered.plenary()),
            Notifier.none(),
            Clock.fixed(opens.minus(Duration.ofDays(2)), ZoneOffset.UTC));
    var id = registered.plenary().id();
    rostrum.register(RegisterCommand.of(id, "I", "Kenya"));
    RegistrationOutcome france = rostrum.register(RegisterCommand.of(id, "I", "France"));
    var found = rostrum.receipt(id, france.receipt()).get();
    assertThat(found.outcome().id()).isEqualTo(france.id());
    assertThat(found.place().get().entry().position()).isEqualTo(2);
    assertThat(found.receipt()).isEqualTo(france.receipt());
    assertThat(rostrum.receipt(id, "0".repeat(64))).isEmpty();
    assertThat(ZoneId.of("Europe/Amsterdam")).isEqualTo(registered.plenary().zone());
  }
}
