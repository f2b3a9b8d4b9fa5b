package dev.salient.pipeline;

import dev.salient.EntityDictionary;
import dev.salient.SentenceModel;
import dev.salient.lang.LanguageResources;
import dev.salient.score.ScoringWeights;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The pipelines of one set of options (dictionary, weights, model), one per language, built on first
 * use: a summarizer with a fixed language uses one, a summarizer that detects languages one per
 * language it meets. Variants of a summarizer that keep these options share the set. Thread-safe.
 */
public final class Pipelines {
  private final EntityDictionary dictionary;
  private final ScoringWeights weights;
  private final SentenceModel model;
  private final ConcurrentMap<String, Pipeline> byLanguage = new ConcurrentHashMap<>();

  public Pipelines(EntityDictionary dictionary, ScoringWeights weights, SentenceModel model) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.weights = Objects.requireNonNull(weights, "weights");
    this.model = model;
  }

  /** The pipeline of {@code language}, built on first use (at most 9 languages, so never evicted). */
  public Pipeline get(LanguageResources language) {
    Pipeline pipeline = byLanguage.get(language.code());
    if (pipeline == null) {
      pipeline = byLanguage.computeIfAbsent(
          language.code(), c -> new Pipeline(language, dictionary, weights, model));
    }
    return pipeline;
  }

  /** True when this set was built for these options, so that a summarizer may share it. */
  public boolean isFor(EntityDictionary dictionary, ScoringWeights weights, SentenceModel model) {
    return this.dictionary.equals(dictionary) && this.weights.equals(weights)
        && Objects.equals(this.model, model);
  }

  public ScoringWeights weights() {
    return weights;
  }

  /** The sentence model, or null when the hand weights score sentences. */
  public SentenceModel model() {
    return model;
  }
}
