package org.rostrum.adapters.cli;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.service.PlenaryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "demo",
    description =
        "The main job end to end on the embedded default: a fresh SQLite store, the bundled ASP 23"
            + " plenary, about forty requests, the list and the refusals.",
    footer = {"", "Example: rostrum demo --lang fr"})
final class DemoCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  /** One request as the Secretariat received it (local time in The Hague). */
  record Request(
      String participant,
      ParticipantCategory category,
      String segment,
      String speaker,
      String at) {}

  static final ParticipantCategory NGO = ParticipantCategory.CIVIL_SOCIETY;

  /** States Parties of every region, observers, Court organs, organisations; some late. */
  static final List<Request> REQUESTS =
      List.of(
          new Request("Sénégal", null, "I", "S.E. M. Ndiaye", "2024-11-25T09:12:04"),
          new Request("France", null, "I", "S.E. Mme Martin", "2024-11-25T10:03:51"),
          new Request(
              "International Criminal Court", null, "I", "The President", "2024-11-25T11:40:00"),
          new Request("Netherlands (Kingdom of the)", null, "I", null, "2024-11-26T08:15:30"),
          new Request("Sierra Leone", null, "I", null, "2024-11-26T14:02:11"),
          new Request("Argentina", null, "I", null, "2024-11-27T16:45:00"),
          new Request("Japan", null, "I", null, "2024-11-28T03:20:19"),
          new Request("République démocratique du Congo", null, "I", null, "2024-11-28T09:00:00"),
          new Request(
              "Bureau du Procureur", null, "II", "Deputy Prosecutor", "2024-11-28T10:30:00"),
          new Request(
              "Coalition for the International Criminal Court",
              null,
              "II",
              null,
              "2024-11-28T12:12:12"),
          new Request("Germany", null, "I", null, "2024-11-29T07:59:59"),
          new Request("State of Palestine", null, "I", null, "2024-11-29T11:11:11"),
          new Request("Chile", null, "II", "Ms. Rojas", "2024-11-29T18:40:00"),
          new Request("Registry", null, "II", "The Registrar", "2024-12-02T09:05:00"),
          new Request("Ukraine", null, "I", null, "2024-12-02T10:10:10"),
          new Request("la France", null, "II", null, "2024-12-02T10:30:00"),
          new Request("Mexico", null, "II", null, "2024-12-02T15:00:00"),
          new Request("Avocats sans frontières", NGO, "II", null, "2024-12-02T16:20:00"),
          new Request("European Union", null, "I", null, "2024-12-03T08:00:00"),
          new Request("Bangladesh", null, "II", null, "2024-12-03T09:45:00"),
          new Request("Kenya", null, "II", null, "2024-12-03T11:00:00"),
          new Request("Trust Fund for Victims", null, "II", null, "2024-12-03T11:30:00"),
          new Request("Estonia", null, "II", null, "2024-12-03T13:13:13"),
          new Request("Brazil", null, "I", null, "2024-12-03T14:14:14"),
          new Request("Human Rights Watch", null, "II", null, "2024-12-03T15:00:00"),
          new Request("Nigeria", null, "II", null, "2024-12-03T17:30:00"),
          new Request("Canada", null, "I", null, "2024-12-04T08:30:00"),
          new Request("Côte d'Ivoire", null, "II", null, "2024-12-04T09:00:00"),
          new Request("Republic of Korea", null, "II", null, "2024-12-04T10:00:00"),
          new Request("Amnesty International", null, "II", null, "2024-12-04T11:11:11"),
          new Request("Switzerland", null, "I", null, "2024-12-04T12:00:00"),
          new Request("Colombia", null, "II", null, "2024-12-04T14:30:00"),
          new Request("Fidji", null, "II", null, "2024-12-04T16:00:00"),
          new Request("Trinidad and Tobago", null, "I", null, "2024-12-04T18:00:00"),
          new Request("Korea", null, "II", null, "2024-12-04T19:00:00"),
          new Request("Uganda", null, "II", null, "2024-12-04T22:30:00"),
          new Request("Belgium", null, "III", null, "2024-12-04T23:10:00"),
          new Request("Poland", null, "II", null, "2024-12-04T23:59:59"),
          new Request("Chile", null, "I", null, "2024-12-05T00:00:00"),
          new Request("Portugal", null, "II", null, "2024-12-05T00:30:00"),
          new Request("Spain", null, "I", null, "2024-12-05T09:00:00"));

  @Override
  public Integer call() {
    Path dir;
    try {
      dir = Files.createTempDirectory("rostrum-demo");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    root.db = dir.resolve("rostrum.db").toString();
    root.plenary = null;
    KeptViews.View list = new KeptViews.View("list", "text", root.language(), null);
    try (Session session = Session.create(root)) {
      Plenary plenary = session.store.catalog().define(PlenaryDefinitions.bundled(), "asp23.yaml");
      PlenaryService service = session.service();
      session.out.println(session.text.get("demo.intro", root.db));
      session.out.println();
      session.out.println(session.text.get("demo.requests", REQUESTS.size()));
      int n = 0;
      for (Request r : REQUESTS) {
        n++;
        RegistrationOutcome outcome =
            service.register(
                org.rostrum.core.port.in.RegisterCommand.builder()
                    .plenary(plenary.id())
                    .segment(r.segment())
                    .participant(r.participant())
                    .category(Option.of(r.category()))
                    .speaker(Option.of(r.speaker()))
                    .receivedAt(
                        Option.some(LocalDateTime.parse(r.at()).atZone(plenary.zone()).toInstant()))
                    .sourceRef(Option.some("<demo-" + n + "@mail.example>"))
                    .build());
        session.out.printf(
            "  #%-3d %-48s %s%n",
            outcome.id().value(),
            r.participant() + " (" + r.segment() + ")",
            outcome instanceof RegistrationOutcome.Refused refused
                ? refused.rejection().reason().name()
                : "✓");
      }
      session.out.println();
      session.out.println(session.text.get("demo.changes"));
      service.swap(plenary.id(), RegistrationId.of(4), RegistrationId.of(5));
      session.out.println(
          "  "
              + session.text.get(
                  "swapped",
                  4,
                  5,
                  session.who(plenary, RegistrationId.of(4)),
                  session.who(plenary, RegistrationId.of(5))));
      String withdrawn = session.who(plenary, RegistrationId.of(20));
      service.withdraw(plenary.id(), RegistrationId.of(20));
      session.out.println("  " + session.text.get("withdrawn", 20, withdrawn));
      session.out.println();
      // kept as `rostrum list` keeps it, and printed below as `rostrum list` prints it
      KeptViews.keep(session, list, ListCommand.render(session, list));
    }
    KeptViews.print(root, list);
    try (Session session = Session.open(root)) {
      session.out.println();
      session.out.println(session.text.get("demo.next"));
      String db = " --db " + root.db;
      session.out.println("  rostrum list --segment II --format csv" + db);
      session.out.println(
          "  rostrum register --segment II --participant Chile --speaker \"Ms. Rojas\"" + db);
      session.out.println("  rostrum verify" + db);
    }
    return Exit.DONE;
  }
}
