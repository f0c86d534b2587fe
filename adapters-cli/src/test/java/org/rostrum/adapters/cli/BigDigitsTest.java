package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chair's countdown, five lines high. */
class BigDigitsTest {

  @Test
  void a_countdown_is_five_lines_of_block_digits_read_left_to_right() {
    String big = BigDigits.render("1:45");
    assertThat(big.lines()).hasSize(5);
    assertThat(big.lines().findFirst().orElseThrow()).isEqualTo("  █         █   █  █████");
    assertThat(big.lines().skip(2).findFirst().orElseThrow()).isEqualTo("  █         █████  █████");
    assertThat(BigDigits.render("+0:12").lines().skip(2).findFirst().orElseThrow())
        .startsWith("█████  █   █");
  }

  @Test
  void every_digit_has_a_glyph_of_its_own() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (char c = '0'; c <= '9'; c++) {
      String glyph = BigDigits.render(String.valueOf(c));
      assertThat(glyph).as("%s", c).contains("█");
      assertThat(seen.add(glyph)).as("%s differs from the others", c).isTrue();
    }
    assertThat(BigDigits.render("x")).isEqualTo("\n\n\n\n\n");
  }
}
