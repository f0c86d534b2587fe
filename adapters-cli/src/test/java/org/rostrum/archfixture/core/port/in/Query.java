package org.rostrum.archfixture.core.port.in;

import org.rostrum.archfixture.core.view.ListView;

/** An in-port answering with a view. */
public interface Query {
  ListView list();
}
