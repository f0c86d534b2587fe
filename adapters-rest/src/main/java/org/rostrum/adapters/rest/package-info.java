/**
 * The HTTP API (Javalin): the contract of DESIGN.md §5, errors as RFC 9457 problems in English or
 * French, bearer tokens with roles, If-Match on changes, and a live event stream for displays.
 */
package org.rostrum.adapters.rest;
