package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/**
 * The same mail submitted by several importers at the same moment — threads with their own store
 * connections, and separate processes: it is recorded once, and every importer is given that one
 * outcome.
 */
class IdempotenceRaceTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void a_source_reference_submitted_at_once_from_many_places_is_recorded_once(String kind)
      throws Exception {
    String location =
        kind.equals("sqlite") ? dir.resolve("race.db").toString() : TestStores.postgresUrl();
    Store first = Store.open(location, true, Clock.systemUTC());
    PlenaryId plenary = TestStores.freshPlenary(first).id();
    int importers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(importers);
    List<Store> stores = new ArrayList<>();
    List<Future<RegistrationOutcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < importers; i++) {
      Store store = Store.open(location, false, Clock.systemUTC());
      stores.add(store);
      PlenaryService importer =
          new PlenaryService(
              store.journal(),
              store.catalog(),
              Notifier.none(),
              Clock.fixed(Instant.parse("2024-12-03T10:00:00Z"), ZoneOffset.UTC));
      outcomes.add(
          pool.submit(
              () -> {
                start.await();
                return importer.register(
                    RegisterCommand.of(plenary, "II", "Kenya").sourceRef("<same@mail.ke>"));
              }));
    }
    start.countDown();
    List<RegistrationOutcome> results = new ArrayList<>();
    for (Future<RegistrationOutcome> f : outcomes) {
      results.add(f.get(1, TimeUnit.MINUTES));
    }
    pool.shutdown();

    assertThat(first.journal().read(plenary, 0)).hasSize(1);
    assertThat(results.stream().map(RegistrationOutcome::id).distinct()).hasSize(1);
    assertThat(results.stream().map(RegistrationOutcome::receipt).distinct()).hasSize(1);
    assertThat(results.stream().filter(r -> !r.replay())).hasSize(1);
    stores.forEach(Store::close);
    first.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void a_source_reference_submitted_at_once_by_separate_processes_is_recorded_once(String kind)
      throws Exception {
    String location =
        kind.equals("sqlite") ? dir.resolve("processes.db").toString() : TestStores.postgresUrl();
    try (Store store = Store.open(location, true, Clock.systemUTC())) {
      PlenaryId plenary = TestStores.freshPlenary(store).id();
      long startAt = System.currentTimeMillis() + 4_000;
      List<Process> importers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        importers.add(
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    RegisteringChild.class.getName(),
                    location,
                    plenary.value(),
                    "<same@mail.ke>",
                    Long.toString(startAt))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start());
      }
      List<String> outcomes = new ArrayList<>();
      for (Process p : importers) {
        String said =
            new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        outcomes.add(said.lines().filter(l -> l.startsWith("OUTCOME ")).findFirst().orElseThrow());
      }
      assertThat(store.journal().read(plenary, 0)).hasSize(1);
      assertThat(outcomes.stream().map(o -> o.substring(0, o.lastIndexOf(' '))).distinct())
          .hasSize(1);
      assertThat(outcomes.stream().filter(o -> o.endsWith(" false"))).hasSize(1);
    }
  }
}
