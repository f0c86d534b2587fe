/** What the core needs from the world: a journal, plenary definitions, live displays. */
package org.rostrum.core.port.out;
