package org.rostrum.benchmarks;

import java.time.Clock;
import java.time.Instant;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/** Makes the store the start-up benchmark lists: the bundled plenary with 1,000 requests. */
public final class StartupStore {

  private StartupStore() {}

  /** A trivial main: the JVM's floor, measured from the same jar. */
  public static final class Floor {
    private Floor() {}

    public static void main(String[] args) {
      System.out.println("floor");
    }
  }

  /**
   * {@code STORE}: makes the store. {@code STORE append}: another writer appends one request to it,
   * leaving every kept view behind.
   */
  public static void main(String[] args) {
    if (args.length > 1 && args[1].equals("append")) {
      try (Store store = Store.open(args[0], false, Clock.systemUTC())) {
        Plenary plenary = store.catalog().all().head();
        new PlenaryService(store.journal(), store.catalog(), Notifier.none(), Clock.systemUTC())
            .register(
                RegisterCommand.of(plenary.id(), "II", "Organisation " + System.nanoTime())
                    .category(ParticipantCategory.CIVIL_SOCIETY)
                    .receivedAt(Instant.parse("2024-12-01T09:00:00Z")));
      }
      return;
    }
    try (Store store = Store.open(args[0], true, Clock.systemUTC())) {
      Plenary plenary = store.catalog().define(PlenaryDefinitions.bundled(), "asp23.yaml");
      PlenaryService service =
          new PlenaryService(store.journal(), store.catalog(), Notifier.none(), Clock.systemUTC());
      Instant first = Instant.parse("2024-11-20T09:00:00Z");
      for (int i = 0; i < 1000; i++) {
        service.register(
            RegisterCommand.of(plenary.id(), i % 2 == 0 ? "I" : "II", "Organisation " + i)
                .category(ParticipantCategory.CIVIL_SOCIETY)
                .receivedAt(first.plusSeconds(600L * i)));
      }
    }
  }
}
