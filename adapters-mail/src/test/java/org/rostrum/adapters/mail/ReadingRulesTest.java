package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;

/**
 * Each rule of the mail reader, by the failure class it answers, in the languages it reads. The
 * corpora (MailEvalTest) measure the reader as a whole; these say what each rule must do.
 */
class ReadingRulesTest {

  static final Plenary ASP23 = CorpusTest.ASP23;
  static final RequestReader READER = new RequestReader(ASP23);

  static final String GMAIL_TOP =
      "Received: by 2002:a05:6a10:1234:b0:5a1:0:0 with SMTP id x; Wed, 04 Dec 2024 14:00:02 -0800\n";

  static Mail mail(String headers, String body) {
    String all =
        headers.replace("\n", "\r\n")
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
            + body.replace("\n", "\r\n");
    return MailParser.parse(all.getBytes(StandardCharsets.UTF_8));
  }

  static Mail from(String from, String subject, String body) {
    return mail(
        GMAIL_TOP
            + "Received: from mail.example.org (mail.example.org. [192.0.2.1])\n"
            + "        by mx.google.com with ESMTPS id y; Mon, 02 Dec 2024 02:00:00 -0800 (PST)\n"
            + "From: "
            + from
            + "\nTo: iccaspcoperation@gmail.com\nSubject: "
            + subject
            + "\nDate: Mon, 02 Dec 2024 11:00:00 +0100\nMessage-ID: <"
            + Integer.toHexString((from + subject + body).hashCode())
            + "@example.org>\n",
        body);
  }

  static Reading.Understood understood(Mail m) {
    Reading r = READER.read(m);
    assertThat(r).as("%s", r).isInstanceOf(Reading.Understood.class);
    return (Reading.Understood) r;
  }

  static Reading.Unclear unclear(Mail m) {
    Reading r = READER.read(m);
    assertThat(r).as("%s", r).isInstanceOf(Reading.Unclear.class);
    return (Reading.Unclear) r;
  }

  @Nested
  class Receipt_from_the_trusted_boundary {

    @Test
    void
        the_stamp_where_the_mail_entered_the_provider_dates_it_and_a_lower_forged_one_is_ignored() {
      Mail m =
          mail(
              GMAIL_TOP
                  + "Received: from mta.example.tn (mta.example.tn. [192.0.2.7])\n"
                  + "        by mx.google.com with ESMTPS id a; Thu, 05 Dec 2024 00:14:26 -0800 (PST)\n"
                  + "Received: from pc.example.tn by mx.google.com; Tue, 03 Dec 2024 02:11:09 -0800\n"
                  + "From: x@example.tn\nDate: Tue, 03 Dec 2024 11:11:00 +0100\n",
              "text");
      ReceiptTime t = ReceiptTime.of(m, ASP23.mail()).get();
      assertThat(t.at()).isEqualTo(Instant.parse("2024-12-05T08:14:26Z"));
      assertThat(t.senderClock()).isFalse();
      assertThat(t.ignored()).hasSize(1);
    }

    @Test
    void a_mail_sent_inside_the_provider_is_dated_by_its_lowest_internal_hop() {
      Mail m = mail(GMAIL_TOP + "From: a@gmail.com\nDate: Mon, 02 Dec 2024 10:00:00 +0000\n", "x");
      assertThat(ReceiptTime.of(m, ASP23.mail()).get().at())
          .isEqualTo(Instant.parse("2024-12-04T22:00:02Z"));
    }

    @Test
    void a_chain_that_does_not_start_at_the_provider_proves_nothing_and_the_date_is_flagged() {
      Mail m =
          mail(
              """
              Received: from pc by relay.example.org; Wed, 04 Dec 2024 09:00:00 +0000
              Received: from x by mx.google.com; Mon, 02 Dec 2024 09:00:00 +0000
              From: a@example.org
              Date: Wed, 04 Dec 2024 08:59:00 +0000
              """,
              "x");
      ReceiptTime t = ReceiptTime.of(m, ASP23.mail()).get();
      assertThat(t.senderClock()).isTrue();
      assertThat(t.at()).isEqualTo(Instant.parse("2024-12-04T08:59:00Z"));
      assertThat(t.ignored()).hasSize(1);
    }
  }

  @Nested
  class No_backscatter {

