package org.rostrum.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.rostrum.core.text.Generators.hostileTexts;

import org.junit.jupiter.api.Test;
import org.rostrum.core.model.ControlCharacters;

/**
 * Each output's safe writer, on any text an old record may hold: a spreadsheet never reads a
 * formula, a Markdown page never an element or a mark, a terminal never a control sequence, and
 * none of them shows an invisible character.
 */
class SafeTextProperties {

  /** A CSV field as a spreadsheet reads it: unquoted, its doubled quotes made single. */
  private static String unquoted(String field) {
    return field.startsWith("\"")
        ? field.substring(1, field.length() - 1).replace("\"\"", "\"")
        : field;
  }

  @Test
  void a_csv_field_never_starts_a_formula_and_keeps_the_text() {
    qt().withExamples(2_000)
        .forAll(hostileTexts())
        .checkAssert(
            text -> {
              String cell = unquoted(CsvText.field(text));
              assertThat(CsvText.formula(cell)).as(cell).isFalse();
              String kept = ControlCharacters.replace(text, "\r\n");
              assertThat(cell).isIn(kept, "'" + kept);
              String field = CsvText.field(text);
              if (!field.startsWith("\"")) {
                assertThat(field).doesNotContain(",", "\"", "\r", "\n");
              }
            });
  }

  @Test
  void a_markdown_text_holds_no_html_no_unescaped_mark_and_no_line_break() {
    qt().withExamples(2_000)
        .forAll(hostileTexts())
        .checkAssert(
            text -> {
              String md = MarkdownText.inline(text);
              assertThat(md).doesNotContain("<", ">", "\n", "\r");
              assertThat(ControlCharacters.first(md)).isEmpty();
              for (int i = 0; i < md.length(); i++) {
                char c = md.charAt(i);
                if ("`*_[]|~".indexOf(c) >= 0) {
                  int backslashes = 0;
                  for (int j = i - 1; j >= 0 && md.charAt(j) == '\\'; j--) {
                    backslashes++;
                  }
                  assertThat(backslashes % 2).as("%s in %s", c, md).isEqualTo(1);
                }
              }
              assertThat(md).doesNotStartWith("#").doesNotStartWith("-").doesNotStartWith("+");
            });
  }

  @Test
  void a_terminal_line_holds_no_control_or_invisible_character() {
    qt().withExamples(2_000)
        .forAll(hostileTexts())
        .checkAssert(
            text -> {
              assertThat(ControlCharacters.first(TerminalText.line(text))).isEmpty();
              String lines = TerminalText.lines(text).replace("\n", "");
              assertThat(ControlCharacters.first(lines)).isEmpty();
            });
  }

  @Test
  void a_calendar_value_holds_no_control_character_and_every_separator_escaped() {
    qt().withExamples(2_000)
        .forAll(hostileTexts())
        .checkAssert(
            text -> {
              String v = CalendarText.value(text);
              assertThat(ControlCharacters.first(v)).isEmpty();
              String unescaped = v.replace("\\\\", "").replace("\\;", "").replace("\\,", "");
              assertThat(unescaped).doesNotContain(";", ",");
            });
  }

  @Test
  void the_reviewers_examples_are_written_safely() {
    assertThat(CsvText.field("=HYPERLINK(\"http://x\",\"click\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
    assertThat(CsvText.field("+1 555")).isEqualTo("'+1 555");
    assertThat(CsvText.field("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvText.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvText.field("Kenya")).isEqualTo("Kenya");
    assertThat(MarkdownText.inline("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(MarkdownText.inline("<img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(MarkdownText.inline("``code`` [link](http://x)"))
        .isEqualTo("\\`\\`code\\`\\` \\[link\\](http://x)");
    assertThat(MarkdownText.inline("Bolivia (Plurinational State of)"))
        .isEqualTo("Bolivia (Plurinational State of)");
    assertThat(TerminalText.line("Mr. \u202Eevil\u202C Smith\u001B[2J"))
        .isEqualTo("Mr. evil Smith[2J");
  }
}
