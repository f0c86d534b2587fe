/**
 * The decider: commands decided against a plenary's state and the current instant into events, and
 * the state as a fold over those events.
 */
package org.rostrum.core.decider;
