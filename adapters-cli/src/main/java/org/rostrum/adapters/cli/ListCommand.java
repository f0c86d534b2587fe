package org.rostrum.adapters.cli;

import java.util.concurrent.Callable;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.service.PlenaryService;
import org.rostrum.core.view.ListView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "list",
    description = "The speakers' list with projected times, and the refused requests.",
    footer = {"", "Example: rostrum list --segment II --format csv > segment-II.csv"})
final class ListCommand implements Callable<Integer> {

  /** The formats the list is printed in. */
  enum Format {
    text,
    json,
    csv,
    markdown,
    ics
  }

  @ParentCommand Rostrum root;

  @Option(names = "--segment", paramLabel = "S", description = "Only this segment.")
  String segment;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    try (Session session = Session.open(root)) {
      Plenary plenary = session.plenary();
      PlenaryService service = session.service();
      ListView list = service.list(plenary.id());
      if (segment != null) {
        io.vavr.control.Option<ListView> one = list.only(SegmentId.of(segment));
        if (one.isEmpty()) {
          throw new UsageException(
              session.text.get(
                  "list.unknown.segment",
                  segment,
                  plenary.segments().map(s -> s.id().value()).mkString(", ")));
        }
        list = one.get();
      }
      ListRenderer renderer = new ListRenderer(list, session.text);
      session.out.print(
          switch (format) {
            case json -> renderer.json();
            case csv -> renderer.csv();
            case markdown -> renderer.markdown();
            case ics ->
                new Calendar(plenary, list.schedules(), session.text, root.clock.instant())
                    .render();
            default -> renderer.text();
          });
      return Exit.DONE;
    }
  }
}
