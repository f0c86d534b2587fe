package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** RFC 4180, with what an old record may hold: line breaks and other control characters. */
class CsvTest {

  @Test
  void a_field_with_a_line_break_is_quoted_and_its_break_written_crlf() {
    assertThat(Csv.field("Ms. Dupont\r\nMr. Martin")).isEqualTo("\"Ms. Dupont\r\nMr. Martin\"");
    assertThat(Csv.field("one\ntwo\rthree")).isEqualTo("\"one\r\ntwo\r\nthree\"");
  }

  @Test
  void other_control_characters_are_left_out_and_quotes_doubled() {
    assertThat(Csv.field("Ken\u0000ya\u0007\u0085\t")).isEqualTo("Kenya");
    assertThat(Csv.field("Côte d'Ivoire, \"CIV\"")).isEqualTo("\"Côte d'Ivoire, \"\"CIV\"\"\"");
    assertThat(Csv.field("half \uD800")).isEqualTo("half ");
    assertThat(Csv.field("🌍")).isEqualTo("🌍");
  }

  @Test
  void a_row_has_as_many_fields_as_given_and_ends_crlf() {
    String row = Csv.row(List.of("I", "Ms.\nDupont\u0000", "a,b", ""));
    assertThat(row).isEqualTo("I,\"Ms.\r\nDupont\",\"a,b\",\r\n");
    assertThat(row).doesNotContain("\u0000");
  }
}
