/**
 * The {@code rostrum} command and the composition root that wires the adapters. Skeleton: issue 4.
 */
package org.rostrum.adapters.cli;
