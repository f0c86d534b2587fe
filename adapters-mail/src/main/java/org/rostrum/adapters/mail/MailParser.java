package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.internal.ParserStreamContentHandler;
import org.apache.james.mime4j.message.BasicBodyFactory;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MessageImpl;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads the bytes of one mail with Apache James mime4j, permissively: whatever the bytes, it
 * returns a {@link Mail} — with what it could not read in {@link Mail#problems()} — and never
 * throws. What it reads of any part is capped, so reading is linear in the mail's size.
 */
public final class MailParser {

  private static final Pattern BY =
      Pattern.compile("\\bby\\s+([A-Za-z0-9.:\\[\\]-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FROM =
      Pattern.compile("^\\s*from\\s+([A-Za-z0-9.:\\[\\]-]+)", Pattern.CASE_INSENSITIVE);

  /** The most of a part's bytes that are read, and of the text that is kept. */
  static final int MAX_PART = 256 * 1024;

  static final int MAX_TEXT = 64 * 1024;

  static final int MAX_SUBJECT = 998;

  /** Header fields kept to tell an automatic mail, a list's mail or a bounce. */
  private static final java.util.Set<String> KEPT =
      java.util.Set.of(
          "return-path",
          "auto-submitted",
          "x-autoreply",
          "x-autorespond",
          "x-auto-response-suppress",
          "list-id",
          "list-unsubscribe",
          "list-post",
          "precedence",
          "x-failed-recipients",
          "reply-to",
          "sender",
          "to",
          "cc",
          "content-language");

  private MailParser() {}

  public static Mail parse(byte[] bytes) {
    return parse(bytes, 0);
  }

  private static Mail parse(byte[] bytes, int depth) {
    Message message;
    List<String> limits = List.empty();
    try {
      Bounded built = build(bytes);
      message = built.message;
      if (built.beyond) {
        limits = List.of(TOO_DEEP);
      }
    } catch (IOException | MimeException | RuntimeException e) {
      String digest = digest(bytes);
      return new Mail(
          "digest:" + digest,
          digest,
          Option.none(),
          "",
          "",
          "",
          "",
          List.empty(),
          Option.none(),
          List.empty(),
          List.empty(),
          List.empty(),
          "",
          List.empty(),
          List.of("not a readable mail: " + e.getMessage()));
    }
    return read(message, bytes, depth, limits);
  }

  /**
   * Parses as mime4j's {@code DefaultMessageBuilder} does, permissively, but within {@link
   * #MAX_DEPTH} and {@link #MAX_PARTS}: mime4j reads a part through the streams of every part
   * around it, so a mail nested thousands of levels deep would exhaust the stack. Past a limit the
   * parser is stopped: what was built so far is kept, and the mail says it is incomplete.
   */
  private static Bounded build(byte[] bytes) throws IOException, MimeException {
    MimeConfig config =
        MimeConfig.custom()
            .setMaxLineLen(-1)
            .setMaxHeaderLen(-1)
            .setMaxHeaderCount(-1)
            .setStrictParsing(false)
            .build();
    MessageImpl message = new MessageImpl();
    MimeStreamParser parser =
        new MimeStreamParser(
            config,
            DecodeMonitor.SILENT,
            new DefaultBodyDescriptorBuilder(
                null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
    Bounded bounded =
        new Bounded(message, new ParserStreamContentHandler(message, new BasicBodyFactory(true)));
    parser.setContentHandler(bounded);
    parser.setContentDecoding(true);
    parser.setRecurse();
    try {
      parser.parse(new ByteArrayInputStream(bytes));
    } catch (Beyond e) {
      bounded.beyond = true; // what was built so far is kept: the headers, the first parts
    }
    return bounded;
  }

  /** Why a mail is not read whole: its parts nest too deep, or are too many. */
  static final String TOO_DEEP = "its parts are nested too deep or are too many";

  /** The deepest parts are nested in a mail read (multiparts and attached mails, each a level). */
  static final int MAX_DEPTH = 32;

  /** The most parts read in one mail. */
  static final int MAX_PARTS = 2_000;

  /** A limit is passed: the parser stops there. */
  private static final class Beyond extends MimeException {
    private static final long serialVersionUID = 1L;

    Beyond() {
      super("a limit is passed");
    }
  }

  /** mime4j's own handler, which builds the message, stopping the parser past a limit. */
  private static final class Bounded implements ContentHandler {
    final Message message;
    private final ContentHandler builder;
    private int depth;
    private int parts;
    boolean beyond;

    Bounded(Message message, ContentHandler builder) {
      this.message = message;
      this.builder = builder;
    }

    private void deeper() throws Beyond {
      if (++depth > MAX_DEPTH) {
        throw new Beyond();
      }
    }

    @Override
    public void startMessage() throws MimeException {
      deeper();
      builder.startMessage();
    }

    @Override
    public void endMessage() throws MimeException {
      depth--;
      builder.endMessage();
    }

    @Override
    public void startHeader() throws MimeException {
      builder.startHeader();
    }

    @Override
    public void field(Field field) throws MimeException {
      builder.field(field);
    }

    @Override
    public void endHeader() throws MimeException {
      builder.endHeader();
    }

    @Override
    public void preamble(InputStream is) throws MimeException, IOException {
      builder.preamble(is);
    }

    @Override
    public void epilogue(InputStream is) throws MimeException, IOException {
      builder.epilogue(is);
    }

    @Override
    public void startMultipart(BodyDescriptor bd) throws MimeException {
      deeper();
      builder.startMultipart(bd);
    }

    @Override
    public void endMultipart() throws MimeException {
      depth--;
      builder.endMultipart();
    }

    @Override
    public void startBodyPart() throws MimeException {
      if (++parts > MAX_PARTS) {
        throw new Beyond();
      }
      builder.startBodyPart();
    }

    @Override
    public void endBodyPart() throws MimeException {
      builder.endBodyPart();
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws MimeException, IOException {
      builder.body(bd, is);
    }

    @Override
    public void raw(InputStream is) throws MimeException, IOException {
      builder.raw(is);
    }
  }

  private static Mail read(Message message, byte[] bytes, int depth, List<String> limits) {
    Option<String> messageId =
        Option.of(safe(message::getMessageId)).map(String::strip).filter(s -> !s.isEmpty());
    String fromAddress = "";
    String fromName = "";
    MailboxList from = safe(message::getFrom);
    if (from != null && !from.isEmpty()) {
      Mailbox first = from.get(0);
      fromAddress = Option.of(first.getAddress()).getOrElse("");
      fromName = Option.of(first.getName()).getOrElse("");
    }
    String subject = Option.of(safe(message::getSubject)).getOrElse("");
    if (subject.length() > MAX_SUBJECT) {
      subject = subject.substring(0, MAX_SUBJECT); // RFC 5322: a line is at most 998 characters
    }
    List<Mail.Stamp> received = List.empty();
    List<Mail.Header> headers = List.empty();
    for (Field f : message.getHeader().getFields()) {
      String name = f.getName().toLowerCase(Locale.ROOT);
      if (name.equals("received")) {
        Option<Mail.Stamp> stamp = stamp(unfold(f.getBody()));
        // an unreadable stamp is kept as one that dates nothing: it still breaks a chain
        received = received.append(stamp.getOrElse(new Mail.Stamp("", "", Instant.EPOCH)));
      } else if (KEPT.contains(name)) {
        headers = headers.append(new Mail.Header(name, unfold(f.getBody()).strip()));
      }
    }
    Option<Instant> date = Option.none();
    Field dateField = message.getHeader().getField("Date");
    if (dateField != null) {
      date = instant(unfold(dateField.getBody())); // unreadable: no date, as if absent
    }
    List<String> references = List.empty();
    for (String name : new String[] {"References", "In-Reply-To"}) {
      Field f = message.getHeader().getField(name);
      if (f != null) {
        references =
            references.appendAll(
                List.of(unfold(f.getBody()).split("\\s+")).filter(s -> !s.isBlank()));
      }
    }
    Text text = new Text();
    collect(message, text, depth);
    List<String> problems =
        limits.appendAll(text.problems).appendAll(truncation(bytes, message)).distinct();
    // line ends made one: a mail read from a file, an mbox or IMAP gives the same text
    String plain = text.plain.toString().replace("\r\n", "\n").replace('\r', '\n').strip();
    String html = text.html.toString();
    if (plain.length() < 300 && !html.isBlank()) {
      // no text part, or one that only says "view this mail in HTML"
      String converted = Html.toText(html);
      plain = converted.strip().length() > 2 * plain.length() ? converted : plain;
    }
    byte[] identity = identity(message, bytes);
    String digest = digest(identity);
    String key = messageId.getOrElse(() -> "digest:" + digest);
    return new Mail(
        key,
        digest,
        messageId,
        fromAddress,
        fromName,
        subject,
        plain.length() > MAX_TEXT ? plain.substring(0, MAX_TEXT) : plain,
        received,
        date,
        references.distinct(),
        text.attachments,
        headers,
        Option.of(message.getMimeType()).getOrElse("text/plain").toLowerCase(Locale.ROOT),
        text.attached,
        problems);
  }

  /**
   * Signs that the bytes stop before the mail does: no blank line after the headers, or a multipart
   * whose closing boundary never comes. (A plain text cut short cannot be told from a shorter
   * text.)
   */
  private static List<String> truncation(byte[] bytes, Message message) {
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    if (!raw.contains("\n\n") && !raw.contains("\r\n\r\n")) {
      return List.of("it ends in its headers");
    }
    List<String> missing = List.empty();
    for (String boundary : boundaries(message).distinct()) {
      if (!raw.contains("--" + boundary + "--")) {
        missing = missing.append("a multipart part is not closed (" + boundary + ")");
      }
    }
    return missing;
  }

  private static List<String> boundaries(Entity entity) {
    if (entity.getBody() instanceof Multipart multipart) {
      String boundary =
          entity.getHeader().getField("Content-Type")
                  instanceof org.apache.james.mime4j.dom.field.ContentTypeField ct
              ? ct.getBoundary()
              : null;
      List<String> inner = List.ofAll(multipart.getBodyParts()).flatMap(MailParser::boundaries);
      return boundary == null || boundary.isEmpty() ? inner : inner.prepend(boundary);
    }
    return List.empty();
  }

  /** What the walk through the parts found. */
  private static final class Text {
    final StringBuilder plain = new StringBuilder();
    final StringBuilder html = new StringBuilder();
    List<String> attachments = List.empty();
    List<Mail> attached = List.empty();
    List<String> problems = List.empty();
  }

  private static void collect(Entity entity, Text text, int depth) {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      // both parts of an alternative are kept: a text part may only say "view it in HTML"
      for (Entity part : multipart.getBodyParts()) {
        collect(part, text, depth);
      }
      return;
    }
    if (body instanceof Message inner) {
      if (depth < 3) { // a forwarded mail: read as a mail of its own
        byte[] bytes = bytes(inner);
        text.attached = text.attached.append(read(inner, bytes, depth + 1, List.empty()));
      }
      return;
    }
    String type = Option.of(entity.getMimeType()).getOrElse("text/plain").toLowerCase(Locale.ROOT);
    boolean attachment =
        "attachment".equalsIgnoreCase(entity.getDispositionType()) || entity.getFilename() != null;
    if (attachment || !(type.equals("text/plain") || type.equals("text/html"))) {
      text.attachments = text.attachments.append(Option.of(entity.getFilename()).getOrElse(type));
      return;
    }
    String content = read(body, entity.getCharset(), text);
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    if (entity.getHeader().getField("Content-Type")
            instanceof org.apache.james.mime4j.dom.field.ContentTypeField ct
        && "flowed".equalsIgnoreCase(ct.getParameter("format"))) {
      // RFC 3676: a line that ends with a space goes on in the next one (without the space
      // when delsp=yes)
      boolean delsp = "yes".equalsIgnoreCase(ct.getParameter("delsp"));
      content = content.replaceAll("(?m)(?<!^--) \r?\n", delsp ? "" : " ");
    }
    StringBuilder into = type.equals("text/html") ? text.html : text.plain;
    if (into.length() < MAX_PART) {
      into.append(content).append('\n');
    }
  }

  private static byte[] bytes(Message message) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new org.apache.james.mime4j.message.DefaultMessageWriter().writeMessage(message, out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      return new byte[0];
    }
  }

  private static String read(Body body, String charset, Text text) {
    try {
      if (body instanceof TextBody textBody) {
        try (Reader reader = textBody.getReader()) {
          StringBuilder out = new StringBuilder();
          char[] buffer = new char[4096];
          for (int n; (n = reader.read(buffer)) >= 0 && out.length() < MAX_PART; ) {
            out.append(buffer, 0, n);
          }
          return out.toString();
        } catch (IOException | RuntimeException e) {
          text.problems = text.problems.append("text in an unknown charset (" + charset + ")");
        }
      }
      if (body instanceof SingleBody single) {
        try (InputStream in = single.getInputStream()) {
          Charset fallback =
              Charset.isSupported(Option.of(charset).getOrElse("x"))
                  ? Charset.forName(charset)
                  : StandardCharsets.ISO_8859_1;
          return new String(in.readNBytes(MAX_PART), fallback);
        }
      }
    } catch (IOException | RuntimeException e) {
      text.problems = text.problems.append("a part that cannot be read: " + e.getMessage());
    }
    return "";
  }

  /** "from a (…) by mx.google.com with ESMTPS id …; Wed, 04 Dec 2024 18:02:11 -0800 (PST)". */
  static Option<Mail.Stamp> stamp(String header) {
    int semicolon = header.lastIndexOf(';');
    if (semicolon < 0) {
      return Option.none();
    }
    String route = header.substring(0, semicolon).replaceAll("\\([^()]*\\)", " ");
    Matcher by = BY.matcher(route);
    Option<Instant> at = instant(header.substring(semicolon + 1));
    if (!by.find() || at.isEmpty()) {
      return Option.none();
    }
    Matcher from = FROM.matcher(route);
    return Option.some(
        new Mail.Stamp(
            from.find() ? from.group(1).toLowerCase(Locale.ROOT) : "",
            by.group(1).toLowerCase(Locale.ROOT),
            at.get()));
  }

  /** An RFC 5322 date, comments and spacing forgiven. */
  static Option<Instant> instant(String text) {
    String tidy = text.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
    tidy = tidy.replaceFirst("^(\\w{3}), (\\d) ", "$1, 0$2 ").replaceFirst("^(\\d) ", "0$1 ");
    for (String pattern :
        new String[] {
          "EEE, dd MMM yyyy HH:mm:ss Z",
          "dd MMM yyyy HH:mm:ss Z",
          "EEE, dd MMM yyyy HH:mm Z",
          "EEE, dd MMM yyyy HH:mm:ss z"
        }) {
      try {
        return Option.some(
            ZonedDateTime.parse(tidy, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH))
                .toInstant());
      } catch (DateTimeParseException e) {
        // the next shape
      }
    }
    return Option.none();
  }

  private static String unfold(String header) {
    return DecoderUtil.decodeEncodedWords(
        header.replaceAll("\\r?\\n[ \\t]+", " "), DecodeMonitor.SILENT);
  }

  private static <T> T safe(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * What stays the same when one mail arrives twice, from a file, an mbox, a Maildir or IMAP: its
   * headers without those each delivery or store adds (trace fields, RFC 5322 §3.6.7, and their
   * kin), then its body as sent, line ends made one. Two different mails never share it, even with
   * no headers at all.
   */
  static byte[] identity(Message message, byte[] bytes) {
    String headers =
        String.join(
            "\n",
            message.getHeader().getFields().stream()
                .filter(f -> !DELIVERY.matcher(f.getName()).matches())
                .map(f -> f.getName().toLowerCase(Locale.ROOT) + ":" + unfold(f.getBody()).strip())
                .toList());
    byte[] head = (headers + "\n\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = body(bytes);
    byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  /** Header fields a delivery or a mail store adds: they differ between two copies of one mail. */
  private static final Pattern DELIVERY =
      Pattern.compile(
          "(?i)received|x-received|return-path|delivered-to|x-original-to|envelope-to"
              + "|authentication-results|received-spf|arc-.*|x-spam-.*|x-gm-.*|x-google-.*"
              + "|status|x-status|x-keywords|x-uid|x-mozilla-.*|content-length|lines"
              + "|x-imap.*|x-evolution.*|x-ms-exchange-organization-.*|resent-.*|x-forwarded-.*"
              + "|x-original-.*|dkim-signature|x-received|x-ms-exchange-crosstenant-.*");

  /**
   * The bytes after the first empty line, line ends made CRLF and trailing blank lines dropped (an
   * mbox adds one); all of them when there is none.
   */
  private static byte[] body(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    int blank = text.indexOf("\n\n");
    String body = blank < 0 ? text : text.substring(blank + 2);
    body = body.replaceAll("\\n+$", "\n");
    return body.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
