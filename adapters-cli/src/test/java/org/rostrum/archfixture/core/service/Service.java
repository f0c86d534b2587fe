package org.rostrum.archfixture.core.service;

import org.rostrum.archfixture.core.decider.PlenaryState;
import org.rostrum.archfixture.core.model.Value;
import org.rostrum.archfixture.core.port.in.Query;
import org.rostrum.archfixture.core.view.ListView;

/** A service. */
public final class Service implements Query {
  @Override
  public ListView list() {
    return ListView.of(new PlenaryState(new Value(1)));
  }
}
