package dev.salient.score;

import dev.salient.ScoreBreakdown;
import dev.salient.entity.DetectedEntity;
import dev.salient.entity.EntityMention;
import dev.salient.lang.LanguageResources;
import dev.salient.split.Document;
import dev.salient.split.Sentence;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores each sentence on its own: the salience of the entities it mentions, a lead-position prior
 * and the centrality of its content words. Thread-safe.
 */
public final class SentenceScorer {
  private final Set<String> stopWords;
  private final Set<String> danglingOpeners;
  private final ScoringWeights weights;

  public SentenceScorer(LanguageResources language, ScoringWeights weights) {
    Objects.requireNonNull(language, "language");
    this.stopWords = language.wordSet("stopwords");
    this.danglingOpeners = language.wordSet("dangling-openers");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  public ScoringWeights weights() {
    return weights;
  }

  /** The features of every sentence of {@code document}. */
  public List<SentenceFeatures> features(Document document, List<DetectedEntity> entities) {
    List<Sentence> sentences = document.sentences();
    int n = sentences.size();
    int[][] entityIds = new int[n][];
    int[] counts = new int[n];
    for (int e = 0; e < entities.size(); e++) {
      int last = -1;
      for (EntityMention m : entities.get(e).mentions()) {
        if (m.sentence() != last) {
          counts[m.sentence()]++;
          last = m.sentence();
        }
      }
    }
    for (int i = 0; i < n; i++) {
      entityIds[i] = new int[counts[i]];
      counts[i] = 0;
    }
    for (int e = 0; e < entities.size(); e++) {
      int last = -1;
      for (EntityMention m : entities.get(e).mentions()) {
        if (m.sentence() != last) {
          entityIds[m.sentence()][counts[m.sentence()]++] = e;
          last = m.sentence();
        }
      }
    }
    Map<String, Integer> wordIds = new HashMap<>();
    SentenceFeatures[] out = new SentenceFeatures[n];
    int[] buffer = new int[64];
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      int distinct = 0;
      String opener = null;
      for (int t = 0; t < s.tokenCount(); t++) {
        Term term = term(s.token(t));
        if (term == Term.NOT_A_WORD) {
          continue;
        }
        if (opener == null) {
          opener = term.lower();
        }
        if (term.stem() == null) {
          continue;
        }
        Integer id = wordIds.get(term.stem());
        if (id == null) {
          id = wordIds.size();
          wordIds.put(term.stem(), id);
        }
        if (distinct == buffer.length) {
          buffer = Arrays.copyOf(buffer, distinct * 2);
        }
        buffer[distinct++] = id;
      }
      int[] ids = Arrays.copyOf(buffer, distinct);
      Arrays.sort(ids);
      ids = dedupe(ids);
      int[] ents = entityIds[i]; // ascending: filled in entity order above
      boolean dangling = opener != null && danglingOpeners.contains(opener);
      out[i] =
          new SentenceFeatures(
              i,
              ents,
              ids,
              wordCount(document.text(), s.start(), s.end()),
              s.end() - s.start(),
              s.headline(),
              dangling);
    }
    return List.of(out);
  }

  /**
   * A token as scoring sees it: lower-cased, and the stem it counts as a content word by, or no
   * stem for a stop word or a word under three letters.
   */
  private record Term(String lower, String stem) {
    /** Punctuation and other tokens without a letter or digit. */
    static final Term NOT_A_WORD = new Term(null, null);
  }

  /** Tokens longer than this are not remembered. */
  private static final int MAX_CACHED_TERM = 40;
  /** The cache is emptied when it holds this many tokens, to bound its memory. */
  private static final int MAX_CACHED_TERMS = 50_000;
  /**
   * The term of each token seen so far: most tokens of news text are repeats (and the splitter
   * hands out one string per repeated word, whose hash is computed once), so lower-casing and
   * stemming them again was most of the cost of {@link #features}.
   */
  private final ConcurrentHashMap<String, Term> terms = new ConcurrentHashMap<>();

