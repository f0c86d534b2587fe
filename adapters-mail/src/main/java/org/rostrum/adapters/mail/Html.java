package org.rostrum.adapters.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML mail, read by jsoup (a real HTML parser, linear in its input): blocks become
 * lines, a {@code blockquote}'s lines are marked {@code >} as a plain-text mail program would,
 * scripts and styles go.
 */
final class Html {

  private Html() {}

  static String toText(String html) {
    if (html.isBlank()) {
      return "";
    }
    Document doc = Jsoup.parse(html);
    doc.select("script, style, head, title, meta, xml").remove();
    StringBuilder out = new StringBuilder();
    int[] quoted = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText().replace('\u00A0', ' ').replaceAll("\\s+", " "));
            } else if (node instanceof Element e) {
              if (e.tagName().equals("blockquote")) {
                quoted[0]++;
              }
              if (breaks(e)) {
                newline();
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (breaks(e) && !e.tagName().equals("br")) {
                newline();
              }
              if (e.tagName().equals("blockquote")) {
                quoted[0]--;
              }
            }
          }

          private void newline() {
            out.append('\n').append("> ".repeat(Math.max(0, quoted[0])));
          }
        },
        doc.body() == null ? doc : doc.body());
    return out.toString()
        .replaceAll("[ \\t]+\\n", "\n")
        .replaceAll("\\n[ \\t]+", "\n")
        .replaceAll("\\n(> )*\\n(?=(> )*\\n)", "\n")
        .strip();
  }

  private static boolean breaks(Element e) {
    return e.isBlock() || e.tagName().equals("br") || e.tagName().equals("tr");
  }
}
