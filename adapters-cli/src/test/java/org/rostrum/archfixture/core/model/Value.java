package org.rostrum.archfixture.core.model;

/** A value. */
public record Value(int n) {}