  private Term term(String token) {
    Term term = terms.get(token);
    if (term != null) {
      return term;
    }
    if (!isWord(token)) {
      term = Term.NOT_A_WORD;
    } else {
      String lower = token.toLowerCase(Locale.ROOT);
      boolean content = lower.length() >= 3 && !stopWords.contains(lower);
      term = new Term(lower, content ? stem(lower) : null);
    }
    if (token.length() <= MAX_CACHED_TERM) {
      if (terms.size() >= MAX_CACHED_TERMS) {
        terms.clear();
      }
      terms.put(token, term);
    }
    return term;
  }

  /**
   * The stand-alone score of each sentence, given the entities' salience (by entity id) and, when
   * {@code focus} is not negative, the id of the entity to favour.
   */
  public ScoredSentence[] score(List<SentenceFeatures> features, double[] salience, int focus) {
    int n = features.size();
    // content-word centrality: how many sentences share each word (one computation with the
    // model's feature of the same name)
    double[] centrality = centrality(features);
    // the content words of the headline (and a deck line under it), ascending and distinct
    int[] headlineWords =
        features.stream()
            .filter(SentenceFeatures::headline)
            .flatMapToInt(f -> java.util.Arrays.stream(f.words()))
            .distinct()
            .sorted()
            .toArray();
    ScoredSentence[] scored = new ScoredSentence[n];
    int bodyIndex = 0;
    for (int i = 0; i < n; i++) {
      SentenceFeatures f = features.get(i);
      if (f.headline()) {
        scored[i] = new ScoredSentence(i, ScoreBreakdown.ZERO);
        continue;
      }
      double entityScore = 0;
      boolean focused = false;
      for (int e : f.entities()) {
        entityScore += salience[e];
        focused |= e == focus;
      }
      double content = centrality[i];
      double position = weights.position() / (1.0 + bodyIndex / weights.positionScale());
      if (bodyIndex == 0) {
        position += weights.firstSentence();
      }
      double contentPart = weights.content() * content;
      if (headlineWords.length > 0) {
        contentPart +=
            weights.headline() * SentenceFeatures.shared(f.words(), headlineWords) / (double) headlineWords.length;
      }
      double excess = f.wordCount() - weights.lengthTarget();
      double length =
          excess > 0 ? -weights.lengthPenalty() * excess / weights.lengthTarget() : 0;
      double coherence = f.dangling() ? -weights.dangling() : 0;
      double shortness = f.wordCount() < weights.minWords() ? -weights.shortPenalty() : 0;
      scored[i] =
          new ScoredSentence(
              i,
              new ScoreBreakdown(
                  weights.salience() * entityScore,
                  position,
                  contentPart,
                  shortness + length,
                  0,
                  coherence,
                  focused ? weights.focus() : 0));
      bodyIndex++;
    }
    return scored;
  }

