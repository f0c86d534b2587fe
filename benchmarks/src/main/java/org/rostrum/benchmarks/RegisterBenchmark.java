package org.rostrum.benchmarks;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rostrum.core.decider.Command;
import org.rostrum.core.decider.Decider;
import org.rostrum.core.decider.Event;
import org.rostrum.core.decider.PlenaryState;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationRequest;

/** One request for the floor, decided and folded, on a plenary that holds 10,000 inscriptions. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegisterBenchmark {

  PlenaryState state;
  Instant now;
  RegistrationRequest[] requests;
  int next;

  @Setup(Level.Trial)
  public void setUp() {
    Plenary plenary = Fixtures.asp23();
    Instant closesAt = plenary.deadline().closesAt();
    now = closesAt;
    PlenaryState s = PlenaryState.initial(plenary);
    for (int i = 0; i < 10_000; i++) {
      s =
          register(
              s,
              request(
                  "Organisation " + i, i % 2 == 0 ? "I" : "II", closesAt.minusSeconds(10_000 - i)));
    }
    state = s;
    requests = new RegistrationRequest[1024];
    for (int i = 0; i < requests.length; i++) {
      requests[i] =
          request("Newcomer " + i, i % 2 == 0 ? "I" : "II", closesAt.minusSeconds(5_000 + i));
    }
  }

  private RegistrationRequest request(String name, String segment, Instant at) {
    return RegistrationRequest.builder()
        .participant(name)
        .category(Option.some(ParticipantCategory.CIVIL_SOCIETY))
        .segment(segment)
        .receivedAt(at)
        .build();
  }

  private PlenaryState register(PlenaryState s, RegistrationRequest r) {
    Seq<Event> events = Decider.decide(new Command.Register(r), s, now).get();
    return Decider.replay(s, events);
  }

  @Benchmark
  public PlenaryState decideAndEvolveOneRegistration() {
    next = (next + 1) & (requests.length - 1);
    return register(state, requests[next]);
  }
}
