package org.rostrum.adapters.mail;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of an HTML-only mail: blocks become lines, tags go, entities are decoded. */
final class Html {

  private static final Map<String, String> ENTITIES =
      Map.ofEntries(
          Map.entry("nbsp", " "),
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("rsquo", "’"),
          Map.entry("lsquo", "‘"),
          Map.entry("laquo", "«"),
          Map.entry("raquo", "»"),
          Map.entry("eacute", "é"),
          Map.entry("egrave", "è"),
          Map.entry("ecirc", "ê"),
          Map.entry("euml", "ë"),
          Map.entry("agrave", "à"),
          Map.entry("acirc", "â"),
          Map.entry("ccedil", "ç"),
          Map.entry("icirc", "î"),
          Map.entry("iuml", "ï"),
          Map.entry("ocirc", "ô"),
          Map.entry("ugrave", "ù"),
          Map.entry("ucirc", "û"),
          Map.entry("Eacute", "É"),
          Map.entry("Egrave", "È"),
          Map.entry("Agrave", "À"),
          Map.entry("Ccedil", "Ç"),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("hellip", "…"));

  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

  private Html() {}

  static String toText(String html) {
    String text =
        html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", " ")
            .replaceAll("(?is)<blockquote[^>]*>.*?</blockquote>", "\n")
            .replaceAll("(?i)<br\\s*/?>", "\n")
            .replaceAll("(?i)</(p|div|tr|li|h[1-6]|table)>", "\n")
            .replaceAll("(?s)<[^>]*>", "");
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n");
  }

  private static String entity(String name, String whole) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
      }
      if (name.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(1))));
      }
    } catch (IllegalArgumentException e) {
      return whole;
    }
    return ENTITIES.getOrDefault(name, whole);
  }
}
