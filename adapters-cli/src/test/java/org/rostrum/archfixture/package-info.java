/**
 * A miniature of Rostrum's packages with one known breach of each architecture rule, so that the
 * rules are shown to catch what they are written for (a rule that cannot fail proves nothing).
 */
package org.rostrum.archfixture;
