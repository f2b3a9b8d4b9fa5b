package dev.salient;

import dev.salient.clean.CleanedText;
import dev.salient.entity.DetectedEntity;
import dev.salient.entity.EntityMention;
import dev.salient.lang.LanguageGuesser;
import dev.salient.lang.LanguageResources;
import dev.salient.pipeline.Pipeline;
import dev.salient.pipeline.Pipelines;
import dev.salient.score.ScoredSentence;
import dev.salient.score.ScoringWeights;
import dev.salient.select.Selection;
import dev.salient.split.Document;
import dev.salient.split.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
  /** The default cap on input length, in characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 10_000_000;

  private final Budget budget;
  private final Order order;
  private final String focus;
  private final int maxInputChars;
  private final Language language;
  private final EntityDictionary dictionary;
  /** Shared with every variant made by toBuilder() that keeps dictionary, weights and model. */
  private final Pipelines pipelines;
  /** The resources of the fixed language, or null for {@link Language#AUTO}. */
  private final LanguageResources fixed;

  private Summarizer(Builder b, Pipelines pipelines) {
    this.budget = b.budget();
    this.order = b.order;
    this.focus = b.focus;
    this.maxInputChars = b.maxInputChars;
    this.language = b.language;
    this.dictionary = b.dictionary;
    this.pipelines = pipelines;
    this.fixed = b.language == Language.AUTO ? null : LanguageResources.of(b.language.code());
  }

  /** A builder with the default options (3 sentences, document order, English). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this summarizer's options, to derive a variant. A variant with the same
   * language, entity dictionary and scoring weights shares this summarizer's loaded pipeline and
   * caches, so deriving one per request costs little.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.budget = budget;
    b.order = order;
    b.focus = focus;
    b.maxInputChars = maxInputChars;
    b.weights = pipelines.weights();
    b.model = pipelines.model();
    b.language = language;
    b.dictionary = dictionary;
    b.source = pipelines;
    return b;
  }

  /** The loaded stages of the fixed language (English for AUTO), for tests in this package. */
  Pipeline pipeline() {
    return pipelines.get(fixed != null ? fixed : LanguageResources.ENGLISH);
  }

  /** The language of this summarizer's summaries: {@link Language#AUTO} when it detects them. */
  public Language language() {
    return language;
  }

  /** Summarizes non-blank {@code text} with the pipeline of its language (detected for AUTO). */
  private Summary summarizeText(String text) {
    if (fixed != null) {
      Pipeline pipeline = pipelines.get(fixed);
      return summarizeCleaned(pipeline, pipeline.clean(text), DetectedLanguage.fixed(language));
    }
    LanguageGuesser.Guess guess = LanguageGuesser.guess(text);
    DetectedLanguage used = new DetectedLanguage(
        Language.forCode(guess.resources().code()), guess.code(), guess.confidence(), true);
    Pipeline pipeline = pipelines.get(guess.resources());
    return summarizeCleaned(pipeline, pipeline.clean(text), used);
  }

  private DetectedLanguage unknownLanguage() {
    return fixed != null
        ? DetectedLanguage.fixed(language)
        : new DetectedLanguage(Language.NEUTRAL, LanguageResources.NEUTRAL_CODE, 0, true);
  }

  /** The length caps of this summarizer's summaries. */
  public Budget budget() {
    return budget;
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
      return Summary.empty(text, EmptyReason.BLANK_TEXT).withLanguage(unknownLanguage());
    }
    return summarizeText(text);
  }

  /**
   * Summarizes the article of a whole news page: its title and body text are extracted (no
   * navigation, scripts, menus, footers, comments, cookie banners or related-story lists), then
   * summarized like {@link #summarize(String)}. The summary's {@link Summary#source()} is the
   * extracted text, and all offsets point into it; {@link Summary#page()} holds the page's metadata
   * and maps those offsets back into {@code html} ({@code page.sourceStart(sentence.start())}).
   *
   * @throws NullPointerException if html is null
   * @throws IllegalArgumentException if html is longer than the input limit
   */
  public Summary summarizeHtml(String html) {
    Objects.requireNonNull(html, "html");
    if (html.length() > maxInputChars) {
      throw new IllegalArgumentException(
          "html is too long: length=" + html.length() + ", maxInputChars=" + maxInputChars);
    }
    Page page = Pipeline.extractPageOf(html);
    String text = page.text();
    if (text.isBlank()) {
      return Summary.empty(text, EmptyReason.NO_ARTICLE_TEXT).withPage(page).withLanguage(unknownLanguage());
    }
    return summarizeText(text).withPage(page);
  }

  private Summary summarizeCleaned(Pipeline pipeline, CleanedText cleaned, DetectedLanguage used) {
    String source = cleaned.original();
    Pipeline.Analysis analysis = pipeline.analyze(cleaned, focus, budget);
    Document document = analysis.document();
    ScoredSentence[] scored = analysis.scored();
    Selection selection = pipeline.select(analysis, budget);
    // entity ids by salience, once: the order of Summary.entities() and of each sentence's names
    Integer[] bySalience = bySalience(analysis.salience());
    int[] rank = new int[bySalience.length];
    for (int r = 0; r < bySalience.length; r++) {
      rank[bySalience[r]] = r;
    }
    List<Entity> entities = entities(cleaned, analysis.entities(), analysis.salience(), bySalience);

    double[] gainByIndex = new double[scored.length];
    boolean[] chosenByIndex = new boolean[scored.length];
    for (int k = 0; k < selection.indices().size(); k++) {
      int i = selection.indices().get(k);
      chosenByIndex[i] = true;
      gainByIndex[i] = selection.breakdowns().get(k).total();
    }
    // every body sentence once, with its stand-alone score; the chosen ones are the same records
    SummarySentence[] byIndex = new SummarySentence[scored.length];
    List<SummarySentence> ranked = new ArrayList<>(scored.length);
    List<TextSpan> headline = new ArrayList<>(2);
    for (ScoredSentence s : scored) {
      int i = s.index();
      Sentence sentence = document.sentences().get(i);
      if (sentence.headline()) {
        headline.add(
            new TextSpan(
                cleaned.toOriginalStart(sentence.start()),
                cleaned.toOriginalEnd(sentence.end()),
                document.sentenceText(i)));
        continue;
      }
      int[] ids = analysis.features().get(i).entities();
      int[] ranks = new int[ids.length];
      for (int j = 0; j < ids.length; j++) {
        ranks[j] = rank[ids[j]];
      }
      Arrays.sort(ranks);
      List<String> names = new ArrayList<>(ids.length);
      for (int r : ranks) {
        names.add(entities.get(r).name());
      }
      byIndex[i] =
          new SummarySentence(
              i,
              cleaned.toOriginalStart(sentence.start()),
              cleaned.toOriginalEnd(sentence.end()),
              document.sentenceText(i),
              names,
              s.score(),
              s.breakdown(),
              chosenByIndex[i],
              gainByIndex[i]);
      ranked.add(byIndex[i]);
    }
    ranked.sort(
        Comparator.comparingDouble(SummarySentence::score)
            .reversed()
            .thenComparingInt(SummarySentence::index));

    List<SummarySentence> chosen = new ArrayList<>(selection.indices().size());
    for (int i : selection.indices()) {
      chosen.add(byIndex[i]);
    }
    if (order == Order.DOCUMENT) {
      chosen.sort(Comparator.comparingInt(SummarySentence::index));
    }
    Optional<Entity> focusEntity = Optional.empty();
    if (analysis.focusId() >= 0) {
      String name = analysis.entities().get(analysis.focusId()).name();
      focusEntity = entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }
    return new Summary(
        source, headline, chosen, ranked, entities, focus, focusEntity, selection.emptyReason(),
        Optional.empty(), used);
  }

  /** Entity ids, most salient first; ties by id. */
  private static Integer[] bySalience(double[] salience) {
    Integer[] order = new Integer[salience.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -salience[i]).thenComparingInt(i -> i));
    return order;
  }

  private static List<Entity> entities(
      CleanedText cleaned, List<DetectedEntity> detected, double[] salience, Integer[] order) {
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

  @Override
  public String toString() {
    return "Summarizer[" + budget + ", order=" + order + ", focus=" + focus + ", maxInputChars="
        + maxInputChars + ", language=" + language.code() + ", dictionary=" + dictionary
        + (pipelines.model() != null ? ", model=" + pipelines.model().version() : ", weights=" + pipelines.weights())
        + "]";
  }

  /**
   * Options of a {@link Summarizer}. Each setter checks its value at once and throws
   * {@link IllegalArgumentException} naming the option and the value. Not thread-safe; the
   * summarizer it builds is.
   *
   * <p>Budgets: with none set, a summary has at most 3 sentences. Once any budget is set, only
   * the budgets set apply: {@code maxWords(60)} alone gives as many sentences as fit in 60 words.
   * {@link Budget#UNLIMITED} lifts a cap explicitly.
   */
  public static final class Builder {
    /** null until a budget option is set: then the default (3 sentences) no longer applies */
    private Budget budget;
    private Order order = Order.DOCUMENT;
    private String focus;
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private ScoringWeights weights = ScoringWeights.DEFAULT;
    private SentenceModel model = SentenceModel.shipped();
    private Language language = Language.ENGLISH;
    private EntityDictionary dictionary = EntityDictionary.EMPTY;
    /** the pipelines of the summarizer this builder came from, if any */
    private Pipelines source;

    private Builder() {}

    private Budget budget() {
      return budget == null ? Budget.DEFAULT : budget;
    }

    private Budget budgetSoFar() {
      return budget == null ? Budget.UNCAPPED : budget;
    }

    /** At most {@code n} sentences (positive, or {@link Budget#UNLIMITED}); default 3 when no budget is set. */
    public Builder maxSentences(int n) {
      this.budget = budgetSoFar().withMaxSentences(n);
      return this;
    }

    /** At most this share of the article's sentences, rounded up, at least 1: in (0, 1]. */
    public Builder ratio(double r) {
      this.budget = budgetSoFar().withRatio(r);
      return this;
    }

    /** At most {@code n} words (positive, or {@link Budget#UNLIMITED}). */
    public Builder maxWords(int n) {
      this.budget = budgetSoFar().withMaxWords(n);
      return this;
    }

    /** At most {@code n} characters of {@link Summary#text()} (positive, or {@link Budget#UNLIMITED}). */
    public Builder maxChars(int n) {
      this.budget = budgetSoFar().withMaxChars(n);
      return this;
    }

    /** All length caps at once; replaces any set before. */
    public Builder budget(Budget budget) {
      this.budget = Objects.requireNonNull(budget, "budget");
      return this;
    }

    /** The order of the chosen sentences (default {@link Order#DOCUMENT}). */
    public Builder order(Order order) {
      this.order = Objects.requireNonNull(order, "order");
      return this;
    }

    /**
     * Favour sentences about this entity (by name or any alias); null for none. A focus that
     * matches no entity of an article is reported by {@link Summary#focusMatched()}.
     *
     * @throws IllegalArgumentException if the name has no letter or digit
     */
    public Builder focus(String entity) {
      if (entity != null && entity.codePoints().noneMatch(Character::isLetterOrDigit)) {
        throw new IllegalArgumentException("focus must name an entity: focus=\"" + entity + "\"");
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

    /**
     * Advanced: score sentences by these hand weights instead of the learned
     * {@link SentenceModel} (the weighted sum Salient used before 0.2).
     */
    public Builder scoringWeights(ScoringWeights weights) {
      this.weights = Objects.requireNonNull(weights, "weights");
      this.model = null;
      return this;
    }

    /**
     * The learned sentence model that scores sentences (default {@link SentenceModel#shipped()});
     * replaces hand weights set by {@link #scoringWeights}.
     */
    public Builder sentenceModel(SentenceModel model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * The language of the articles (default {@link Language#ENGLISH}), or {@link Language#AUTO}
     * to detect each article's language, which costs a little (see the benchmarks) and needs
     * {@code dev.salient:salient-langdetect} on the classpath: {@link #build()} says so otherwise.
     */
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

    /**
     * An immutable, thread-safe summarizer with these options. With every budget set to
     * {@link Budget#UNLIMITED} (or ratio 1), a summary holds every sentence of the article.
     */
    public Summarizer build() {
      if (language == Language.AUTO && !LanguageGuesser.isAvailable()) {
        throw new IllegalStateException(
            "Language.AUTO needs OpenNLP's language-detection model: add the dependency "
                + "dev.salient:salient-langdetect (or org.apache.opennlp:opennlp-models-langdetect)");
      }
      Pipelines pipelines =
          source != null && source.isFor(dictionary, weights, model)
              ? source
              : new Pipelines(dictionary, weights, model);
      if (language == Language.AUTO) {
        // once per JVM, here rather than beside the first articles (about 0.3 s; the model keeps
        // about 9 MB of heap)
        LanguageGuesser.load();
      } else {
        pipelines.get(LanguageResources.of(language.code())); // loads its models in the background
      }
      return new Summarizer(this, pipelines);
    }
  }
}
