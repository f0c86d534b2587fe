package org.rostrum.archfixture.core.rules;

/**
 * A rule that reaches outside the allow-list (java.util.logging is the JDK, but a framework is
 * not).
 */
public final class Leaky {
  private Leaky() {}

  public static String name() {
    return org.junit.jupiter.api.Test.class.getName();
  }
}
