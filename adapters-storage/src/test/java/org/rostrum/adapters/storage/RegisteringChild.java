package org.rostrum.adapters.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/**
 * A separate importer process: at the given instant (milliseconds since the epoch), registers one
 * request with the given source reference and prints {@code OUTCOME id receipt replay}.
 *
 * <p>{@code RegisteringChild LOCATION PLENARY SOURCE-REF START-AT-MILLIS}
 */
public final class RegisteringChild {

  private RegisteringChild() {}

  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Store store = Store.open(args[0], false, Clock.systemUTC())) {
      PlenaryService importer =
          new PlenaryService(
              store.journal(),
              store.catalog(),
              Notifier.none(),
              Clock.fixed(Instant.parse("2024-12-03T10:00:00Z"), ZoneOffset.UTC));
      PlenaryId plenary = PlenaryId.of(args[1]);
      importer.list(plenary); // warm up before the start line
      long wait = Long.parseLong(args[3]) - System.currentTimeMillis();
      if (wait > 0) {
        Thread.sleep(wait);
      }
      RegistrationOutcome outcome =
          importer.register(RegisterCommand.of(plenary, "II", "Kenya").sourceRef(args[2]));
      out.println("OUTCOME " + outcome.id() + " " + outcome.receipt() + " " + outcome.replay());
    }
  }
}
