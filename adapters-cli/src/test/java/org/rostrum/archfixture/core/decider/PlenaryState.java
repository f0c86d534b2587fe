package org.rostrum.archfixture.core.decider;

import org.rostrum.archfixture.core.model.Value;

/** The decider's state: no adapter may see it. */
public record PlenaryState(Value value) {}
