package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, item 17: mails that name a segment and a delegation but do not ask for the floor are
 * held with a reason that is true — a calendar invitation, a written statement sent for
 * publication, a body that is only an image — and never inscribed.
 */
class NotRequestsTest {

  static final RequestReader READER = new RequestReader(CorpusTest.ASP23);

  static Reading read(String... lines) {
    return READER.read(
        MailParser.parse(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8)));
  }

  static void heldFor(Reading reading, Reading.Doubt doubt) {
    assertThat(reading).isInstanceOf(Reading.Unclear.class);
    assertThat(((Reading.Unclear) reading).doubts()).contains(doubt);
  }

  @Test
  void an_outlook_meeting_request_whose_summary_names_a_segment_is_held_as_an_invitation() {
    Reading reading =
        read(
            "From: Mission of Kenya <mission@kenyaembassy.nl>",
            "To: iccaspcoperation@gmail.com",
            "Subject: Invitation: Kenya - Segment II statement @ Thu 5 Dec 2024 16:00",
            "Date: Mon, 02 Dec 2024 10:00:00 +0100",
            "Message-ID: <cal-1@kenyaembassy.nl>",
            "Content-Class: urn:content-classes:calendarmessage",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"b\"",
            "",
            "--b",
            "Content-Type: text/plain; charset=utf-8",
            "",
            "Kenya will deliver a statement in Segment II of the plenary on cooperation.",
            "--b",
            "Content-Type: text/calendar; charset=utf-8; method=REQUEST",
            "",
            "BEGIN:VCALENDAR",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "SUMMARY:Kenya - Segment II statement",
            "DTSTART:20241205T150000Z",
            "END:VEVENT",
            "END:VCALENDAR",
            "--b--",
            "");
    heldFor(reading, Reading.Doubt.CALENDAR_INVITATION);
    assertThat(((Reading.Unclear) reading).answer()).isFalse();
  }

  @Test
  void a_written_statement_sent_for_publication_is_held_as_such_in_three_languages() {
    String[][] mails = {
      {
        "Statement of Ireland - Segment II",
        "Dear Secretariat, please find attached the statement of Ireland for Segment II of the"
            + " plenary on cooperation, for publication on the website of the Assembly."
      },
      {
        "Déclaration de la Belgique - segment II",
        "Madame, Monsieur, veuillez trouver ci-joint la déclaration de la Belgique pour le segment II"
            + " de la séance plénière sur la coopération, pour publication sur le site de l'Assemblée."
      },
      {
        "Declaración de Chile - segmento II",
        "Estimados, adjunto la declaración de Chile para el segmento II de la sesión plenaria sobre"
            + " cooperación, para su publicación en el sitio web de la Asamblea."
      }
    };
    for (String[] mail : mails) {
      Reading reading =
          read(
              "From: Delegation <delegation@example.org>",
              "To: iccaspcoperation@gmail.com",
              "Subject: " + mail[0],
              "Date: Mon, 02 Dec 2024 10:00:00 +0100",
              "Message-ID: <" + mail[0].hashCode() + "@example.org>",
              "Content-Type: text/plain; charset=utf-8",
              "",
              mail[1],
              "");
      heldFor(reading, Reading.Doubt.STATEMENT_FOR_PUBLICATION);
    }
  }

  @Test
  void a_statement_for_publication_that_also_asks_for_the_floor_is_read_as_a_request() {
    Reading reading =
        read(
            "From: Permanent Mission of Ireland <hague@dfa.ie>",
            "To: iccaspcoperation@gmail.com",
            "Subject: Request to take the floor - Segment II",
            "Date: Mon, 02 Dec 2024 10:00:00 +0100",
            "Message-ID: <ie-2@dfa.ie>",
            "Content-Type: text/plain; charset=utf-8",
            "",
            "Ireland would like to take the floor in Segment II. The statement will be sent later"
                + " for publication on the website.",
            "");
    assertThat(reading).isInstanceOf(Reading.Understood.class);
  }

  @Test
  void a_mail_whose_body_is_only_an_image_is_held_saying_so() {
    Reading reading =
        read(
            "From: Mission <mission@example.org>",
            "To: iccaspcoperation@gmail.com",
            "Subject: ",
            "Date: Mon, 02 Dec 2024 10:00:00 +0100",
            "Message-ID: <img-1@example.org>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"b\"",
            "",
            "--b",
            "Content-Type: image/png",
            "Content-Transfer-Encoding: base64",
            "",
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
            "--b--",
            "");
    heldFor(reading, Reading.Doubt.IMAGE_ONLY);
  }
}
