package org.rostrum.adapters.mail;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.rostrum.core.model.Language;

/**
 * The language a request is written in — by its common words when it says so plainly ({@link
 * ClearWords}), else by Lingua's statistical detector restricted to the four languages Rostrum
 * reads (English, French, Spanish, Portuguese) — and the language its reply is written in: English,
 * French or Spanish — a Portuguese request is answered in English (ADR 0016). Lingua's models are
 * loaded only when a text first needs them: most mails never do.
 */
final class Languages {

  /** The languages Rostrum reads. */
  enum Read {
    EN,
    FR,
    ES,
    PT
  }

  private static final class Holder {
    static final LanguageDetector DETECTOR =
        LanguageDetectorBuilder.fromLanguages(
                com.github.pemistahl.lingua.api.Language.ENGLISH,
                com.github.pemistahl.lingua.api.Language.FRENCH,
                com.github.pemistahl.lingua.api.Language.SPANISH,
                com.github.pemistahl.lingua.api.Language.PORTUGUESE)
            .withLowAccuracyMode()
            .build();
  }

  private Languages() {}

  /** The language of a text; English when it says too little to tell. */
  static Read of(String text) {
    String sample = sample(text);
    if (sample.codePoints().filter(Character::isLetter).count() < 8) {
      return Read.EN;
    }
    return ClearWords.of(sample).getOrElse(() -> byLingua(sample));
  }

  /** The part of a text its language is told from: its first 2,000 characters. */
  static String sample(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  /** The language Lingua's models find in a text; English when they cannot tell. */
  static Read byLingua(String sample) {
    return switch (Holder.DETECTOR.detectLanguageOf(sample)) {
      case FRENCH -> Read.FR;
      case SPANISH -> Read.ES;
      case PORTUGUESE -> Read.PT;
      default -> Read.EN;
    };
  }

  /** The language of the reply to a request written in {@code read}. */
  static Language replyIn(Read read) {
    return switch (read) {
      case FR -> Language.FR;
      case ES -> Language.ES;
      case EN, PT -> Language.EN;
    };
  }
}
