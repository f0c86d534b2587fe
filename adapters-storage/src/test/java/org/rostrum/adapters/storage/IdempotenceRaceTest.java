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
 * The same mail submitted by several importers at the same moment, each with its own store
 * connections: it is recorded once, and every importer is given that one outcome.
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
}
