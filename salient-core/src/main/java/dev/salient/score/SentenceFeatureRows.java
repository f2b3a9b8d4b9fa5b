package dev.salient.score;

import dev.salient.clean.InputForm;
import dev.salient.lang.LanguageResources;
import dev.salient.split.Document;
import dev.salient.split.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The named features of each sentence that a learned sentence model weighs: position, length,
 * bounded entity salience, centrality, headline overlap, quote and attribution cues,
 * caption/teaser/subhead cues, terminal punctuation, the summary ratio k/n and its interactions.
 * None looks at a reference summary.
 *
 * <pre>{@code
 * double[][] x = rows.of(document, features, salience, 3.0 / 20);
 * double firstSentence = x[1][SentenceFeatureRows.NAMES.indexOf("first")];
 * }</pre>
 *
 * <p>Thread-safe. Cost: linear in the document's tokens.
 */
public final class SentenceFeatureRows {
  /** The features of one sentence, before the interaction with the document having a headline. */
  static final List<String> BASE =
      List.of(
          "bias",
          "first", // the first body sentence
          "second",
          "third",
          "fourth",
          "fifth",
          "position_inverse", // 1 / (1 + body index)
          "position_relative", // body index / body sentences
          "paragraph_first", // opens its paragraph
          "ratio", // k / n: the share of the body the summary may keep
          "ratio_x_position_relative",
          "ratio_x_position_inverse",
          "sentences_log", // log(1 + body sentences) / 5
          "words_log", // log(1 + words) / 4
          "words", // words / 30
          "long", // words over 26, per 26
          "short", // fewer than 6 words
          "no_terminal", // does not end with . ! ? (or a closing quote or bracket after one)
          "centrality", // content-word centrality
          "headline_overlap", // share of the headline's content words the sentence has
          "salience_sum", // entity salience, each entity capped at SALIENCE_CAP
          "salience_max",
          "salience_new", // salience of the entities this sentence mentions first
          "entities_log", // log(1 + distinct entities) / 2
          "quote", // has a quotation mark
          "quote_opens", // opens with a quotation mark
          "attribution", // has an attribution verb (said, told, according...)
          "dangling", // opens with a pronoun or connective that points back
          "upper_share", // share of its words written in capitals (subheads, bylines)
          "teaser"); // has a teaser or caption phrase (scroll down, read more, pictured...)

  /** The group of each base feature. */
  static final List<String> BASE_GROUPS =
      List.of(
          "position", "position", "position", "position", "position", "position", "position",
          "position", "position",
          "ratio", "ratio", "ratio", "ratio",
          "length", "length", "length", "length", "cues",
          "centrality", "headline",
          "salience", "salience", "salience", "salience",
          "quotes", "quotes", "quotes", "coherence",
          "cues", "cues");

  /**
   * The feature names, in column order; the keys of a sentence model resource: every base feature,
   * then each again as {@code NAME@untitled}, equal to it in a document without a headline and 0
   * otherwise (articles with and without a headline are summarized differently: with one, its
   * words say what matters; without, the lead does).
   */
  public static final List<String> NAMES = interactions(BASE, "@untitled");

  /** The group of each feature, for breakdowns and ablations, in {@link #NAMES} order. */
  public static final List<String> GROUPS = interactions(BASE_GROUPS, "");

  private static List<String> interactions(List<String> base, String suffix) {
    List<String> out = new java.util.ArrayList<>(base);
    for (String b : base) {
      out.add(b + suffix);
    }
    return List.copyOf(out);
  }

  /** No entity adds more than this to {@code salience_sum}: no single name takes the whole mass. */
  static final double SALIENCE_CAP = 0.3;

  private final Set<String> attributionVerbs;
  private final List<String> teaserPhrases;

  public SentenceFeatureRows(LanguageResources language) {
    Objects.requireNonNull(language, "language");
    this.attributionVerbs = language.wordSet("attribution-verbs");
    this.teaserPhrases = language.lines("teaser-phrases");
  }

  /**
   * One row per sentence (headline rows are all zero), {@link #NAMES} columns.
   *
   * @param ratio the summary's expected share of the body sentences, k / n, in 0..1
   */
  public double[][] of(
      Document document, List<SentenceFeatures> features, double[] salience, double ratio) {
    return of(document, features, salience, ratio, !InputForm.lowerCased(document.text()));
  }

