package org.rostrum.archfixture.core.port.out;

import org.rostrum.archfixture.core.decider.Event;

/** An out-port. */
public interface Journal {
  void append(Event event);
}
