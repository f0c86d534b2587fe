package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.core.model.Plenary;

/**
 * A mail's language told by its common words is the one Lingua's models would have told: on every
 * test mail of the project, as the reader sees it; and most of them are told so, without the
 * models.
 */
class ClearWordsTest {

  static final Plenary ASP23 =
      PlenaryDefinitions.parse(PlenaryDefinitions.bundled(), "asp23-cooperation.yaml");

  /** The text whose language {@link RequestReader} asks for: the sender's own words. */
  static String readersText(Mail mail) {
    String own = new Who(ASP23).read(mail, Letter.of(mail)).texts().mkString("\n\n").strip();
    return Languages.sample(own.isBlank() ? mail.text() : own);
  }

  static java.util.List<Path> testMails() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
    }
  }

  @Test
  void every_test_mail_told_by_its_words_is_told_as_lingua_tells_it() throws IOException {
    java.util.List<Path> mails = testMails();
    int told = 0;
    for (Path file : mails) {
      String text = readersText(MailParser.parse(Files.readAllBytes(file)));
      Option<Languages.Read> byWords = ClearWords.of(text);
      if (byWords.isDefined()) {
        assertThat(byWords.get()).as(file.toString()).isEqualTo(Languages.byLingua(text));
        told++;
      }
    }
    assertThat(mails).hasSizeGreaterThan(500);
    assertThat(told).as("mails told without Lingua").isGreaterThan(mails.size() * 7 / 10);
  }

  @Test
  void a_terse_english_request_is_english() {
    assertThat(
            ClearWords.of(
                "Good afternoon\n\nSouth Africa wishes to take the floor in Segment II of the"
                    + " cooperation plenary.\n\nSpeaker: Ms Thandeka Mokoena, Counsellor (Legal)"))
        .contains(Languages.Read.EN);
  }

  @Test
  void a_terse_french_request_is_french() {
    assertThat(
            ClearWords.of(
                "Bonjour,\nLa Belgique souhaite s'inscrire au segment II. Oratrice : Mme Sarah Van"
                    + " den Broeck, Conseillère juridique, Ambassade de Belgique à La Haye."))
        .contains(Languages.Read.FR);
  }

  @Test
  void an_english_note_forwarding_a_portuguese_request_is_left_to_lingua() {
    assertThat(
            ClearWords.of(
                "Dear colleagues,\n\nPlease see below a request sent to the ASP mailbox. Forwarded"
                    + " for registration.\n\nExmos. Senhores,\n\nPortugal pretende intervir no"
                    + " Segmento II da sessão plenária sobre cooperação."))
        .isEmpty();
  }

  @Test
  void a_bilingual_request_is_left_to_lingua() {
    assertThat(
            ClearWords.of(
                "Canada wishes to take the floor in Segment II. Le Canada souhaite prendre la"
                    + " parole au segment II. Speaker / Oratrice : Ms. Geneviève Tremblay-Clark"))
        .isEmpty();
  }

  @Test
  void english_words_with_a_spanish_letter_are_left_to_lingua() {
    assertThat(
            ClearWords.of(
                "We would like to register the Embassy of Spain for the floor, señor Álvaro"
                    + " will deliver the statement"))
        .isEmpty();
  }

  @Test
  void a_few_words_are_left_to_lingua() {
    assertThat(ClearWords.of("Segment II please, the Ambassador")).isEmpty();
  }
}
