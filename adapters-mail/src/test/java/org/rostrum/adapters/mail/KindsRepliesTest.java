package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.rules.Doubts;
import org.rostrum.core.service.MailIntakeService;
import org.rostrum.core.service.PlenaryService;

/**
 * The replies to requests of another kind than a statement say which kind, in English, French and
 * Spanish: the right of reply, a statement on behalf of a group (and which), the level read for the
 * speaker; a held mail says why in the reader's language.
 */
class KindsRepliesTest {

  static final Path KINDS = KindsCorpusTest.KINDS;
  static final Clock LATER = KindsCorpusTest.LATER;

  @TempDir Path dir;

  /** The replies written for these mails, imported in this order into one store. */
  List<Mail> replies(String plenary, List<MailSources.RawMail> mails) throws Exception {
    try (Store store = Store.open(dir.resolve(plenary + ".db").toString(), true, LATER)) {
      Plenary p = store.catalog().define(KindsCorpusTest.definition(plenary), "bundled");
      MailImport intake =
          new MailImport(
              p,
              new PlenaryService(store.journal(), store.catalog(), Notifier.none(), LATER),
              new MailIntakeService(store.reviews()),
              LATER);
      Acknowledgements acks = new Acknowledgements(p, dir.resolve(plenary + "-outbox"), LATER);
      return intake
          .run(mails)
          .flatMap(o -> io.vavr.control.Option.ofOptional(acks.write(o)))
          .map(f -> MailParser.parse(readAll(f)));
    }
  }

  static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<MailSources.RawMail> files(String... names) {
    return List.of(names).flatMap(n -> MailSources.read(KINDS.resolve(n)));
  }

  @Test
  void a_reply_is_acknowledged_as_a_reply_in_english_french_and_spanish() throws Exception {
    List<Mail> sent =
        replies(
            "debate",
            files(
                "01_ken-right-of-reply.eml",
                "02_sen-droit-de-reponse.eml",
                "03_col-derecho-de-respuesta.eml"));
    assertThat(sent.map(Mail::text))
        .satisfiesExactly(
            en -> assertThat(en).contains("Your request for the right of reply is inscribed."),
            fr -> assertThat(fr).contains("Votre demande de droit de réponse est inscrite."),
            es ->
                assertThat(es)
                    .contains("Su solicitud de derecho de respuesta ha quedado inscrita."));
  }

  @Test
  void a_group_statement_names_its_group_and_a_stated_level_is_shown() throws Exception {
    List<Mail> sent =
        replies(
            "debate",
            files(
                "28_fin-nordic-countries.eml",
                "25_cog-groupe-des-etats-d-afrique.eml",
                "26_gtm-grulac.eml",
                "31_irl-aligns-with-eu.eml"));
    assertThat(sent.map(Mail::text))
        .satisfiesExactly(
            en ->
                assertThat(en)
                    .contains(
                        "Your request for a statement on behalf of a group (Nordic countries) is"
                            + " inscribed.")
                    .contains("Level:      Minister (as your mail states it"),
            fr ->
                assertThat(fr)
                    .contains(
                        "Votre demande de déclaration au nom d’un groupe (Groupe des États"
                            + " d'Afrique) est inscrite.")
                    .doesNotContain("Niveau"),
            es ->
                assertThat(es)
                    .contains(
                        "Su solicitud de declaración en nombre de un grupo (GRULAC) ha quedado"
                            + " inscrita."),
            national ->
                assertThat(national)
                    .contains("Your request for the floor is inscribed.")
                    .doesNotContain("group"));
  }

  @Test
  void a_reply_refused_by_the_core_says_it_was_a_reply() throws Exception {
    // the same Kenyan request sent three times, each a mail of its own: two replies at most (RR1)
    String raw =
        new String(
            Files.readAllBytes(KINDS.resolve("01_ken-right-of-reply.eml")),
            StandardCharsets.ISO_8859_1);
    List<MailSources.RawMail> three =
        List.of("a", "b", "c")
            .map(
                n ->
                    new MailSources.RawMail(
                        "copy-" + n,
                        raw.replaceFirst("(?m)^Message-ID: <", "Message-ID: <" + n)
                            .getBytes(StandardCharsets.ISO_8859_1)));
    List<Mail> sent = replies("debate", three);
    assertThat(sent.last().text())
        .contains("Your request for the right of reply (#3) could not be inscribed.");
  }

  @Test
  void a_reply_asked_in_a_plenary_that_grants_none_is_held_with_its_reason() throws Exception {
    List<Mail> sent =
        replies(
            "cooperation",
            files("14_ken-coop-right-of-reply.eml", "16_ecu-coop-derecho-de-replica.eml"));
    assertThat(sent.map(Mail::text))
        .satisfiesExactly(
            en ->
                assertThat(en)
                    .contains("it asks for a right of reply, which this plenary does not grant"),
            es ->
                assertThat(es)
                    .contains("pide un derecho de respuesta, que esta sesión plenaria no concede"));
  }

  @Test
  void every_doubt_the_reader_gives_is_said_in_english_french_and_spanish() {
    for (Reading.Doubt doubt : Reading.Doubt.values()) {
      for (Language language : Language.values()) {
        assertThat(Doubts.explain(doubt.name(), language, "Kenya"))
            .as(doubt + " " + language)
            .isNotEqualTo(doubt.name());
      }
    }
  }
}
