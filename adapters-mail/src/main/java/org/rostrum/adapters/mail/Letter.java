package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail's text taken apart as a reader at the desk would: the sender's own words, their signature,
 * the copy lines, the quoted history (dropped), and — for a forward — the mail it forwards, with
 * that mail's sender and text. Mail programs mark these in many ways and four languages: Gmail's
 * "Forwarded message" and "On … wrote:", Outlook's header block (From:/Sent:, De :/Envoyé :,
 * De:/Enviado el:, De:/Enviada em:, Von:/Gesendet:), Apple Mail's "Begin forwarded message:",
 * Thunderbird's "Original Message", {@code >} lines.
 *
 * @param body the sender's own words, without signature, copy lines or history
 * @param signature the block after the closing ("Best regards", "Cordialement", "Atentamente"…)
 * @param forwarded the mail this one forwards, read the same way
 * @param quoted the mail this one answers, as its history quotes it (not read as the request,
 *     unless the sender resends their own)
 */
record Letter(
    String subject,
    String body,
    String signature,
    Option<Forwarded> forwarded,
    Option<Forwarded> quoted) {

  /** A forwarded mail: its sender as the forward shows it, and its own letter. */
  record Forwarded(String address, String name, Letter letter) {}

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;

  private static final Pattern FORWARD_MARK =
      Pattern.compile(
          "^[ \\t>]*(?:-{2,}\\s*(?:forwarded message|message transf[ée]r[ée]|mensaje reenviado"
              + "|mensagem encaminhada|mensagem reencaminhada|weitergeleitete nachricht"
              + "|doorgestuurd bericht)\\s*-{2,}"
              + "|(?:begin forwarded message|d[ée]but du message r[ée]exp[ée]di[ée]"
              + "|d[ée]but du message transf[ée]r[ée]|inicio del mensaje reenviado"
              + "|comienzo del mensaje reenviado|in[íi]cio da mensagem (?:re)?encaminhada"
              + "|anfang der weitergeleiteten nachricht)\\s*:)[ \\t]*$",
          F);

  private static final Pattern REPLY_MARK =
      Pattern.compile(
          "^[ \\t>]*(?:on|le|el|em|am|op)\\s[^\\n]{0,250}(?:\\n[^\\n]{0,200})?"
              + "(?:wrote|a [ée]crit|escribi[óo]|escreveu|schrieb|schreef)\\s*:[ \\t]*$",
          F);

  /** Marks that separate a reply from history or a forward from the original: told by context. */
  private static final Pattern EITHER_MARK =
      Pattern.compile(
          "^[ \\t>]*(?:-{2,}\\s*(?:original message|message d['’]origine|mensaje original"
              + "|mensagem original|urspr[üu]ngliche nachricht|oorspronkelijk bericht)\\s*-{2,}"
              + "|_{8,})[ \\t]*$",
          F);

  private static final Pattern HEADER_FROM =
      Pattern.compile("^[ \\t>*]*(?:from|de|von|van)[ \\t\\u00A0]*:[ \\t]*\\S.*$", F);

  private static final Pattern HEADER_OTHER =
      Pattern.compile(
          "^[ \\t>*]*(?:sent|date|envoy[ée]|enviado(?: el)?|enviada(?: em)?|gesendet|verzonden|data"
              + "|fecha|datum|to|[àa]|para|an|aan|subject|objet|asunto|assunto|betreff|onderwerp"
              + "|cc)[ \\t\\u00A0]*:.*$",
          F);

  private static final Pattern FORWARD_SUBJECT =
      Pattern.compile("^\\s*(?:fwd?|tr|rv|wg|enc|fw|doorst)\\s*:", Pattern.CASE_INSENSITIVE);

  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  /** A copy line and the indented lines that go on with it. */
  private static final Pattern COPY_LINE =
      Pattern.compile(
          "^[ \\t]*(?:cc|c\\.c\\.|bcc|copy|copy to|copie|copie à|en copie|copia|con copia a"
              + "|cópia|com cópia para|c/c|with copy to|avec copie à)[ \\t\\u00A0]*[:.-].*$"
              + "(?:\\n[ \\t]+\\S.*$)*",
          F);

  private static final Pattern CLOSING =
      Pattern.compile(
          "^[ \\t]*(?:(?:with )?(?:best|kind|warm|warmest|kindest)? ?regards|yours (?:sincerely|faithfully)"
              + "|sincerely(?: yours)?|respectfully|many thanks|thank you(?: very much)?|thanks|best"
              + "|bien (?:à vous|cordialement)|cordialement|salutations(?: distinguées)?"
              + "|respectueusement|très cordialement|avec mes (?:meilleures|sincères) salutations"
              + "|atentamente|cordialmente|saludos(?: cordiales)?|un (?:cordial )?saludo|muchas gracias"
              + "|atenciosamente|cumprimentos|com os melhores cumprimentos|melhores cumprimentos"
              + "|obrigad[oa]|mit freundlichen gr[üu](?:ß|ss)en|--)[ \\t,.!]*$",
          F);

  private static final Pattern NOTE_CLOSING =
      Pattern.compile(
          "avails? (?:itself|himself|herself) of this opportunity|saisit cette occasion"
              + "|aprovecha (?:la )?(?:oportunidad|ocasi[óo]n)|aproveita a oportunidade"
              + "|je vous prie d['’]agr[ée]er|veuillez agr[ée]er|assurances? of (?:its|my) highest"
              + "|les assurances de sa (?:tr[èe]s )?haute consid[ée]ration",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static Letter of(Mail mail) {
    Letter letter = of(mail.subject(), mail.text(), 0);
    if (letter.forwarded().isEmpty() && !mail.attached().isEmpty()) {
      Mail inner = mail.attached().head();
      return new Letter(
          letter.subject(),
          letter.body(),
          letter.signature(),
          Option.some(
              new Forwarded(
                  inner.fromAddress(), inner.fromName(), of(inner.subject(), inner.text(), 1))),
          letter.quoted());
    }
    return letter;
  }

  static Letter of(String subject, String text, int depth) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
    Option<Mark> mark = firstMark(t, subject);
    String own = mark.map(m -> t.substring(0, m.start)).getOrElse(t);
    Option<Forwarded> forwarded = Option.none();
    Option<Forwarded> quoted = Option.none();
    if (mark.isDefined() && depth < 3) {
      Forwarded inner = original(t.substring(mark.get().end), depth);
      if (mark.get().forward) {
        forwarded = Option.some(inner);
      } else {
        quoted = Option.some(inner);
      }
    }
    own = unquoted(own);
    String[] parts = signed(own);
    return new Letter(subject, parts[0].strip(), parts[1].strip(), forwarded, quoted);
  }

  /** Where the history or the forwarded mail begins, and which it is. */
  private record Mark(int start, int end, boolean forward) {}

  private static Option<Mark> firstMark(String t, String subject) {
    boolean forwardSubject = FORWARD_SUBJECT.matcher(subject).find();
    List<Mark> marks = List.empty();
    Matcher m = FORWARD_MARK.matcher(t);
    if (m.find()) {
      marks = marks.append(new Mark(m.start(), m.end(), true));
    }
    m = REPLY_MARK.matcher(t);
    if (m.find()) {
      marks = marks.append(new Mark(m.start(), m.end(), false));
    }
    m = EITHER_MARK.matcher(t);
    if (m.find()) {
      marks =
          marks.append(
              new Mark(m.start(), m.end(), forwardSubject || t.substring(0, m.start()).isBlank()));
    }
    Option<Integer> block = headerBlock(t);
    if (block.isDefined()) {
      int at = block.get();
      boolean forward = forwardSubject || t.substring(0, at).strip().isEmpty();
      marks = marks.append(new Mark(at, at, forward));
    }
    if (marks.isEmpty()) {
      return Option.none();
    }
    return marks.minBy(Mark::start);
  }

  /** The start of the first Outlook-style header block: a From: line, then Sent:/To:/Subject:. */
  private static Option<Integer> headerBlock(String t) {
    Matcher from = HEADER_FROM.matcher(t);
    while (from.find()) {
      String after = t.substring(from.end(), Math.min(t.length(), from.end() + 600));
      String[] lines = after.split("\n", 6);
      int others = 0;
      for (int i = 1; i < lines.length && i <= 4; i++) {
        if (HEADER_OTHER.matcher(lines[i]).matches()) {
          others++;
        }
      }
      if (others >= 2) {
        return Option.some(from.start());
      }
    }
    return Option.none();
  }

  /** The forwarded mail after its marker: its header lines, then its text. */
  private static Forwarded original(String rest, int depth) {
    String[] lines = unquotedLines(rest).split("\n", -1);
    String address = "";
    String name = "";
    String subject = "";
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    int headerLines = 0;
    for (; i < lines.length; i++) {
      String line = lines[i].replaceAll("^[ \\t*]+", "").replace("*", "");
      if (line.isBlank()) {
        if (headerLines > 0) {
          break;
        }
        continue;
      }
      Matcher from = Pattern.compile("^(?:from|de|von|van)\\s*:\\s*(.*)$", F).matcher(line);
      Matcher subj =
          Pattern.compile("^(?:subject|objet|asunto|assunto|betreff|onderwerp)\\s*:\\s*(.*)$", F)
              .matcher(line);
      if (from.matches()) {
        String who = from.group(1);
        Matcher a = ADDRESS.matcher(who);
        address = a.find() ? a.group() : "";
        name = who.replaceAll("[<\\[(].*$", "").replaceAll("\"", "").replace(address, "").strip();
        headerLines++;
      } else if (subj.matches()) {
        subject = subj.group(1).strip();
        headerLines++;
      } else if (HEADER_OTHER.matcher(line).matches()) {
        headerLines++;
      } else {
        break; // the text starts, with or without a blank line
      }
    }
    StringBuilder text = new StringBuilder();
    for (int j = i; j < lines.length; j++) {
      text.append(lines[j]).append('\n');
    }
    return new Forwarded(address, name, of(subject, text.toString(), depth + 1));
  }

  private static String unquoted(String own) {
    StringBuilder out = new StringBuilder();
    for (String line : own.split("\n", -1)) {
      if (!line.stripLeading().startsWith(">")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** A forwarded mail's lines with one level of {@code >} removed (Apple Mail quotes forwards). */
  private static String unquotedLines(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(line.replaceFirst("^\\s?>\\s?", "")).append('\n');
    }
    return out.toString();
  }

  /** The text before the closing and the signature after it; copy lines removed from both. */
  private static String[] signed(String own) {
    String text = COPY_LINE.matcher(own).replaceAll("");
    Matcher closing = CLOSING.matcher(text);
    int at = -1;
    while (closing.find()) {
      if (closing.start() > text.length() / 4 || closing.start() > 200) {
        at = closing.start();
        break;
      }
    }
    Matcher note = NOTE_CLOSING.matcher(text);
    if (note.find()) {
      int end = text.indexOf("\n\n", note.end());
      int cut = end < 0 ? text.length() : end;
      if (at < 0 || cut < at) {
        at = cut;
      }
    }
    if (at < 0) {
      return new String[] {text, ""};
    }
    return new String[] {text.substring(0, at), text.substring(at)};
  }
}
