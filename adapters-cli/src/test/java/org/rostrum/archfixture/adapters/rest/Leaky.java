package org.rostrum.archfixture.adapters.rest;

import org.rostrum.archfixture.adapters.cli.Main;
import org.rostrum.archfixture.adapters.storage.Store;
import org.rostrum.archfixture.core.decider.PlenaryState;

/**
 * The breaches: a web adapter that reads the decider's state, knows another adapter, and reaches
 * into the composition root.
 */
public final class Leaky {
  public int size(PlenaryState state) {
    return state.value().n();
  }

  public Store store() {
    return new Store();
  }

  public String root() {
    return Main.class.getName();
  }
}
