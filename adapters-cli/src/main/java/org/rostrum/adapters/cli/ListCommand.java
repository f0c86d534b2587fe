package org.rostrum.adapters.cli;

import java.util.concurrent.Callable;
import org.rostrum.core.model.Plenary;
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
    ics;

    /** Whether the list in this format is kept: a calendar is stamped with when it was made. */
    boolean kept() {
      return this != ics;
    }
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
    if (!format.kept()) {
      try (Session session = Session.open(root)) {
        Plenary plenary = session.plenary();
        ListView list = only(session, session.service().list(plenary.id()), segment);
        session.out.print(
            new Calendar(plenary, list.schedules(), session.text, root.clock.instant()).render());
        return Exit.DONE;
      }
    }
    return KeptViews.print(
        root, new KeptViews.View("list", format.name(), root.language(), segment));
  }

  /** The list as {@code list} prints it, rendered from the plenary's state as it is now. */
  static KeptViews.Rendered render(Session session, KeptViews.View view) {
    Plenary plenary = session.plenary();
    ListView list = only(session, session.service().list(plenary.id()), view.segment());
    ListRenderer renderer = new ListRenderer(list, new Text(view.language()));
    String printed =
        switch (Format.valueOf(view.format())) {
          case json -> renderer.json();
          case csv -> renderer.csv();
          case markdown -> renderer.markdown();
          case text, ics -> renderer.text();
        };
    return new KeptViews.Rendered(
        plenary.id(), list.version(), null, printed, list.steadyUntil().getOrNull());
  }

  /** The list of one segment, or of all when {@code segment} is null. */
  private static ListView only(Session session, ListView list, String segment) {
    if (segment == null) {
      return list;
    }
    io.vavr.control.Option<ListView> one = list.only(session.segmentId(list.plenary(), segment));
    if (one.isEmpty()) {
      throw new UsageException(
          session.text.get(
              "list.unknown.segment",
              segment,
              list.plenary().segments().map(s -> s.id().value()).mkString(", ")));
    }
    return one.get();
  }
}
