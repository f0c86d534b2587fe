package org.rostrum.adapters.rest;

import io.vavr.collection.Seq;
import org.rostrum.core.text.CsvText;

/**
 * Rows of RFC 4180: fields separated by commas, rows ended by CR LF, a field quoted when it holds a
 * comma, a quote or a line break, and never read as a formula ({@link CsvText}). The command line
 * writes its CSV with it too.
 */
public final class Csv {

  private Csv() {}

  public static String row(Seq<String> fields) {
    return fields.map(Csv::field).mkString(",") + "\r\n";
  }

  static String field(String value) {
    return CsvText.field(value);
  }
}
