package dev.salient.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the language of a text with OpenNLP's language-detection model (103 languages, from the
 * model jar {@code opennlp-models-langdetect}, brought by {@code dev.salient:salient-langdetect}),
 * and maps it to the resources Salient has for it. The model reads {@link #FIRST_SAMPLE_CHARS}
 * characters from the middle of the text; only when they leave it unclear (the best language less
 * than {@link #CLEAR_MARGIN} ahead of the runner-up in log-probability, about 5% of news articles
 * and paragraphs) does it read {@link #SAMPLE_CHARS}. The cost is bounded whatever the text's
 * length. Thread-safe; the model is loaded once per JVM.
 *
 * <p>The model is evaluated by {@link LanguageScores}, which computes what OpenNLP's
 * {@code LanguageDetectorME} computes (the maximum-entropy model over the set of the sample's
 * character 1- to 3-grams) several times faster: OpenNLP's regular-expression normalizers and its
 * string-keyed n-gram model cost as much as summarizing a short article.
 */
public final class LanguageGuesser {
  /** The model file inside the model jar. */
  static final String MODEL = "langdetect-183.bin";
  /** The longest sample the model reads. */
  public static final int SAMPLE_CHARS = 400;
  /** The sample read first. */
  public static final int FIRST_SAMPLE_CHARS = 150;
  /**
   * How far ahead of the runner-up (in log-probability) the best language of the first sample must
   * be to settle it: e, about 2.7 times as likely. On 747 news articles and paragraphs in eight
   * languages it settled 95% of them, every one as the longer sample would.
   */
  static final double CLEAR_MARGIN = 1.0;

  /** ISO 639-3 codes of our languages, from each folder's {@code langdetect} property. */
  private static final String[] CODES = {"en", "de", "fr", "es", "it", "nl", "pt"};

  /**
   * One guess.
   *
   * @param resources the resources to use: those of the guessed language, or the neutral ones
   * @param code the ISO 639-1 code of the guessed language (its ISO 639-3 code when it has none)
   * @param confidence how sure the model was: the guessed language's share of the probability of
   *     the two likeliest languages, in [0.5, 1] (0 for blank text). The model's probabilities over
   *     its 103 languages are diffuse (0.07 for a clear Chinese paragraph, 0.3 to 0.9 for clear
   *     European ones) and shrink with the sample, where this share says what a user asks: was it
   *     a close call?
   */
  public record Guess(LanguageResources resources, String code, double confidence) {}

  private static volatile LanguageScores detector;
  private static final Map<String, LanguageResources> BY_ISO3 = new HashMap<>();
  private static final Map<String, String> ISO1_BY_ISO3 = new HashMap<>();

  static {
    for (String code : CODES) {
      LanguageResources resources = LanguageResources.of(code);
      for (String iso3 : resources.list("langdetect")) {
        BY_ISO3.put(iso3, resources);
      }
    }
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        ISO1_BY_ISO3.put(new Locale(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code
      }
    }
    // individual languages the model names instead of their macrolanguage
    ISO1_BY_ISO3.put("cmn", "zh");
    ISO1_BY_ISO3.put("arb", "ar");
    ISO1_BY_ISO3.put("pes", "fa");
    ISO1_BY_ISO3.put("zsm", "ms");
    ISO1_BY_ISO3.put("ekk", "et");
    ISO1_BY_ISO3.put("lvs", "lv");
    ISO1_BY_ISO3.put("nob", "no");
    ISO1_BY_ISO3.put("swh", "sw");
    ISO1_BY_ISO3.put("uzn", "uz");
    ISO1_BY_ISO3.put("khk", "mn");
  }

  private LanguageGuesser() {}

  /** True when the language-detection model is on the classpath. */
  public static boolean isAvailable() {
    // once loaded, no class-path lookup: a summarizer variant per request checks this in build()
    return detector != null || LanguageGuesser.class.getClassLoader().getResource(MODEL) != null;
  }

  /**
   * Loads the model now, if it was not loaded yet.
   *
   * @throws IllegalStateException if the model is not on the classpath
   */
  public static void load() {
    model();
  }

  private static LanguageScores model() {
    LanguageScores d = detector;
    if (d == null) {
      synchronized (LanguageGuesser.class) {
        d = detector;
        if (d == null) {
          try (InputStream in = LanguageGuesser.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
              throw new IllegalStateException(
                  "Language.AUTO needs OpenNLP's language-detection model: add the dependency "
                      + "dev.salient:salient-langdetect (or org.apache.opennlp:opennlp-models-langdetect)");
            }
            d = LanguageScores.read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language-detection model", e);
          }
          detector = d;
        }
      }
    }
    return d;
  }

  /** Guesses the language of {@code text}; blank text is neutral, with confidence 0. */
  public static Guess guess(CharSequence text) {
    CharSequence sample = sample(text, FIRST_SAMPLE_CHARS);
    if (sample.toString().isBlank()) {
      return new Guess(LanguageResources.of(LanguageResources.NEUTRAL_CODE), LanguageResources.NEUTRAL_CODE, 0);
    }
    LanguageScores scores = model();
    LanguageScores.Best best = scores.best(sample);
    if (best.margin() < CLEAR_MARGIN && text.length() > FIRST_SAMPLE_CHARS) {
      best = scores.best(sample(text, SAMPLE_CHARS));
    }
    String iso3 = best.language();
    LanguageResources resources = BY_ISO3.get(iso3);
    String code = resources != null ? resources.code() : ISO1_BY_ISO3.getOrDefault(iso3, iso3);
    if (resources == null) {
      resources = LanguageResources.of(LanguageResources.NEUTRAL_CODE);
    }
    double confidence = 1 / (1 + Math.exp(-best.margin()));
    return new Guess(resources, code, confidence);
  }

  /**
   * At most {@code chars} characters from the middle of the text, cut at whitespace: the start of a
   * scraped article is often its headline and a notice in another language. A middle that is all
   * white space (a page of blank lines) moves the window to the text after it, or else before it;
   * it is blank only when the text is.
   */
  static CharSequence sample(CharSequence text, int chars) {
    int n = text.length();
    if (n <= chars) {
      return text;
    }
    int from = (n - chars) / 2;
    int after = from;
    while (after < n && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    if (after - from >= chars) {
      if (after < n) {
        from = Math.min(after, n - chars);
      } else {
        int before = from;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
          before--;
        }
        from = Math.max(0, before - chars);
      }
    }
    int to = from + chars;
    int f = from;
    while (f < to && !Character.isWhitespace(text.charAt(f))) {
      f++;
    }
    while (f < to && Character.isWhitespace(text.charAt(f))) {
      f++;
    }
    int t = to;
    while (t > f && !Character.isWhitespace(text.charAt(t - 1))) {
      t--;
    }
    // a text without whitespace (Chinese, Japanese) keeps the plain window
    return t - f < chars / 2 ? text.subSequence(from, to) : text.subSequence(f, t);
  }
}
