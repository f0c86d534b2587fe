package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A held mail's number prints without grouping, and is taken back as printed or as typed. */
class HeldNumbersTest {

  @Test
  void a_held_mails_number_prints_without_a_grouping_separator_in_english_and_french() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      ResourceBundle cli = ResourceBundle.getBundle("org.rostrum.adapters.cli.cli", locale);
      for (String key :
          new String[] {"review.dismissed", "review.not.held", "review.resolved.already"}) {
        assertThat(new MessageFormat(cli.getString(key), locale).format(new Object[] {1459L}))
            .as(key + " " + locale)
            .containsPattern("(#|n° )1459");
      }
      assertThat(
              new MessageFormat(cli.getString("mail.review"), locale)
                  .format(new Object[] {"a.eml", 1459L, "why"}))
          .containsPattern("(#|n° )1459");
    }
  }

  @Test
  void a_held_mails_number_is_taken_as_typed_or_as_a_locale_groups_it() {
    ReviewCommand.HeldNumber number = new ReviewCommand.HeldNumber();
    for (String typed : new String[] {"1459", "#1459", "1,459", "1 459", "1.459", "1\u202F459"}) {
      assertThat(number.convert(typed)).as(typed).isEqualTo(1459L);
    }
    assertThatThrownBy(() -> number.convert("1,45"))
        .isInstanceOf(picocli.CommandLine.TypeConversionException.class);
    assertThatThrownBy(() -> number.convert("x"))
        .isInstanceOf(picocli.CommandLine.TypeConversionException.class);
  }
}
