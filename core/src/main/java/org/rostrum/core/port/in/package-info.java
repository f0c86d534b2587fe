/** What the core offers its adapters: the use cases of the Secretariat, the chair and delegates. */
package org.rostrum.core.port.in;
