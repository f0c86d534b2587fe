package org.rostrum.archfixture.core.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Every way the core must not read the time, once each: the clock rule must name them all. */
public final class ClockReader {
  private ClockReader() {}

  public static Object[] reads() {
    return new Object[] {
      Instant.now(),
      LocalDate.now(ZoneOffset.UTC),
      ZonedDateTime.now(ZoneOffset.UTC),
      System.currentTimeMillis(),
      System.nanoTime(),
      Clock.systemUTC(),
    };
  }
}
