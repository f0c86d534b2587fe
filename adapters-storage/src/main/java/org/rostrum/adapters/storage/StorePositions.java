package org.rostrum.adapters.storage;

import io.vavr.control.Option;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailboxPositions;

/** How far each watched folder was read, in the store's {@code mailbox_position} table. */
final class StorePositions implements MailboxPositions {

  private final Store store;

  StorePositions(Store store) {
    this.store = store;
  }

  @Override
  public Option<Position> find(PlenaryId plenary, String folder) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    Option.ofOptional(
                        h.createQuery(
                                "SELECT validity, last_uid FROM mailbox_position"
                                    + " WHERE plenary = :p AND folder = :f")
                            .bind("p", plenary.value())
                            .bind("f", folder)
                            .map(
                                (rs, ctx) ->
                                    new Position(rs.getLong("validity"), rs.getLong("last_uid")))
                            .findOne())));
  }

  @Override
  public void keep(PlenaryId plenary, String folder, Position position) {
    store.use(
        jdbi ->
            jdbi.inTransaction(
                h -> {
                  int updated =
                      h.createUpdate(
                              "UPDATE mailbox_position SET validity = :v, last_uid = :u,"
                                  + " updated_at = :at WHERE plenary = :p AND folder = :f")
                          .bind("p", plenary.value())
                          .bind("f", folder)
                          .bind("v", position.validity())
                          .bind("u", position.last())
                          .bind("at", store.clock().instant().toString())
                          .execute();
                  if (updated == 0) {
                    h.createUpdate(
                            "INSERT INTO mailbox_position (plenary, folder, validity, last_uid,"
                                + " updated_at) VALUES (:p, :f, :v, :u, :at)")
                        .bind("p", plenary.value())
                        .bind("f", folder)
                        .bind("v", position.validity())
                        .bind("u", position.last())
                        .bind("at", store.clock().instant().toString())
                        .execute();
                  }
                  return updated;
                }));
  }
}
