/** The HTTP API, live event stream and the room's web pages. Skeleton: issue 5. */
package org.rostrum.adapters.rest;
