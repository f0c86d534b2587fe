package org.rostrum.archfixture.adapters.storage;

import org.rostrum.archfixture.core.decider.Event;
import org.rostrum.archfixture.core.port.out.Journal;

/** A storage adapter. */
public final class Store implements Journal {
  @Override
  public void append(Event event) {}
}
