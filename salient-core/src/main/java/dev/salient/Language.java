package dev.salient;

/**
 * The language of the articles a {@link Summarizer} reads: which sentence and token models, word
 * lists and rules it uses.
 *
 * <pre>{@code
 * Summarizer german = Summarizer.builder().language(Language.GERMAN).build();
 * Summarizer any = Summarizer.builder().language(Language.AUTO).build();
 * any.summarize(text).language(); // e.g. DetectedLanguage[language=FRENCH, code=fr, confidence=0.97, detected=true]
 * }</pre>
 *
 * <p>English, German and French sentences are split by OpenNLP's models; English and German words
 * are cut by OpenNLP's tokenizer models. The German and French models come in the optional artifacts
 * {@code dev.salient:salient-lang-de} and {@code dev.salient:salient-lang-fr}; without them (and for
 * Spanish, Italian, Dutch and Portuguese, for which no models are published) sentences and words
 * are cut by rules: full stops that are not abbreviations of the language, and elisions ("l'",
 * "dell'"). {@link #AUTO} needs {@code dev.salient:salient-langdetect}.
 */
public enum Language {
  /** English, with the OpenNLP UD-EWT sentence and token models. */
  ENGLISH("en"),
  /** German; names are found on evidence, since German capitalizes every noun. */
  GERMAN("de"),
  /** French. */
  FRENCH("fr"),
  /** Spanish. */
  SPANISH("es"),
  /** Italian. */
  ITALIAN("it"),
  /** Dutch. */
  DUTCH("nl"),
  /** Portuguese. */
  PORTUGUESE("pt"),
  /**
   * Any other language (Chinese, Arabic, Russian, ...): Unicode sentence and word breaks from the
   * JDK's {@link java.text.BreakIterator}, no stop words or name lists. Its code is "und".
   */
  NEUTRAL("und"),
  /**
   * Detect each article's language with OpenNLP's language detector (from the optional artifact
   * {@code dev.salient:salient-langdetect}) and use its resources, or {@link #NEUTRAL} for a
   * language without any. {@link Summary#language()} says what was detected and how surely. Never
   * the language of a summary.
   */
  AUTO("auto");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, e.g. "en"; "und" for {@link #NEUTRAL}, "auto" for {@link #AUTO}. */
  public String code() {
    return code;
  }

  /**
   * The language with this code, ignoring case: an ISO 639-1 code, "und" or "auto".
   *
   * @throws IllegalArgumentException if no supported language has that code
   */
  public static Language forCode(String code) {
    for (Language language : values()) {
      if (language.code.equalsIgnoreCase(code)) {
        return language;
      }
    }
    throw new IllegalArgumentException("unsupported language: code=" + code);
  }
}
