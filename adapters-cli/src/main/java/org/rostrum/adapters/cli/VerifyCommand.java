package org.rostrum.adapters.cli;

import java.util.concurrent.Callable;
import org.rostrum.adapters.storage.Verification;
import org.rostrum.core.model.Plenary;
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
      Verification v = session.store.verify(plenary.id());
      if (v.intact()) {
        session.out.println(session.text.get("verify.ok", plenary.id(), v.entries(), v.headHash()));
        return Exit.DONE;
      }
      Verification.Break at = v.firstBreak().get();
      session.out.println(
          session.text.get(
              "verify.broken",
              plenary.id(),
              at.seq(),
              session.text.get("verify." + at.problem().name()),
              v.entries()));
      return Exit.UNREADABLE;
    }
  }
}
