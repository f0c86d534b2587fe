package org.rostrum.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Roster;

/** Why a mail waits and what was read in it, said in English, French and Spanish. */
class DoubtsTest {

  static final Roster ASP = Roster.bundled("asp-2024");

  @Test
  void evidence_is_kept_as_codes_and_said_in_the_readers_language_with_the_rosters_names() {
    String kept = Doubts.evidence("SENDER", "legal@mfa.go.ke", "KEN");
    assertThat(Doubts.explainEvidence(kept, Language.EN, ASP))
        .isEqualTo("sender: «legal@mfa.go.ke» → Kenya");
    assertThat(Doubts.explainEvidence(kept, Language.FR, ASP))
        .isEqualTo("expéditeur : «legal@mfa.go.ke» → Kenya");
    assertThat(
            Doubts.explainEvidence(
                Doubts.evidence("TEXT", "La Embajada de España…", "ESP"), Language.ES, ASP))
        .isEqualTo("texto: «La Embajada de España…» → España");
    assertThat(
            Doubts.explainEvidence(
                Doubts.evidence("IGNORED_STAMP", "mx.google.com", "2024-12-03T10:11:09Z"),
                Language.EN,
                ASP))
        .startsWith("a lower Received: line naming mx.google.com dated 2024-12-03T10:11:09Z");
  }

  @Test
  void a_line_kept_before_the_format_or_an_unknown_source_is_said_as_it_is() {
    assertThat(Doubts.explainEvidence("free text", Language.FR, ASP)).isEqualTo("free text");
    assertThat(Doubts.explainEvidence(Doubts.evidence("OTHER", "x", "y"), Language.EN, ASP))
        .isEqualTo("OTHER x y");
  }

  @Test
  void every_doubt_has_a_sentence_in_english_french_and_spanish() {
    for (String code :
        List.of(
            "NO_SEGMENT",
            "BOTH_SEGMENTS",
            "NO_PARTICIPANT",
            "UNKNOWN_PARTICIPANT",
            "CONFLICTING_PARTICIPANT",
            "SHARED_ADDRESS",
            "NOT_A_REQUEST",
            "WITHDRAWAL",
            "CHANGE",
            "SWAP",
            "BOUNCE",
            "READ_RECEIPT",
            "ABUSE_REPORT",
            "AUTO_REPLY",
            "LIST_MAIL",
            "ATTACHMENT_ONLY",
            "SAME_MESSAGE_ID",
            "UNREADABLE",
            "TOO_DEEP",
            "NO_TIME")) {
      for (Language language : Language.values()) {
        assertThat(Doubts.explain(code, language, "Kenya"))
            .as(code + " " + language)
            .isNotEqualTo(code);
      }
    }
    assertThat(Doubts.sentences(List.of("BOTH_SEGMENTS", "NO_TIME"), Language.ES, Option.none()))
        .contains("; ");
  }
}
