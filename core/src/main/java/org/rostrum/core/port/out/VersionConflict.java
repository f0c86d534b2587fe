package org.rostrum.core.port.out;

/** An append that expected the journal at one version and found it at another. */
public record VersionConflict(long expected, long actual) {}
