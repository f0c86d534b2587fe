package org.rostrum.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rostrum.core.decider.Command;
import org.rostrum.core.decider.Decider;
import org.rostrum.core.decider.Event;
import org.rostrum.core.decider.PlenaryState;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.rules.TimeRules;

/**
 * Rebuilding a plenary's state, lists and schedules from 100,000 inscriptions, beside a baseline
 * that only sorts the same 100,000 {@code (receivedAt, sequence)} keys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReplayBenchmark {

  /** How the requests arrive: in receipt order, or as a mailbox imported out of order. */
  @Param({"random", "ordered"})
  public String arrival;

  @Param({"100000"})
  public int size;

  Plenary plenary;
  java.util.List<Event> events;
  Key[] keys;

  /** The sort key of the baseline. */
  record Key(Instant receivedAt, long sequence) {}

  static final Comparator<Key> KEY_ORDER =
      Comparator.comparing(Key::receivedAt).thenComparingLong(Key::sequence);

  @Setup(Level.Trial)
  public void setUp() {
    plenary = Fixtures.asp23();
    Random random = new Random(42);
    Instant closesAt = plenary.deadline().closesAt();
    events = new ArrayList<>(size);
    keys = new Key[size];
    for (int i = 0; i < size; i++) {
      long secondsBefore =
          "ordered".equals(arrival)
              ? (long) (size - i) * 5
              : 1 + (long) (random.nextDouble() * Duration.ofDays(20).toSeconds());
      Instant at = closesAt.minusSeconds(secondsBefore);
      Registration r =
          Registration.builder()
              .id(RegistrationId.of(i + 1L))
              .participant(
                  Participant.of(
                      ParticipantKey.of("cs:organisation-" + i),
                      LocalizedText.of("Organisation " + i, "Organisation " + i),
                      ParticipantCategory.CIVIL_SOCIETY))
              .segment(plenary.segments().get(i % 2).id())
              .receivedAt(at)
              .build();
      events.add(new Event.RegistrationInscribed(r));
      keys[i] = new Key(at, i + 1L);
    }
  }

  @Benchmark
  public Seq<Schedule> replayStateListsAndSchedules() {
    PlenaryState state = Decider.replay(PlenaryState.initial(plenary), events);
    return state.lists().map(l -> TimeRules.schedule(l, plenary.slot()));
  }

  /**
   * The same rebuild, then one request decided on it: this pays for the lookups (who holds a place,
   * which sources were seen) that a rebuild defers until first needed.
   */
  @Benchmark
  public Seq<Event> replayThenDecideOneRegistration() {
    PlenaryState state = Decider.replay(PlenaryState.initial(plenary), events);
    RegistrationRequest request =
        RegistrationRequest.builder()
            .participant("Latecomer")
            .category(Option.some(ParticipantCategory.CIVIL_SOCIETY))
            .segment("I")
            .receivedAt(plenary.deadline().closesAt().minusSeconds(1))
            .sourceRef(Option.some("<latecomer@example.org>"))
            .build();
    return Decider.decide(new Command.Register(request), state, plenary.deadline().closesAt())
        .get();
  }

  @Benchmark
  public Key[] baselineSortKeys() {
    Key[] copy = Arrays.copyOf(keys, keys.length);
    Arrays.sort(copy, KEY_ORDER);
    return copy;
  }

  /** For a quick look without JMH. */
  public static void main(String[] args) {
    ReplayBenchmark b = new ReplayBenchmark();
    b.arrival = "random";
    b.size = 100_000;
    b.setUp();
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      List.ofAll(b.replayStateListsAndSchedules());
      long t1 = System.nanoTime();
      b.baselineSortKeys();
      long t2 = System.nanoTime();
      System.out.printf("replay %d ms, sort %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }
  }
}
