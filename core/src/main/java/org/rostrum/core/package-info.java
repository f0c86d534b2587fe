/**
 * Rostrum's core: the rules of a plenary's speakers' list, as pure functions over immutable values.
 * No I/O, no framework, no clock: time comes in as an argument.
 */
@Value.Style(
    jdkOnly = true,
    get = {"is*", "get*"},
    init = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false),
    privateNoargConstructor = false)
package org.rostrum.core;

import org.immutables.value.Value;
