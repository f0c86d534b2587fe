package org.rostrum.adapters.rest;

import io.vavr.collection.Seq;
import org.rostrum.core.model.ControlCharacters;

/**
 * Rows of RFC 4180: fields separated by commas, rows ended by CR LF, a field quoted when it holds a
 * comma, a quote or a line break. Line breaks inside a field are written CR LF; other control
 * characters and half characters, which an old record may hold, are left out. The command line
 * writes its CSV with it too.
 */
public final class Csv {

  private Csv() {}

  public static String row(Seq<String> fields) {
    return fields.map(Csv::field).mkString(",") + "\r\n";
  }

  static String field(String value) {
    String f = ControlCharacters.replace(value, "\r\n");
    return f.contains(",") || f.contains("\"") || f.contains("\r") || f.contains("\n")
        ? "\"" + f.replace("\"", "\"\"") + "\""
        : f;
  }
}
