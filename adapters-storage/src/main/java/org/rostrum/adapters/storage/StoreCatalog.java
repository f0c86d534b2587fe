package org.rostrum.adapters.storage;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.PlenaryCatalog;

/** The plenaries defined in a store, each kept with the definition file it was loaded from. */
public final class StoreCatalog implements PlenaryCatalog {

  private final Store store;

  /** Plenaries by id, parsed once: a definition never changes once in the store. */
  private final ConcurrentHashMap<PlenaryId, Plenary> parsed = new ConcurrentHashMap<>();

  StoreCatalog(Store store) {
    this.store = store;
  }

  /**
   * Adds a plenary from its definition file. Loading the same definition again changes nothing;
   * another definition under an id already in the store is refused, since its record was kept
   * against the first.
   */
  public Plenary define(String definition, String source) {
    Plenary plenary = PlenaryDefinitions.parse(definition, source);
    store.<Void>use(
        jdbi -> {
          jdbi.useTransaction(
              h -> {
                Option<String> existing =
                    Option.ofOptional(
                        h.createQuery("SELECT definition FROM plenary WHERE id = :id")
                            .bind("id", plenary.id().value())
                            .mapTo(String.class)
                            .findOne());
                if (existing.isEmpty()) {
                  h.createUpdate(
                          "INSERT INTO plenary (id, definition, created_at) VALUES (:id, :d, :at)")
                      .bind("id", plenary.id().value())
                      .bind("d", definition)
                      .bind("at", store.clock().instant().toString())
                      .execute();
                  h.createUpdate(
                          "INSERT INTO journal_head (plenary, head_seq, head_hash) VALUES (:id, 0,"
                              + " '')")
                      .bind("id", plenary.id().value())
                      .execute();
                } else if (!existing.get().equals(definition)) {
                  throw new StoreException(
                      StoreException.Problem.OTHER_DEFINITION,
                      store.storeName(),
                      plenary.id().value());
                }
              });
          return null;
        });
    return plenary;
  }

  @Override
  public Option<Plenary> find(PlenaryId id) {
    Plenary known = parsed.get(id);
    if (known != null) {
      return Option.some(known);
    }
    return definition(id).map(text -> parsed.computeIfAbsent(id, k -> parse(id, text)));
  }

  @Override
  public Seq<Plenary> all() {
    return store
        .use(
            jdbi ->
                jdbi.withHandle(
                    h ->
                        Vector.ofAll(
                            h.createQuery("SELECT id FROM plenary ORDER BY created_at, id")
                                .mapTo(String.class)
                                .list())))
        .flatMap(id -> find(PlenaryId.of(id)));
  }

  /** The definition file a plenary was loaded from. */
  public Option<String> definition(PlenaryId id) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    Option.ofOptional(
                        h.createQuery("SELECT definition FROM plenary WHERE id = :id")
                            .bind("id", id.value())
                            .mapTo(String.class)
                            .findOne())));
  }

  private Plenary parse(PlenaryId id, String text) {
    try {
      return PlenaryDefinitions.parse(text, store.name() + " (plenary " + id + ")");
    } catch (DefinitionException e) {
      throw new StoreException(
          StoreException.Problem.DEFINITION_UNREADABLE, e, store.storeName(), id.toString());
    }
  }
}
