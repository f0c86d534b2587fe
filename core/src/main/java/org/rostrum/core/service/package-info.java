/** The use cases, wired from the ports: where commands meet the journal and the clock. */
package org.rostrum.core.service;
