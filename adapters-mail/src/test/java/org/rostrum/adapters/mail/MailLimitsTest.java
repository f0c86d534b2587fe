package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A mail is read within limits — how deep its parts nest — so that no bytes can exhaust the
 * reader's stack; what lies beyond a limit is not read, and the mail is held saying so.
 */
class MailLimitsTest {

  static final RequestReader READER = new RequestReader(CorpusTest.ASP23);

  @Test
  void a_mail_nested_3000_messages_deep_is_read_to_the_limit_and_held_as_too_deep() {
    Mail mail = MailParser.parse(HostileMails.nestedMessages(3000));

    assertThat(mail.messageId()).contains("<deep-3000@example.org>");
    assertThat(mail.problems()).anyMatch(p -> p.contains("nested"));
    assertThat(READER.read(mail))
        .isInstanceOfSatisfying(
            Reading.Unclear.class,
            u -> assertThat(u.doubts()).containsExactly(Reading.Doubt.TOO_DEEP));
  }

  @Test
  void a_mail_nested_10000_multiparts_deep_is_read_to_the_limit_and_held_as_too_deep() {
    Mail mail = MailParser.parse(HostileMails.nestedMultiparts(10_000));

    assertThat(mail.problems()).anyMatch(p -> p.contains("nested"));
    assertThat(READER.read(mail))
        .isInstanceOfSatisfying(
            Reading.Unclear.class,
            u -> assertThat(u.doubts()).containsExactly(Reading.Doubt.TOO_DEEP));
  }

  @Test
  void a_mail_nested_a_few_levels_is_read_whole() {
    Mail mail = MailParser.parse(HostileMails.nestedMultiparts(5));

    assertThat(mail.problems()).isEmpty();
    assertThat(mail.text()).contains("hello");
  }
}
