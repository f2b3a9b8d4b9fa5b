package dev.salient;

import java.util.Objects;

/**
 * The language a summary was made in, and how it was chosen.
 *
 * <pre>{@code
 * DetectedLanguage used = summary.language();
 * if (used.detected() && used.confidence() < 0.75) { ... } // a close call
 * }</pre>
 *
 * @param language the language whose resources were used: never {@link Language#AUTO}; {@link
 *     Language#NEUTRAL} for a language without resources
 * @param code the ISO 639-1 code of the language of the text, as detected ("zh", "ru") or as set;
 *     for a set language its own code ("und" for {@link Language#NEUTRAL})
 * @param confidence how sure the detector was: the detected language's share of the probability of
 *     the two likeliest languages, in [0.5, 1] (0 for blank text; 0.73 or more when the short first
 *     sample settled it, typically 0.9 or more for a news article); 1 when the language was set
 *     rather than detected
 * @param detected true when {@link Language#AUTO} chose the language
 */
public record DetectedLanguage(Language language, String code, double confidence, boolean detected) {

  public DetectedLanguage {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(code, "code");
    if (language == Language.AUTO) {
      throw new IllegalArgumentException("a summary's language is never AUTO");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: confidence=" + confidence);
    }
  }

  /** A language that was set, not detected. */
  public static DetectedLanguage fixed(Language language) {
    return new DetectedLanguage(language, language.code(), 1, false);
  }
}
