package dev.salient.spark;

import dev.salient.Budget;
import dev.salient.Order;
import dev.salient.Summarizer;
import java.io.Serializable;
import java.util.Objects;

/**
 * The options of {@link SalientSpark#summarize(org.apache.spark.sql.Dataset, SparkOptions)}: the
 * {@link Summarizer} options each executor builds its summarizer with, and how many entities each
 * output row keeps.
 *
 * <pre>{@code
 * SparkOptions options = SparkOptions.defaults().maxSentences(2).topEntities(5).maxInputChars(200_000);
 * }</pre>
 *
 * <p>An immutable value: each "setter" returns a copy, and checks its value at once (the caps by
 * {@link Budget}, the one place budgets are checked). It is what the task closure carries to the
 * executors (a few bytes); the {@link Summarizer} itself is never serialized, each executor JVM
 * builds one per distinct options value on first use.
 *
 * @param maxSentences at most this many sentences per summary (default 3): positive, or
 *     {@link Budget#UNLIMITED}
 * @param ratio at most this share of an article's sentences, in (0, 1]; 1 for no ratio cap
 * @param maxWords at most this many words: positive, or {@link Budget#UNLIMITED}
 * @param maxChars at most this many characters: positive, or {@link Budget#UNLIMITED}
 * @param order the order of the chosen sentences (default document order)
 * @param maxInputChars longer text or html gives an error row (default
 *     {@value Summarizer#DEFAULT_MAX_INPUT_CHARS})
 * @param topEntities the entities kept per row, most salient first (default 10); 0 keeps all
 */
public record SparkOptions(
    int maxSentences,
    double ratio,
    int maxWords,
    int maxChars,
    Order order,
    int maxInputChars,
    int topEntities)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest per-row {@code sentences} value accepted. */
  public static final int MAX_SENTENCES_PER_ROW = 100;

  /** Checks every option. */
  public SparkOptions {
    Objects.requireNonNull(order, "order");
    new Budget(maxSentences, ratio, maxWords, maxChars); // throws, naming the cap and the value
    if (maxInputChars < 1) {
      throw new IllegalArgumentException("maxInputChars must be positive: maxInputChars=" + maxInputChars);
    }
    if (topEntities < 0) {
      throw new IllegalArgumentException("topEntities must not be negative: topEntities=" + topEntities);
    }
  }

  /** 3 sentences in document order, 10 entities, the default input limit. */
  public static SparkOptions defaults() {
    Budget b = Budget.DEFAULT;
    return new SparkOptions(b.maxSentences(), b.ratio(), b.maxWords(), b.maxChars(), Order.DOCUMENT,
        Summarizer.DEFAULT_MAX_INPUT_CHARS, 10);
  }

  public SparkOptions maxSentences(int n) {
    return new SparkOptions(n, ratio, maxWords, maxChars, order, maxInputChars, topEntities);
  }

  public SparkOptions ratio(double r) {
    return new SparkOptions(maxSentences, r, maxWords, maxChars, order, maxInputChars, topEntities);
  }

  public SparkOptions maxWords(int n) {
    return new SparkOptions(maxSentences, ratio, n, maxChars, order, maxInputChars, topEntities);
  }

  public SparkOptions maxChars(int n) {
    return new SparkOptions(maxSentences, ratio, maxWords, n, order, maxInputChars, topEntities);
  }

  public SparkOptions order(Order o) {
    return new SparkOptions(maxSentences, ratio, maxWords, maxChars, o, maxInputChars, topEntities);
  }

  public SparkOptions maxInputChars(int n) {
    return new SparkOptions(maxSentences, ratio, maxWords, maxChars, order, n, topEntities);
  }

  public SparkOptions topEntities(int n) {
    return new SparkOptions(maxSentences, ratio, maxWords, maxChars, order, maxInputChars, n);
  }

  /** The length caps. */
  public Budget budget() {
    return new Budget(maxSentences, ratio, maxWords, maxChars);
  }

  /** The summarizer builder these options describe (what each executor builds, once). */
  public Summarizer.Builder toSummarizerBuilder() {
    return Summarizer.builder().budget(budget()).order(order).maxInputChars(maxInputChars);
  }
}
