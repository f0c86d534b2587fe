package org.rostrum.core.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;

/** Where plenary definitions come from. */
public interface PlenaryCatalog {

  Option<Plenary> find(PlenaryId id);

  Seq<Plenary> all();
}
