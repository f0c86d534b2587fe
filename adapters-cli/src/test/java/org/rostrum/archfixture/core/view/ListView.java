package org.rostrum.archfixture.core.view;

import org.rostrum.archfixture.core.decider.PlenaryState;

/** A view computed from the state. */
public record ListView(int size) {
  public static ListView of(PlenaryState state) {
    return new ListView(state.value().n());
  }
}