    @Test
    void bounces_automatic_replies_and_list_mail_are_held_and_never_answered() {
      String body = "The Embassy of Kenya wishes to take the floor in Segment II.";
      for (String header :
          List.of(
              "Return-Path: <>\n",
              "Auto-Submitted: auto-replied\n",
              "X-Autoreply: yes\n",
              "List-Id: <cooperation.lists.example.org>\n",
              "Precedence: bulk\n")) {
        Mail m = mail(header + "From: a@example.org\nSubject: Kenya\n", body);
        Reading.Unclear u = unclear(m);
        assertThat(u.answer()).as(header).isFalse();
      }
      assertThat(unclear(from("a@example.org", "Réponse automatique : absence", body)).doubts())
          .containsExactly(Reading.Doubt.AUTO_REPLY);
    }
  }

  @Nested
  class Who_asks {

    @Test
    void a_court_organ_is_read_from_its_own_words_not_from_the_shared_domain() {
      assertThat(
              understood(
                      from(
                          "someone@icc-cpi.int",
                          "Plenary on cooperation",
                          "The Office of the Prosecutor would be grateful to take the floor in"
                              + " Segment II."))
                  .participant()
                  .key()
                  .value())
          .isEqualTo("court:otp");
      assertThat(
              unclear(from("someone@icc-cpi.int", "Plenary", "We wish to speak in Segment II."))
                  .doubts())
          .contains(Reading.Doubt.SHARED_ADDRESS);
    }

    @Test
    void a_domain_the_definition_names_identifies_its_sender_beyond_the_roster() {
      Plenary mapped =
          org.rostrum.core.model.ImmutablePlenary.copyOf(ASP23)
              .withMail(
                  org.rostrum.core.model.MailIntake.builder()
                      .from(ASP23.mail())
                      .senderDomains(io.vavr.collection.TreeMap.of("embassy.example", "Kenya"))
                      .build());
      Mail m =
          from("legal@embassy.example", "Segment II", "We wish to take the floor in Segment II.");
      assertThat(READER.read(m)).isInstanceOf(Reading.Unclear.class);
      Reading r = new RequestReader(mapped).read(m);
      assertThat(((Reading.Understood) r).participant().key().value()).isEqualTo("KEN");
    }

    @Test
    void copy_lines_addressees_and_places_never_decide() {
      Reading.Understood u =
          understood(
              from(
                  "legal@example.org",
                  "Inscripción",
                  "La Embajada de Chile en el Reino de los Países Bajos saluda atentamente a la"
                      + " Embajada de Francia y solicita la inscripción de Chile en el Segmento II.\n\n"
                      + "c.c.: Embajada de España\n      Embajada de Portugal\n"));
      assertThat(u.participant().key().value()).isEqualTo("CHL");
    }

    @Test
    void the_sender_of_a_group_statement_is_the_participant_and_the_group_is_noted() {
      Reading.Understood u =
          understood(
              from(
                  "x@example.org",
                  "Segment I",
                  "On behalf of the African Group, Nigeria would like to take the floor in"
                      + " Segment I."));
      assertThat(u.participant().key().value()).isEqualTo("NGA");
      assertThat(u.group()).contains("African Group");
    }

    @Test
    void two_participants_supported_is_a_question_for_a_person_with_both_candidates() {
      Reading.Unclear u =
          unclear(
              from(
                  "legal@mfa.go.ke",
                  "Segment II",
                  "The Embassy of Uganda would like to take the floor in Segment II."));
      assertThat(u.doubts()).contains(Reading.Doubt.CONFLICTING_PARTICIPANT);
      assertThat(u.candidates()).containsExactlyInAnyOrder("KEN", "UGA");
    }

    @Test
    void a_forward_by_the_secretariat_is_read_as_the_mail_it_forwards() {
      Reading.Understood u =
          understood(
              from(
                  "asp@icc-cpi.int",
                  "Fwd: registration",
                  """
                  Please see below.

                  ---------- Forwarded message ---------
                  From: Embajada del Perú <emb@rree.gob.pe>
                  Subject: Inscripción

                  El Perú desea hacer uso de la palabra en el primer segmento.
                  """));
      assertThat(u.participant().key().value()).isEqualTo("PER");
      assertThat(u.segment()).isEqualTo("I");
    }
  }

