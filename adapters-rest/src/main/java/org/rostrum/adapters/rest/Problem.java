package org.rostrum.adapters.rest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request that cannot be served, as RFC 9457 describes it: an HTTP status, a {@code reason} code
 * programs test, and a sentence people read (already in the asker's language). {@code extra} adds
 * members, e.g. the current list with a 409.
 */
final class Problem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int status;
  final String reason;
  final transient ObjectNode extra;

  Problem(int status, String reason, String detail) {
    this(status, reason, detail, JsonNodeFactory.instance.objectNode());
  }

  Problem(int status, String reason, String detail, ObjectNode extra) {
    super(detail, null, false, false);
    this.status = status;
    this.reason = reason;
    this.extra = extra;
  }
}
