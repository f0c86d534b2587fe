package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text a participant or chair reads exists in English and in French: each bundle of every
 * module has the same keys in both, each text is a valid MessageFormat pattern, a lone ASCII
 * apostrophe (which MessageFormat would swallow) appears nowhere, and the French text uses the same
 * arguments as the English one.
 */
class BilingualTextsTest {

  static final List<String> BUNDLES =
      List.of(
          "org.rostrum.core.rules.messages",
          "org.rostrum.core.rules.doubts",
          "org.rostrum.adapters.storage.definitions",
          "org.rostrum.adapters.storage.store",
          "org.rostrum.adapters.rest.rest",
          "org.rostrum.adapters.mail.ack",
          "org.rostrum.adapters.cli.cli");

  static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Texts that are date-time patterns, not messages: they must parse as such. */
  static final List<String> DATE_PATTERNS = List.of("org.rostrum.core.rules.messages instant");

  static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  static ResourceBundle bundle(String base, Locale locale) {
    return ResourceBundle.getBundle(base, locale, EXACT);
  }

  @Test
  void every_bundle_has_the_same_keys_in_english_and_french() {
    for (String base : BUNDLES) {
      TreeSet<String> en = TreeSet.ofAll(bundle(base, Locale.ENGLISH).keySet());
      TreeSet<String> fr = TreeSet.ofAll(bundle(base, Locale.FRENCH).keySet());
      assertThat(en).as(base).isNotEmpty();
      assertThat(fr.diff(en)).as("%s: in French only", base).isEmpty();
      assertThat(en.diff(fr)).as("%s: in English only", base).isEmpty();
    }
  }

  @Test
  void every_text_is_a_pattern_with_the_same_arguments_in_both_languages() {
    org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
    for (String base : BUNDLES) {
      ResourceBundle en = bundle(base, Locale.ENGLISH);
      ResourceBundle fr = bundle(base, Locale.FRENCH);
      for (String key : en.keySet()) {
        String english = en.getString(key);
        String french = fr.getString(key);
        if (DATE_PATTERNS.contains(base + " " + key)) {
          softly
              .assertThat(java.time.format.DateTimeFormatter.ofPattern(english, Locale.ENGLISH))
              .isNotNull();
          softly
              .assertThat(java.time.format.DateTimeFormatter.ofPattern(french, Locale.FRENCH))
              .isNotNull();
          continue;
        }
        softly
            .assertThat(LONE_APOSTROPHE.matcher(english).find())
            .as("%s %s (en) has a lone ' : write '' or ’", base, key)
            .isFalse();
        softly
            .assertThat(LONE_APOSTROPHE.matcher(french).find())
            .as("%s %s (fr) has a lone ' : write '' or ’", base, key)
            .isFalse();
        softly
            .assertThat(arguments(french, Locale.FRENCH))
            .as("%s %s: the arguments of the French text", base, key)
            .isEqualTo(arguments(english, Locale.ENGLISH));
      }
    }
    softly.assertAll();
  }

  /** The indexes of the arguments a pattern uses (it must parse). */
  static TreeSet<Integer> arguments(String pattern, Locale locale) {
    Format[] formats = new MessageFormat(pattern, locale).getFormatsByArgumentIndex();
    TreeSet<Integer> used = TreeSet.empty();
    for (int i = 0; i < formats.length; i++) {
      if (pattern.contains("{" + i + "}") || pattern.contains("{" + i + ",")) {
        used = used.add(i);
      }
    }
    return used;
  }
}