  @Nested
  class What_the_mail_asks {

    @Test
    void only_a_request_is_inscribed_a_withdrawal_change_or_swap_is_held_with_its_action() {
      String who = "La Embajada de Costa Rica ";
      assertThat(
              unclear(
                      from(
                          "a@rree.go.cr",
                          "Retiro",
                          who + "retira su solicitud para el Segmento I."))
                  .doubts())
          .contains(Reading.Doubt.WITHDRAWAL);
      assertThat(
              unclear(
                      from(
                          "a@rree.go.cr",
                          "Cambio",
                          who
                              + "informa que el orador en el Segmento I será en lugar de la"
                              + " Embajadora el Sr. Diego Vargas."))
                  .doubts())
          .contains(Reading.Doubt.CHANGE);
      assertThat(
              unclear(
                      from(
                          "a@mfa.ee",
                          "Swap",
                          "Estonia asks to swap places with Poland in Segment II."))
                  .doubts())
          .contains(Reading.Doubt.SWAP);
    }

    @Test
    void a_segment_is_read_by_number_ordinal_kind_or_theme_in_four_languages_both_is_held() {
      String[][] cases = {
        {"Kenya would like to take the floor in segment 2.", "II"},
        {"A Embaixada de Angola deseja intervir no primeiro segmento.", "I"},
        {"El Perú desea intervenir en la parte de alto nivel.", "I"},
        {
          "La Suisse souhaite prendre la parole sur la ratification de l'APIC et les mandats d'arrêt.",
          "II"
        },
      };
      for (String[] c : cases) {
        assertThat(understood(from("x@example.org", "Registration", c[0])).segment())
            .as(c[0])
            .isEqualTo(c[1]);
      }
      assertThat(
              unclear(
                      from(
                          "x@example.org",
                          "Registration",
                          "Kenya would like to take the floor in segments I and II."))
                  .doubts())
          .contains(Reading.Doubt.BOTH_SEGMENTS);
    }
  }

  @Nested
  class Speakers_and_languages {

    @Test
    void the_speaker_is_read_with_title_and_function_and_a_person_after_an_office() {
      assertThat(
              understood(
                      from(
                          "x@example.org",
                          "Segment I",
                          "Kenya would like to take the floor in Segment I. Speaker: H.E. Ms."
                              + " Grace Wanjiru, Ambassador."))
                  .speaker())
          .contains("H.E. Ms. Grace Wanjiru, Ambassador");
      assertThat(
              understood(
                      from(
                          "x@example.org",
                          "Segmento II",
                          "Chile desea intervenir en el Segmento II. Intervendrá el Secretario"
                              + " Adjunto, Sr. Mateo Rivas."))
                  .speaker())
          .contains("Sr. Mateo Rivas");
    }

    @Test
    void four_languages_are_read_and_replies_are_in_english_french_or_spanish() {
      assertThat(
              understood(
                      from(
                          "x@example.org",
                          "S II",
                          "La délégation du Sénégal souhaite prendre la parole au segment II."))
                  .language())
          .isEqualTo(Language.FR);
      assertThat(
              understood(
                      from(
                          "x@example.org",
                          "S II",
                          "La Embajada de Chile desea hacer uso de la palabra en el segmento II."))
                  .language())
          .isEqualTo(Language.ES);
      Reading.Understood pt =
          understood(
              from(
                  "x@example.org",
                  "S II",
                  "A Embaixada do Brasil deseja fazer uso da palavra no segundo segmento."));
      assertThat(pt.written()).isEqualTo("pt");
      assertThat(pt.language()).isEqualTo(Language.EN);
    }
  }

  @Nested
  class Html_is_read_by_a_real_parser {

    @Test
    void hostile_html_is_read_in_linear_time() {
      String hostile =
          "<html><body><p>The Embassy of Kenya wishes to take the floor in Segment II.</p>"
              + "<".repeat(1_200_000)
              + "</body></html>";
      String raw = "From: a@example.org\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n" + hostile;
      Mail m = MailParser.parse(raw.getBytes(StandardCharsets.UTF_8));
      assertThat(m.text()).contains("The Embassy of Kenya wishes to take the floor");
      // how fast is measured in docs/PERFORMANCE.md, not here
      assertThat(understood(m).participant().key().value()).isEqualTo("KEN");
    }
  }
}
