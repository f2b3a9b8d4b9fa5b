package dev.salient.pipeline;

import dev.salient.Budget;
import dev.salient.EntityDictionary;
import dev.salient.SentenceModel;
import dev.salient.clean.InputForm;
import dev.salient.clean.CleanedText;
import dev.salient.clean.HtmlExtractor;
import dev.salient.clean.TextCleaner;
import dev.salient.entity.DetectedEntity;
import dev.salient.entity.EntityDetector;
import dev.salient.lang.LanguageResources;
import dev.salient.salience.SalienceModel;
import dev.salient.score.ScoredSentence;
import dev.salient.score.ScoringWeights;
import dev.salient.score.SentenceFeatureRows;
import dev.salient.score.SentenceFeatures;
import dev.salient.score.SentenceScorer;
import dev.salient.select.Selection;
import dev.salient.select.SentenceSelector;
import dev.salient.split.Document;
import dev.salient.split.SentenceSplitter;
import java.util.List;
import java.util.Objects;

/**
 * The stages of Salient wired once: clean, split, detect entities, score salience, score sentences,
 * select. {@link dev.salient.Summarizer}, the evaluation tools and the benchmarks all run this one
 * object, so no caller wires stages by hand; summarizers derived with {@code toBuilder()} that keep
 * the language, dictionary and weights share it, with its loaded models and caches.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.english();
 * Pipeline.Analysis analysis = pipeline.analyze(pipeline.clean(text), null);
 * Selection selection = pipeline.select(analysis, Budget.DEFAULT);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Pipeline {
  /** Stateless and thread-safe; jsoup is only touched once it is used. */
  private static final HtmlExtractor HTML = new HtmlExtractor();

  private final LanguageResources language;
  private final EntityDictionary dictionary;
  private final ScoringWeights weights;
  /** The learned sentence model, or null when the hand weights score sentences. */
  private final SentenceModel model;
  private final double[] modelWeights;
  private final double[] caselessWeights;
  private final SentenceFeatureRows rows;
  private final TextCleaner cleaner;
  private final SentenceSplitter splitter;
  private final EntityDetector detector;
  private final SalienceModel salienceModel;
  private final SentenceScorer scorer;
  private final SentenceSelector selector;

  /**
   * Everything the stages found in one document, before selection.
   *
   * @param document the cleaned, split document
   * @param entities the detected entities, by id
   * @param salience each entity's salience, by id
   * @param features each sentence's features
   * @param scored each sentence's stand-alone score
   * @param focusId the id of the entity the focus option named, or -1
   * @param caseless true when the sentence model scored lower-cased text: without salience
   *     features, by its caseless weights
   */
  public record Analysis(
      Document document,
      List<DetectedEntity> entities,
      double[] salience,
      List<SentenceFeatures> features,
      ScoredSentence[] scored,
      int focusId,
      boolean caseless) {}

  /** A pipeline scoring sentences by the shipped {@link SentenceModel}. */
  public Pipeline(LanguageResources language, EntityDictionary dictionary, ScoringWeights weights) {
    this(language, dictionary, weights, SentenceModel.shipped());
  }

  /**
   * A pipeline scoring sentences by {@code model}, or by the hand {@code weights} when the model
   * is null (the weights' focus bonus applies in both).
   */
  public Pipeline(
      LanguageResources language, EntityDictionary dictionary, ScoringWeights weights, SentenceModel model) {
    this.language = Objects.requireNonNull(language, "language");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.weights = Objects.requireNonNull(weights, "weights");
    this.model = model;
    this.modelWeights = model == null ? null : model.weights().values().stream().mapToDouble(Double::doubleValue).toArray();
    this.caselessWeights = model == null ? null : caseless(model);
    // on first use, the OpenNLP models load on another thread while this one reads the word lists
    // (each is loaded once per JVM; the splitter waits for the models if they are still loading)
    language.startLoadingModels();
    this.cleaner = new TextCleaner(language);
    this.detector = new EntityDetector(language, dictionary);
    this.salienceModel = new SalienceModel();
    this.scorer = new SentenceScorer(language, weights);
    this.selector =
        model == null
            ? new SentenceSelector(weights)
            : new SentenceSelector(model.redundancy(), model.duplicateThreshold());
    this.rows = new SentenceFeatureRows(language);
    this.splitter = new SentenceSplitter(language);
  }

  private static double[] caseless(SentenceModel model) {
    double[] w = new double[SentenceModel.featureNames().size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = model.caselessWeight(SentenceModel.featureNames().get(c));
    }
    return w;
  }

  /** English, no dictionary, the default weights. */
  public static Pipeline english() {
    return new Pipeline(LanguageResources.ENGLISH, EntityDictionary.EMPTY, ScoringWeights.DEFAULT);
  }

  /** True when this pipeline was built for these options, so that a summarizer may share it. */
  public boolean isFor(
      LanguageResources language, EntityDictionary dictionary, ScoringWeights weights, SentenceModel model) {
    return this.language == language && this.dictionary.equals(dictionary) && this.weights.equals(weights)
        && Objects.equals(this.model, model);
  }

  /** The sentence model, or null when the hand weights score sentences. */
  public SentenceModel model() {
    return model;
  }

  public LanguageResources language() {
    return language;
  }

  public ScoringWeights weights() {
    return weights;
  }

  /** The article text of a whole page (see {@link HtmlExtractor}). */
  public String extractHtml(String html) {
    return HTML.extract(html);
  }

  /**
   * The article of a whole page with its metadata and offsets (see {@link HtmlExtractor#page});
   * the same for every language, so a summarizer extracts before it picks a pipeline.
   */
  public static dev.salient.Page extractPageOf(String html) {
    return HTML.page(html);
  }

  public CleanedText clean(String text) {
    return cleaner.clean(text);
  }

  public Document split(CleanedText cleaned) {
    return splitter.split(cleaned);
  }

  public List<DetectedEntity> detect(Document document) {
    return detector.detect(document);
  }

  /** The canonical name of an entity name or alias ("America" gives "United States"). */
  public String canonicalName(String name) {
    return detector.canonicalName(name);
  }

  /** Splits, detects, scores salience and sentences for a 3-sentence summary; {@code focus} may be null. */
  public Analysis analyze(CleanedText cleaned, String focus) {
    return analyze(cleaned, focus, Budget.DEFAULT);
  }

  /**
   * Splits, detects, scores salience and sentences; {@code focus} may be null. The sentence model
   * weighs the summary ratio k/n, so the scores depend on the {@code budget} they are for.
   */
  public Analysis analyze(CleanedText cleaned, String focus, Budget budget) {
    Document document = splitter.split(cleaned);
    return score(document, detector.detect(document), focus, budget);
  }

  /** Scores salience and sentences of a split document with its detected entities (3 sentences). */
  public Analysis score(Document document, List<DetectedEntity> detected, String focus) {
    return score(document, detected, focus, Budget.DEFAULT);
  }

  /** Scores salience and sentences of a split document for a summary under {@code budget}. */
  public Analysis score(Document document, List<DetectedEntity> detected, String focus, Budget budget) {
    double[] salience = salienceModel.score(document, detected);
    List<SentenceFeatures> features = scorer.features(document, detected);
    int focusId = focusId(detected, focus);
    if (model == null) {
      ScoredSentence[] scored = scorer.score(features, salience, focusId);
      return new Analysis(document, detected, salience, features, scored, focusId, false);
    }
    // lower-cased text: entities found by capital letters mean nothing, so the model's weights
    // fitted without the salience features score it
    boolean caseless = InputForm.lowerCased(document.text());
    double[] w = caseless ? caselessWeights : modelWeights;
    ScoredSentence[] scored = new ScoredSentence[features.size()];
    // row by row: no n x features matrix is kept
    rows.forEach(document, features, salience, expectedRatio(features, budget), !caseless,
        (i, x) -> scored[i] = scorer.scoreRow(features.get(i), x, w, focusId));
    for (int i = 0; i < scored.length; i++) {
      if (scored[i] == null) {
        scored[i] = new ScoredSentence(i, dev.salient.ScoreBreakdown.ZERO); // the headline
      }
    }
    return new Analysis(document, detected, salience, features, scored, focusId, caseless);
  }

  /**
   * The feature rows of an analysed document for a summary under {@code budget}, for the sentence
   * model's trainer (see {@link SentenceFeatureRows}).
   */
  public double[][] featureRows(Analysis analysis, Budget budget) {
    return rows.of(analysis.document(), analysis.features(), analysis.salience(),
        expectedRatio(analysis.features(), budget), !analysis.caseless());
  }

  /**
   * The share of the body sentences a summary under {@code budget} is expected to keep, k / n:
   * the sentence cap, or for word and character caps the number of average-length sentences that
   * fit.
   */
  static double expectedRatio(List<SentenceFeatures> features, Budget budget) {
    int body = 0;
    long words = 0;
    long chars = 0;
    for (SentenceFeatures f : features) {
      if (!f.headline()) {
        body++;
        words += f.wordCount();
        chars += f.charCount() + 1;
      }
    }
    if (body == 0) {
      return 0;
    }
    double k = budget.sentenceCap(body);
    if (budget.maxWords() != Budget.UNLIMITED) {
      k = Math.min(k, budget.maxWords() / Math.max(1.0, words / (double) body));
    }
    if (budget.maxChars() != Budget.UNLIMITED) {
      k = Math.min(k, budget.maxChars() / Math.max(1.0, chars / (double) body));
    }
    return Math.max(1, Math.min(body, k)) / body;
  }

  /** Chooses sentences of an analysed document under {@code budget}. */
  public Selection select(Analysis analysis, Budget budget) {
    return selector.select(analysis.features(), analysis.scored(), analysis.salience(), budget);
  }

  private int focusId(List<DetectedEntity> detected, String focus) {
    if (focus == null) {
      return -1;
    }
    String wanted = focus.toLowerCase(java.util.Locale.ROOT);
    // "U.S.", "America" and "American" name the entity "United States"
    String canonical = detector.canonicalName(focus);
    for (int i = 0; i < detected.size(); i++) {
      DetectedEntity e = detected.get(i);
      if (e.name().toLowerCase(java.util.Locale.ROOT).equals(wanted) || e.name().equals(canonical)) {
        return i;
      }
      for (var m : e.mentions()) {
        if (m.surface().toLowerCase(java.util.Locale.ROOT).equals(wanted)) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "Pipeline[language=" + language.code() + ", dictionary=" + dictionary
        + (model != null ? ", model=" + model.version() : ", weights=" + weights) + "]";
  }
}
