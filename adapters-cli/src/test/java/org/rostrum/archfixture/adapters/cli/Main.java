package org.rostrum.archfixture.adapters.cli;

import org.rostrum.archfixture.adapters.storage.Store;
import org.rostrum.archfixture.core.decider.PlenaryState;
import org.rostrum.archfixture.core.service.Service;

/** The composition root: it may wire every adapter, but it may not read the decider's state. */
public final class Main {
  public static int run() {
    new Store();
    PlenaryState state = new PlenaryState(new org.rostrum.archfixture.core.model.Value(2));
    return new Service().list().size() + state.value().n();
  }
}
