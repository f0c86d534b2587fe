package org.rostrum.archfixture.core.rules;

/** A rule that reaches outside the allow-list: a test framework is neither the JDK nor Vavr. */
public final class Leaky {
  private Leaky() {}

  public static String name() {
    return org.junit.jupiter.api.Test.class.getName();
  }
}
