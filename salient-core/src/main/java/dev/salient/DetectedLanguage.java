package dev.salient;

import java.util.Objects;

/**
 * The language a summary was made in, and how it was chosen.
 *
 * <pre>{@code
 * DetectedLanguage used = summary.language();
 * if (used.detected() && used.confidence() < 0.5) { ... } // a guess
 * }</pre>
 *
 * @param language the language whose resources were used: never {@link Language#AUTO}; {@link
 *     Language#NEUTRAL} for a language without resources
 * @param code the ISO 639-1 code of the language of the text, as detected ("zh", "ru") or as set;
 *     for a set language its own code ("und" for {@link Language#NEUTRAL})
 * @param confidence the detector's probability for that language, in [0, 1]; 1 when the language
 *     was set rather than detected
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
