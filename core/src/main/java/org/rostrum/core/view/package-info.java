/**
 * What the queries answer: the list, the room, the report and the review queue, each computed from
 * one version of a plenary and carrying it. Adapters render these values; the decider's state does
 * not leave the core.
 */
package org.rostrum.core.view;
