package org.rostrum.adapters.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.core.model.Plenary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "init",
    description = "Creates the store and loads a plenary (the bundled ASP 23 plenary by default).",
    footer = {
      "",
      "Example: rostrum init --definition my-plenary.yaml",
      "         rostrum init --bundled asp23-general-debate"
    })
final class InitCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @Option(
      names = "--definition",
      paramLabel = "FILE",
      description = "A plenary definition file (YAML); without it, asp23-cooperation.")
  Path definition;

  @Option(
      names = "--bundled",
      paramLabel = "ID",
      description =
          "A definition bundled with Rostrum: asp23-cooperation (the default) or"
              + " asp23-general-debate (points of order, right of reply, group statements,"
              + " precedence by level).")
  String bundled;

  @Override
  public Integer call() {
    String text;
    String source;
    if (definition != null && bundled != null) {
      throw new UsageException(root.text().get("init.one.definition"));
    }
    if (definition == null) {
      String id = bundled == null ? PlenaryDefinitions.ASP23 : bundled.strip();
      io.vavr.control.Option<String> found = PlenaryDefinitions.bundled(id);
      if (found.isEmpty()) {
        throw new UsageException(
            root.text().get("init.unknown.bundled", id, PlenaryDefinitions.BUNDLED.mkString(", ")));
      }
      text = found.get();
      source = id + ".yaml";
    } else {
      try {
        text = Files.readString(definition, StandardCharsets.UTF_8);
      } catch (IOException e) {
        root.err.println(root.text().get("unreadable.file", definition, e.getMessage()));
        return Exit.UNREADABLE;
      }
      source = definition.toString();
    }
    // Read the definition before creating anything: a bad file leaves no store behind.
    Plenary plenary = PlenaryDefinitions.parse(text, source);
    try (Session session = Session.create(root)) {
      boolean existed = session.store.catalog().find(plenary.id()).isDefined();
      session.store.catalog().define(text, source);
      session.out.println(
          session.text.get(
              existed ? "already" : "initialised",
              session.store.name(session.text.language()),
              plenary.id(),
              plenary.title().in(session.text.language())));
    }
    return Exit.DONE;
  }
}
