package org.rostrum.core.service;

import org.rostrum.core.model.PlenaryId;

/** A plenary id that the catalog does not know. */
public final class UnknownPlenaryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient PlenaryId plenary;

  public UnknownPlenaryException(PlenaryId plenary) {
    super("no plenary " + plenary);
    this.plenary = plenary;
  }

  public PlenaryId plenary() {
    return plenary;
  }
}
