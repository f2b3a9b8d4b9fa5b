package dev.salient;

import dev.salient.clean.CleanedText;
import dev.salient.clean.TextCleaner;
import dev.salient.entity.DetectedEntity;
import dev.salient.entity.EntityDetector;
import dev.salient.entity.EntityDictionary;
import dev.salient.entity.EntityMention;
import dev.salient.lang.Language;
import dev.salient.salience.SalienceModel;
import dev.salient.score.ScoredSentence;
import dev.salient.score.ScoringWeights;
import dev.salient.score.SentenceFeatures;
import dev.salient.score.SentenceScorer;
import dev.salient.select.Budget;
import dev.salient.select.Selection;
import dev.salient.select.SentenceSelector;
import dev.salient.split.Document;
import dev.salient.split.Sentence;
import dev.salient.split.SentenceSplitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a news article into an extractive summary: the sentences that carry its most salient
 * entities, with offsets into the input, and the article's entities ranked by salience.
 *
 * <pre>{@code
 * Summarizer summarizer = Summarizer.builder().maxSentences(2).build();
 * Summary summary = summarizer.summarize(article);
 * summary.sentences().forEach(s -> System.out.println(article.substring(s.start(), s.end())));
 * }</pre>
 *
 * <p>A {@code Summarizer} is immutable and thread-safe: build one and share it. Models are loaded
 * from the classpath once per JVM; nothing is downloaded.
 *
 * <p>Input rules: {@code null} text throws {@link NullPointerException}; blank text gives an empty
 * summary; text longer than {@link Builder#maxInputChars(int)} throws
 * {@link IllegalArgumentException} before any work is done.
 */
public final class Summarizer {
  /** Stateless and thread-safe; jsoup is only needed once it is used. */
  private static final dev.salient.clean.HtmlExtractor HTML = new dev.salient.clean.HtmlExtractor();

  /** The default cap on input length, in characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 10_000_000;

  private final int maxSentences;
  private final double ratio;
  private final int maxWords;
  private final int maxChars;
  private final Order order;
  private final String focus;
  private final int maxInputChars;
  private final ScoringWeights weights;
  private final Language language;
  private final EntityDictionary dictionary;

  private final TextCleaner cleaner;
  private final SentenceSplitter splitter;
  private final EntityDetector detector;
  private final SalienceModel salienceModel;
  private final SentenceScorer scorer;
  private final SentenceSelector selector;

  private Summarizer(Builder b) {
    this.maxSentences = b.maxSentences;
    this.ratio = b.ratio;
    this.maxWords = b.maxWords;
    this.maxChars = b.maxChars;
    this.order = b.order;
    this.focus = b.focus;
    this.maxInputChars = b.maxInputChars;
    this.weights = b.weights;
    this.language = b.language;
    this.dictionary = b.dictionary;
    // on first use, the OpenNLP models load on another thread while this one reads the word lists
    // (each is loaded once per JVM; the splitter waits for the models if they are still loading)
    language.startLoadingModels();
    this.cleaner = new TextCleaner(language);
    this.detector = new EntityDetector(language, dictionary);
    this.salienceModel = new SalienceModel();
    this.scorer = new SentenceScorer(language, weights);
    this.selector = new SentenceSelector(weights);
    this.splitter = new SentenceSplitter(language);
  }

  /** A builder with the default options (3 sentences, document order). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this summarizer's options, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxSentences = maxSentences;
    b.ratio = ratio;
    b.maxWords = maxWords;
    b.maxChars = maxChars;
    b.order = order;
    b.focus = focus;
    b.maxInputChars = maxInputChars;
    b.weights = weights;
    b.language = language;
    b.dictionary = dictionary;
    return b;
  }

  /**
   * Summarizes {@code text}.
   *
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if text is longer than the input limit
   */
  public Summary summarize(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxInputChars) {
      throw new IllegalArgumentException(
          "text is too long: length=" + text.length() + ", maxInputChars=" + maxInputChars);
    }
    if (text.isBlank()) {
      return Summary.empty(text, "the text is blank");
    }
    return summarizeCleaned(cleaner.clean(text));
  }

  /**
   * Summarizes the article of a whole news page: its title and body text are extracted (no
   * navigation, scripts, menus, footers, comments, cookie banners or related-story lists), then
   * summarized like {@link #summarize(String)}. The summary's {@link Summary#source()} is the
   * extracted text, and all offsets point into it.
   *
   * @throws NullPointerException if html is null
   * @throws IllegalArgumentException if html is longer than the input limit
   * @throws IllegalStateException if jsoup ({@code org.jsoup:jsoup}, an optional dependency) is not
   *     on the class path
   */
  public Summary summarizeHtml(String html) {
    Objects.requireNonNull(html, "html");
    if (html.length() > maxInputChars) {
      throw new IllegalArgumentException(
          "html is too long: length=" + html.length() + ", maxInputChars=" + maxInputChars);
    }
    String text = HTML.extract(html);
    if (text.isBlank()) {
      return Summary.empty(text, "the page has no article text");
    }
    return summarizeCleaned(cleaner.clean(text));
  }

  private Summary summarizeCleaned(CleanedText cleaned) {
    String source = cleaned.original();
    Document document = splitter.split(cleaned);
    List<DetectedEntity> detected = detector.detect(document);
    double[] salience = salienceModel.score(document, detected);
    List<SentenceFeatures> features = scorer.features(document, detected);
    int focusId = focusId(detected);
    ScoredSentence[] scored = scorer.score(features, salience, focusId);
    Selection selection =
        selector.select(features, scored, salience, new Budget(maxSentences, ratio, maxWords, maxChars));

    // every body sentence once, with its stand-alone score; the chosen ones reuse its offsets and
    // text with the marginal gain they were chosen for
    SummarySentence[] byIndex = new SummarySentence[scored.length];
    List<SummarySentence> ranked = new ArrayList<>(scored.length);
    for (ScoredSentence s : scored) {
      if (!document.sentences().get(s.index()).headline()) {
        byIndex[s.index()] = summarySentence(document, s.index(), s.breakdown());
        ranked.add(byIndex[s.index()]);
      }
    }
    ranked.sort(
        Comparator.comparingDouble(SummarySentence::score)
            .reversed()
            .thenComparingInt(SummarySentence::index));

    List<SummarySentence> chosen = new ArrayList<>(selection.indices().size());
    for (int k = 0; k < selection.indices().size(); k++) {
      SummarySentence s = byIndex[selection.indices().get(k)];
      ScoreBreakdown gain = selection.breakdowns().get(k);
      chosen.add(new SummarySentence(s.index(), s.start(), s.end(), s.text(), gain.total(), gain));
    }
    if (order == Order.DOCUMENT) {
      chosen.sort(Comparator.comparingInt(SummarySentence::index));
    }

    String headline = null;
    if (!document.sentences().isEmpty() && document.sentences().get(0).headline()) {
      headline = document.sentenceText(0);
    }
    return new Summary(
        source, headline, chosen, ranked, entities(cleaned, detected, salience), selection.emptyReason());
  }

  private SummarySentence summarySentence(Document document, int i, ScoreBreakdown breakdown) {
    Sentence s = document.sentences().get(i);
    CleanedText cleaned = document.cleaned();
    return new SummarySentence(
        i,
        cleaned.toOriginalStart(s.start()),
        cleaned.toOriginalEnd(s.end()),
        document.sentenceText(i),
        breakdown.total(),
        breakdown);
  }

  private static List<Entity> entities(
      CleanedText cleaned, List<DetectedEntity> detected, double[] salience) {
    Integer[] order = new Integer[detected.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -salience[i]).thenComparingInt(i -> i));
    List<Entity> entities = new ArrayList<>(order.length);
    for (int i : order) {
      DetectedEntity e = detected.get(i);
      List<Mention> mentions = new ArrayList<>(e.mentions().size());
      for (EntityMention m : e.mentions()) {
        mentions.add(
            new Mention(cleaned.toOriginalStart(m.start()), cleaned.toOriginalEnd(m.end()), m.surface()));
      }
      entities.add(new Entity(e.name(), e.type(), Math.min(1.0, Math.max(0.0, salience[i])), mentions));
    }
    return entities;
  }

  private int focusId(List<DetectedEntity> detected) {
    if (focus == null) {
      return -1;
    }
    String wanted = focus.toLowerCase(Locale.ROOT);
    // "U.S.", "America" and "American" name the entity "United States"
    String canonical = detector.canonicalName(focus);
    for (int i = 0; i < detected.size(); i++) {
      DetectedEntity e = detected.get(i);
      if (e.name().toLowerCase(Locale.ROOT).equals(wanted) || e.name().equals(canonical)) {
        return i;
      }
      for (EntityMention m : e.mentions()) {
        if (m.surface().toLowerCase(Locale.ROOT).equals(wanted)) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "Summarizer[maxSentences=" + maxSentences + ", ratio=" + ratio + ", maxWords=" + maxWords
        + ", maxChars=" + maxChars + ", order=" + order + ", focus=" + focus + ", maxInputChars="
        + maxInputChars + ", language=" + language.code() + ", weights=" + weights + "]";
  }

  /**
   * Options of a {@link Summarizer}. Each setter checks its value at once and throws
   * {@link IllegalArgumentException} naming the option and the value. Not thread-safe; the
   * summarizer it builds is.
   */
  public static final class Builder {
    private int maxSentences = 3;
    private double ratio;
    private int maxWords;
    private int maxChars;
    private Order order = Order.DOCUMENT;
    private String focus;
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private ScoringWeights weights = ScoringWeights.DEFAULT;
    private Language language = Language.ENGLISH;
    private EntityDictionary dictionary = EntityDictionary.EMPTY;

    private Builder() {}

    /** At most {@code n} sentences (default 3); 0 for no sentence cap. */
    public Builder maxSentences(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("maxSentences must not be negative: maxSentences=" + n);
      }
      this.maxSentences = n;
      return this;
    }

    /** At most this share of the article's sentences, in (0, 1]; 0 for no ratio cap. */
    public Builder ratio(double r) {
      if (!(r >= 0.0 && r <= 1.0)) {
        throw new IllegalArgumentException("ratio must be in 0..1: ratio=" + r);
      }
      this.ratio = r;
      return this;
    }

    /** At most {@code n} words; 0 for no word cap. */
    public Builder maxWords(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("maxWords must not be negative: maxWords=" + n);
      }
      this.maxWords = n;
      return this;
    }

    /** At most {@code n} characters (sentences joined by one space); 0 for no character cap. */
    public Builder maxChars(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("maxChars must not be negative: maxChars=" + n);
      }
      this.maxChars = n;
      return this;
    }

    /** The order of the chosen sentences (default {@link Order#DOCUMENT}). */
    public Builder order(Order order) {
      this.order = Objects.requireNonNull(order, "order");
      return this;
    }

    /** Favour sentences about this entity (by name or any alias); null for none. */
    public Builder focus(String entity) {
      if (entity != null && entity.isBlank()) {
        throw new IllegalArgumentException("focus must not be blank: focus=\"" + entity + "\"");
      }
      this.focus = entity == null ? null : entity.strip();
      return this;
    }

    /** Longer input is rejected (default {@value Summarizer#DEFAULT_MAX_INPUT_CHARS}). */
    public Builder maxInputChars(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxInputChars must be positive: maxInputChars=" + n);
      }
      this.maxInputChars = n;
      return this;
    }

    /** Advanced: the weights of sentence scoring and selection. */
    public Builder scoringWeights(ScoringWeights weights) {
      this.weights = Objects.requireNonNull(weights, "weights");
      return this;
    }

    /** The language of the articles (default English). */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * An entity the articles may name, with its type and other names: every alias found counts as
     * a mention of it ("SEC" for the Securities and Exchange Commission).
     *
     * @throws IllegalArgumentException if the name or an alias is blank
     */
    public Builder knownEntity(String name, EntityType type, String... aliases) {
      this.dictionary = dictionary.with(name, type, aliases);
      return this;
    }

    /** Known entities (see {@link #knownEntity}); replaces any added before. */
    public Builder entityDictionary(EntityDictionary dictionary) {
      this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
      return this;
    }

    /** An immutable, thread-safe summarizer with these options. */
    public Summarizer build() {
      if (maxSentences == 0 && ratio == 0 && maxWords == 0 && maxChars == 0) {
        throw new IllegalArgumentException(
            "at least one budget must be set: maxSentences=0, ratio=0.0, maxWords=0, maxChars=0");
      }
      return new Summarizer(this);
    }
  }
}
