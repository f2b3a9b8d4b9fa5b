package dev.salient;

/**
 * The order of a summary's sentences.
 *
 * <pre>{@code
 * Summarizer bestFirst = Summarizer.builder().order(Order.SCORE).build();
 * }</pre>
 *
 * <p>Thread-safe, like every enum.
 */
public enum Order {
  /** As they stand in the article (the default). */
  DOCUMENT,
  /** Best first. */
  SCORE
}
