package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class WrapTest {

  static final String LONG =
      "Mme Ana Lúcia Ferreira, Ministre déléguée aux affaires étrangères de la République"
          + " démocratique du Congo, a la parole (14:02:10) ; le chronomètre tourne.";

  @Test
  void a_sentence_folds_between_words_and_no_word_is_broken() {
    for (int columns : new int[] {20, 33, 40, 79}) {
      String folded = Wrap.lines(LONG, columns);
      List<String> lines = List.of(folded.split("\n"));
      assertThat(lines).allSatisfy(l -> assertThat(Wrap.width(l)).isLessThanOrEqualTo(columns));
      assertThat(lines.mkString(" ")).as("every word whole, in order").isEqualTo(LONG);
      assertThat(lines).allSatisfy(l -> assertThat(l).doesNotStartWith(" ").doesNotEndWith(" "));
    }
  }

  @Test
  void colours_take_no_width_and_line_breaks_are_kept() {
    String red = "\u001b[1;31m#7 Chile +0:12 over the limit\u001b[0m";
    assertThat(Wrap.lines(red, 30)).isEqualTo(red);
    assertThat(Wrap.width(red)).isEqualTo(29);
    assertThat(Wrap.lines("a b\n\nc d", 40)).isEqualTo("a b\n\nc d");
    assertThat(Wrap.lines("exactly ten", 7))
        .as("too narrow a screen: left as it is")
        .isEqualTo("exactly ten");
    assertThat(Wrap.lines("aaaaaaaaaaaaaaa bb", 10)).isEqualTo("aaaaaaaaaa\naaaaa bb");
    assertThat(Wrap.lines("abcde fghij klm", 11)).isEqualTo("abcde fghij\nklm");
  }
}
