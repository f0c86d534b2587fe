package org.rostrum.archfixture.core.rules;

import org.rostrum.archfixture.core.model.Value;

/** A rule over values. */
public final class Rule {
  private Rule() {}

  public static boolean holds(Value v) {
    return v.n() > 0;
  }
}
