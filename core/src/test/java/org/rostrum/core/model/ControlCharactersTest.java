package org.rostrum.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void line_breaks_nul_del_c1_controls_and_lone_surrogates_are_found_and_named() {
    assertThat(ControlCharacters.first("Kenya\r\n")).contains(0x0D);
    assertThat(ControlCharacters.first("Ken\nya")).contains(0x0A);
    assertThat(ControlCharacters.first("\u0000")).contains(0x00);
    assertThat(ControlCharacters.first("a\u001Fb")).contains(0x1F);
    assertThat(ControlCharacters.first("tab\there")).contains(0x09);
    assertThat(ControlCharacters.first("del\u007F")).contains(0x7F);
    assertThat(ControlCharacters.first("\u0080")).contains(0x80);
    assertThat(ControlCharacters.first("nel\u0085")).contains(0x85);
    assertThat(ControlCharacters.first("\u009F")).contains(0x9F);
    assertThat(ControlCharacters.first("half \uD83C")).contains(0xD83C);
    assertThat(ControlCharacters.first("\uDF0D half")).contains(0xDF0D);
    assertThat(ControlCharacters.first("\uDF0D\uD83C")).contains(0xDF0D);
    assertThat(ControlCharacters.name(0x0D)).isEqualTo("U+000D");
    assertThat(ControlCharacters.name(0xD83C)).isEqualTo("U+D83C");
  }

  @Test
  void names_of_the_world_have_none() {
    for (String name :
        new String[] {
          "Côte d’Ivoire",
          "São Tomé and Príncipe",
          "Türkiye",
          "中国",
          "🌍 Earth",
          "A\u00A0B",
          "~",
          " "
        }) {
      assertThat(ControlCharacters.first(name)).as(name).isEqualTo(Option.none());
      assertThat(ControlCharacters.replace(name, "|")).isEqualTo(name);
    }
  }

  @Test
  void a_writer_keeps_each_line_break_once_in_its_own_form_and_drops_the_other_controls() {
    assertThat(ControlCharacters.replace("a\r\nb\rc\nd", "\\n")).isEqualTo("a\\nb\\nc\\nd");
    assertThat(ControlCharacters.replace("a\n\nb\r\r\n", " ")).isEqualTo("a  b  ");
    assertThat(ControlCharacters.replace("N\u0000U\u0007L\u007F\u0085\u009F\tL", "/"))
        .isEqualTo("NULL");
    assertThat(ControlCharacters.replace("\uD83C\uDF0D \uD83C", "")).isEqualTo("\uD83C\uDF0D ");
    assertThat(ControlCharacters.replace("\uDF0D\uD83C!", "")).isEqualTo("!");
    assertThat(ControlCharacters.replace("end\r", "<br>")).isEqualTo("end<br>");
  }

  @Test
  void bidirectional_controls_and_invisible_characters_are_found_and_named() {
    assertThat(ControlCharacters.first("Mr. \u202Eevil\u202C Smith")).contains(0x202E);
    for (int c :
        new int[] {
          0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0x200C,
          0x200D, 0x200E, 0x200F, 0xFEFF, 0x061C, 0x2060, 0x180E, 0xE0041, 0x2028, 0x2029
        }) {
      String text = "Ken" + new String(Character.toChars(c)) + "ya";
      assertThat(ControlCharacters.first(text)).as(ControlCharacters.name(c)).contains(c);
      assertThat(ControlCharacters.replace(text, "")).isEqualTo("Kenya");
    }
    assertThat(ControlCharacters.invisible(0x202E)).isTrue();
    assertThat(ControlCharacters.invisible(0x0D)).isFalse();
    assertThat(ControlCharacters.described(0x202E)).isEqualTo("U+202E RIGHT-TO-LEFT OVERRIDE");
  }

  @Test
  void an_old_record_holding_them_is_written_without_them() {
    assertThat(ControlCharacters.replace("Mr. \u202Eevil\u202C Smith", " "))
        .isEqualTo("Mr. evil Smith");
    assertThat(ControlCharacters.replace("a\u2028b\u2029c", "|")).isEqualTo("a|b|c");
    assertThat(ControlCharacters.replace("\u001B[31mred\u001B[0m", "")).isEqualTo("[31mred[0m");
  }
}
