/**
 * The journal on SQLite (the embedded default) and PostgreSQL, and plenary definition files.
 * Skeleton: issue 3 brings the implementation.
 */
package org.rostrum.adapters.storage;
