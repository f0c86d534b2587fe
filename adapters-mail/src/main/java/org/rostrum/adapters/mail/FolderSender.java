package org.rostrum.adapters.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.rostrum.core.port.out.MailSender;
import org.rostrum.core.port.out.Outbox;

/**
 * Delivers replies as {@code .eml} files to a folder, for a Secretariat that sends them by hand
 * (from a mail program that opens such files). A reply written there counts as sent: the officer is
 * told where it is, and it is never written twice.
 */
public final class FolderSender implements MailSender {

  private final Path folder;

  public FolderSender(Path folder) {
    this.folder = folder;
  }

  @Override
  public Delivery send(Outbox.Reply reply) {
    try {
      return new Delivery.Accepted("written to " + write(folder, reply.draft()));
    } catch (java.io.UncheckedIOException e) {
      return new Delivery.Deferred(e.getMessage());
    }
  }

  /**
   * Writes {@code draft} as {@code ack-<digest of its key>.eml} in {@code folder}, whole or not at
   * all (written beside, then moved into place).
   */
  static Path write(Path folder, Outbox.Draft draft) {
    try {
      Files.createDirectories(folder);
      Path file =
          folder.resolve(
              "ack-"
                  + MailParser.digest(draft.key().getBytes(StandardCharsets.UTF_8)).substring(0, 16)
                  + ".eml");
      Path partial = folder.resolve(file.getFileName() + ".part");
      Files.writeString(partial, draft.message(), StandardCharsets.UTF_8);
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot write to the outbox " + folder + ": " + e.getMessage(), e);
    }
  }
}
