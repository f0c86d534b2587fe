package org.rostrum.adapters.cli;

import java.util.concurrent.Callable;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.JournalProof;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "verify",
    description = "Checks the journal's chain of hashes and names the first entry that breaks it.",
    footer = {"", "Example: rostrum verify"})
final class VerifyCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @Override
  public Integer call() {
    try (Session session = Session.open(root)) {
      Plenary plenary = session.plenary();
      JournalProof.Proof v = session.record().verify(plenary.id());
      if (v.intact()) {
        session.out.println(session.text.get("verify.ok", plenary.id(), v.entries(), v.headHash()));
        return Exit.DONE;
      }
      session.out.println(
          session.text.get(
              "verify.broken",
              plenary.id(),
              v.brokenAt().get(),
              session.text.get("verify." + v.problem().get()),
              v.entries()));
      return Exit.UNREADABLE;
    }
  }
}
