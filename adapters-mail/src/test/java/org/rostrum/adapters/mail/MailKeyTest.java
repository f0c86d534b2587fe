package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A mail's identity, for importing it once: its Message-ID, or without one a digest that two copies
 * of one mail share and two different mails never do.
 */
class MailKeyTest {

  static Mail parse(String text) {
    return MailParser.parse(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void without_a_message_id_two_deliveries_of_one_mail_share_their_key() throws Exception {
    Mail first = MailParser.parse(CorpusTest.bytes("32-burkina-faso-fr-no-message-id.eml"));
    Mail again = MailParser.parse(CorpusTest.bytes("33-burkina-faso-arrived-twice.eml"));
    assertThat(first.messageId()).isEmpty();
    assertThat(first.key()).startsWith("digest:").isEqualTo(again.key());
    assertThat(first.received()).isNotEqualTo(again.received());

    String crlf =
        new String(
                CorpusTest.bytes("32-burkina-faso-fr-no-message-id.eml"),
                StandardCharsets.ISO_8859_1)
            .replace("\n", "\r\n");
    assertThat(parse(crlf).key()).as("stored with CRLF, as IMAP serves it").isEqualTo(first.key());
  }

  @Test
  void without_a_message_id_different_mails_never_share_a_key() throws Exception {
    String mail =
        new String(
            CorpusTest.bytes("32-burkina-faso-fr-no-message-id.eml"), StandardCharsets.ISO_8859_1);
    Mail original = parse(mail);
    assertThat(parse(mail.replace("premier segment", "second segment")).key())
        .as("same headers, another text")
        .isNotEqualTo(original.key());
    assertThat(
            parse(mail.replace("Date: Tue, 3 Dec 2024 08:47:05", "Date: Tue, 3 Dec 2024 08:47:06"))
                .key())
        .as("sent a second later")
        .isNotEqualTo(original.key());
    assertThat(parse("no headers at all, one text").key())
        .isNotEqualTo(parse("no headers at all, another text").key());
    assertThat(parse("").key()).isNotEqualTo(parse("x").key());
  }

  @Test
  void with_a_message_id_the_message_id_is_the_key() throws Exception {
    Mail chile = MailParser.parse(CorpusTest.bytes("06-chile-es-en-reply-quoted.eml"));
    Mail resent = MailParser.parse(CorpusTest.bytes("16-chile-resent-same-message-id.eml"));
    assertThat(chile.key()).isEqualTo(chile.messageId().get()).isEqualTo(resent.key());
  }
}
