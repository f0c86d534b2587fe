package org.rostrum.core.text;

import org.rostrum.core.model.ControlCharacters;

/**
 * A field of a CSV file (RFC 4180) that a spreadsheet opens as text, never as a formula: a field
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (as OWASP's
 * "CSV injection" advice lists them) is written with a leading apostrophe, which spreadsheets read
 * as "this cell is text" and hide; a field holding a comma, a quote or a line break is quoted. Line
 * breaks inside a field are written CR LF; other control and invisible characters are left out.
 */
public final class CsvText {

  private CsvText() {}

  /** {@code value} as one field of a row. */
  public static String field(String value) {
    String f = ControlCharacters.replace(value, "\r\n");
    if (formula(f)) {
      f = "'" + f;
    }
    return f.contains(",") || f.contains("\"") || f.contains("\r") || f.contains("\n")
        ? "\"" + f.replace("\"", "\"\"") + "\""
        : f;
  }

  /** Whether a spreadsheet would read {@code value} as a formula (OWASP's list of starts). */
  static boolean formula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