  /** Content-word centrality of each sentence (0 for the headline): how many sentences share its words. */
  static double[] centrality(List<SentenceFeatures> features) {
    int n = features.size();
    int vocabulary = 0;
    for (SentenceFeatures f : features) {
      for (int w : f.words()) {
        vocabulary = Math.max(vocabulary, w + 1);
      }
    }
    double[] df = new double[vocabulary];
    int body = 0;
    for (SentenceFeatures f : features) {
      if (f.headline()) {
        continue;
      }
      body++;
      for (int w : f.words()) {
        df[w]++;
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      SentenceFeatures f = features.get(i);
      if (f.headline() || f.words().length == 0) {
        continue;
      }
      double content = 0;
      for (int w : f.words()) {
        content += (df[w] - 1) / Math.max(1, body - 1);
      }
      out[i] = content / Math.sqrt(f.words().length);
    }
    return out;
  }

  /** The share of the headline's content words each body sentence repeats (0 without a headline). */
  static double[] headlineOverlap(List<SentenceFeatures> features) {
    int[] headlineWords =
        features.stream()
            .filter(SentenceFeatures::headline)
            .flatMapToInt(f -> Arrays.stream(f.words()))
            .distinct()
            .sorted()
            .toArray();
    double[] out = new double[features.size()];
    if (headlineWords.length == 0) {
      return out;
    }
    for (int i = 0; i < out.length; i++) {
      SentenceFeatures f = features.get(i);
      if (!f.headline()) {
        out[i] = SentenceFeatures.shared(f.words(), headlineWords) / (double) headlineWords.length;
      }
    }
    return out;
  }

  /**
   * The stand-alone score of each sentence by a learned model over {@link SentenceFeatureRows}:
   * the log-odds that the sentence belongs in the summary, split into its feature groups
   * (salience; position and ratio with the bias; centrality and headline as content; length and
   * cues as length; quotes and coherence as coherence), plus the focus bonus when {@code focus}
   * is not negative and the sentence mentions it.
   *
   * @param rows the feature rows ({@link SentenceFeatureRows#of})
   * @param weights one weight per {@link SentenceFeatureRows#NAMES} entry
   */
  public ScoredSentence[] scoreRows(
      List<SentenceFeatures> features, double[][] rows, double[] weights, int focus) {
    ScoredSentence[] scored = new ScoredSentence[features.size()];
    for (int i = 0; i < scored.length; i++) {
      SentenceFeatures f = features.get(i);
      scored[i] = f.headline() ? new ScoredSentence(i, ScoreBreakdown.ZERO) : scoreRow(f, rows[i], weights, focus);
    }
    return scored;
  }

  /** The score of one body sentence from its feature row (see {@link #scoreRows}). */
  public ScoredSentence scoreRow(SentenceFeatures f, double[] x, double[] weights, int focus) {
    double salience = 0;
    double position = 0;
    double content = 0;
    double length = 0;
    double coherence = 0;
    for (int c = 0; c < weights.length; c++) {
      double v = weights[c] * x[c];
      switch (GROUP_PART[c]) {
        case 0 -> salience += v;
        case 1 -> position += v;
        case 2 -> content += v;
        case 3 -> length += v;
        default -> coherence += v;
      }
    }
    boolean focused = false;
    for (int e : f.entities()) {
      focused |= e == focus;
    }
    return new ScoredSentence(
        f.index(),
        new ScoreBreakdown(
            salience, position, content, length, 0, coherence, focused ? this.weights.focus() : 0));
  }

  /** The breakdown part each feature column adds to: 0 salience ... 4 coherence. */
  private static final int[] GROUP_PART = groupParts();

  private static int[] groupParts() {
    int[] parts = new int[SentenceFeatureRows.NAMES.size()];
    for (int c = 0; c < parts.length; c++) {
      parts[c] =
          switch (SentenceFeatureRows.GROUPS.get(c)) {
            case "salience" -> 0;
            case "position", "ratio" -> 1;
            case "centrality", "headline" -> 2;
            case "length", "cues" -> 3;
            default -> 4;
          };
    }
    return parts;
  }

  /**
   * The number of words of {@code text} as a reader counts them: whitespace-separated pieces that
   * contain a letter or digit. Word budgets count this way.
   */
  public static int wordCount(String text) {
    return wordCount(text, 0, text.length());
  }

  /** The {@link #wordCount(String) word count} of {@code text[from, to)}. */
  static int wordCount(String text, int from, int to) {
    int count = 0;
    boolean counted = false;
    for (int i = from; i < to; ) {
      int c = text.codePointAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        count++;
        counted = true;
      }
      i += Character.charCount(c);
    }
    return count;
  }

  static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A light suffix stripper, enough to merge plural and simple verb forms. */
  static String stem(String word) {
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, n - 1);
    }
    if (n > 5 && word.endsWith("ing")) {
      return word.substring(0, n - 3);
    }
    if (n > 4 && word.endsWith("ed")) {
      return word.substring(0, n - 2);
    }
    return word;
  }

  private static int[] dedupe(int[] sorted) {
    if (sorted.length < 2) {
      return sorted;
    }
    int k = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[k - 1]) {
        sorted[k++] = sorted[i];
      }
    }
    return k == sorted.length ? sorted : Arrays.copyOf(sorted, k);
  }
}