  /**
   * The rows, with the salience features left at 0 unless {@code trustEntities}: in lower-cased
   * text ({@link InputForm#lowerCased}) capital letters, and so the entities found by them, mean
   * nothing.
   */
  public double[][] of(
      Document document, List<SentenceFeatures> features, double[] salience, double ratio,
      boolean trustEntities) {
    double[][] rows = new double[features.size()][];
    forEach(document, features, salience, ratio, trustEntities, (i, row) -> rows[i] = row.clone());
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] == null) {
        rows[i] = new double[NAMES.size()]; // the headline
      }
    }
    return rows;
  }

  /** Receives the row of each body sentence; the array is reused for the next one. */
  @FunctionalInterface
  public interface RowConsumer {
    void accept(int sentence, double[] row);
  }

  /**
   * Computes the row of each body sentence in turn into one reused array, so that scoring needs
   * no matrix (see {@link #of} for the arguments).
   */
  public void forEach(
      Document document, List<SentenceFeatures> features, double[] salience, double ratio,
      boolean trustEntities, RowConsumer consumer) {
    int n = features.size();
    double[] x = new double[NAMES.size()];
    double[] centrality = SentenceScorer.centrality(features);
    double[] headline = SentenceScorer.headlineOverlap(features);
    boolean hasHeadline = false;
    int body = 0;
    for (SentenceFeatures f : features) {
      hasHeadline |= f.headline();
      body += f.headline() ? 0 : 1;
    }
    boolean[] seen = new boolean[salience.length];
    int bodyIndex = 0;
    int lastParagraph = -1;
    for (int i = 0; i < n; i++) {
      SentenceFeatures f = features.get(i);
      Sentence s = document.sentences().get(i);
      if (f.headline()) {
        lastParagraph = s.paragraph();
        continue;
      }
      java.util.Arrays.fill(x, 0);
      int c = 0;
      double inverse = 1.0 / (1 + bodyIndex);
      double relative = body <= 1 ? 0 : bodyIndex / (double) body;
      x[c++] = 1;
      x[c++] = bodyIndex == 0 ? 1 : 0;
      x[c++] = bodyIndex == 1 ? 1 : 0;
      x[c++] = bodyIndex == 2 ? 1 : 0;
      x[c++] = bodyIndex == 3 ? 1 : 0;
      x[c++] = bodyIndex == 4 ? 1 : 0;
      x[c++] = inverse;
      x[c++] = relative;
      x[c++] = s.paragraph() != lastParagraph ? 1 : 0;
      x[c++] = ratio;
      x[c++] = ratio * relative;
      x[c++] = ratio * inverse;
      x[c++] = Math.log1p(body) / 5;
      x[c++] = Math.log1p(f.wordCount()) / 4;
      x[c++] = f.wordCount() / 30.0;
      x[c++] = Math.max(0, f.wordCount() - 26) / 26.0;
      x[c++] = f.wordCount() < 6 ? 1 : 0;
      String text = document.sentenceText(i);
      x[c++] = endsWithTerminal(text) ? 0 : 1;
      x[c++] = centrality[i];
      x[c++] = headline[i];
      double sum = 0;
      double max = 0;
      double fresh = 0;
      if (trustEntities) {
        for (int e : f.entities()) {
          sum += Math.min(SALIENCE_CAP, salience[e]);
          max = Math.max(max, salience[e]);
          if (!seen[e]) {
            fresh += Math.min(SALIENCE_CAP, salience[e]);
          }
        }
      }
      for (int e : f.entities()) {
        seen[e] = true;
      }
      x[c++] = sum;
      x[c++] = max;
      x[c++] = fresh;
      x[c++] = trustEntities ? Math.log1p(f.entities().length) / 2 : 0;
      Cues cues = cues(s, text);
      x[c++] = cues.quote ? 1 : 0;
      x[c++] = cues.quoteOpens ? 1 : 0;
      x[c++] = cues.attribution ? 1 : 0;
      x[c++] = f.dangling() ? 1 : 0;
      x[c++] = cues.upperShare;
      x[c++] = cues.teaser ? 1 : 0;
      if (!hasHeadline) {
        System.arraycopy(x, 0, x, BASE.size(), BASE.size());
      }
      consumer.accept(i, x);
      lastParagraph = s.paragraph();
      bodyIndex++;
    }
  }

  private record Cues(boolean quote, boolean quoteOpens, boolean attribution, double upperShare, boolean teaser) {}

  private Cues cues(Sentence s, String text) {
    boolean attribution = false;
    int words = 0;
    int upper = 0;
    for (int t = 0; t < s.tokenCount(); t++) {
      String token = s.token(t);
      if (!SentenceScorer.isWord(token)) {
        continue;
      }
      words++;
      if (!attribution && attributionVerbs.contains(token.toLowerCase(Locale.ROOT))) {
        attribution = true;
      }
      if (token.length() >= 2 && allUpper(token)) {
        upper++;
      }
    }
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char ch = text.charAt(i);
      quote = ch == '"' || ch == '\u201C' || ch == '\u201D' || (ch == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`');
    }
    boolean opens = !text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '\u201C' || text.startsWith("``"));
    String lower = text.toLowerCase(Locale.ROOT);
    boolean teaser = false;
    for (String phrase : teaserPhrases) {
      if (lower.contains(phrase)) {
        teaser = true;
        break;
      }
    }
    return new Cues(quote, opens, attribution, words == 0 ? 0 : upper / (double) words, teaser);
  }

  private static boolean allUpper(String token) {
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char ch = token.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      letter |= Character.isLetter(ch);
    }
    return letter;
  }

  /** Ends with . ! ? or …, possibly followed by closing quotes or brackets. */
  static boolean endsWithTerminal(String text) {
    int i = text.length() - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'\u2019\u201D)]".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && ".!?\u2026".indexOf(text.charAt(i)) >= 0;
  }
}
