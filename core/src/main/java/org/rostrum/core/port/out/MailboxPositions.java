package org.rostrum.core.port.out;

import io.vavr.control.Option;
import org.rostrum.core.model.PlenaryId;

/**
 * How far a watched mailbox folder was read for a plenary: the folder's UIDVALIDITY and the last
 * UID whose mail was taken in whole. A watcher restarted catches up from there; a folder whose
 * UIDVALIDITY changed is read again from its start (the mails' keys and digests keep each mail
 * taken once).
 */
public interface MailboxPositions {

  /** A folder's position: its UIDVALIDITY, and the last UID taken. */
  record Position(long validity, long last) {}

  /** Where {@code folder} (an address without secrets) was left, if it was ever read. */
  Option<Position> find(PlenaryId plenary, String folder);

  /** Keeps where {@code folder} is now. */
  void keep(PlenaryId plenary, String folder, Position position);
}
