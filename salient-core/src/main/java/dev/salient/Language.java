package dev.salient;

/**
 * The language of the articles a {@link Summarizer} reads: which sentence and token models, word
 * lists and rules it uses.
 *
 * <pre>{@code
 * Summarizer summarizer = Summarizer.builder().language(Language.ENGLISH).build();
 * }</pre>
 */
public enum Language {
  /** English, with the OpenNLP UD-EWT sentence and token models. */
  ENGLISH("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, e.g. "en". */
  public String code() {
    return code;
  }

  /**
   * The language with this ISO 639-1 code, ignoring case.
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
