package dev.salient.select;

/**
 * Hard caps on a summary's length. A cap of 0 (or ratio 0) means "no cap of this kind".
 *
 * <pre>{@code
 * Budget budget = new Budget(0, 0, 60, 0); // at most 60 words, any number of sentences
 * Selection selection = selector.select(features, scored, salience, budget);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxSentences at most this many sentences, not negative
 * @param ratio at most this share of the article's sentences (rounded up, at least 1), in 0..1
 * @param maxWords at most this many words, not negative
 * @param maxChars at most this many characters (sentences joined by one space), not negative
 */
public record Budget(int maxSentences, double ratio, int maxWords, int maxChars) {

  public Budget {
    if (maxSentences < 0) {
      throw new IllegalArgumentException("maxSentences must not be negative: maxSentences=" + maxSentences);
    }
    if (!(ratio >= 0.0 && ratio <= 1.0)) {
      throw new IllegalArgumentException("ratio must be in 0..1: ratio=" + ratio);
    }
    if (maxWords < 0) {
      throw new IllegalArgumentException("maxWords must not be negative: maxWords=" + maxWords);
    }
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars must not be negative: maxChars=" + maxChars);
    }
  }

  /** The sentence cap for an article of {@code sentences} sentences. */
  public int sentenceCap(int sentences) {
    int cap = maxSentences > 0 ? maxSentences : Integer.MAX_VALUE;
    if (ratio > 0) {
      cap = Math.min(cap, Math.max(1, (int) Math.ceil(ratio * sentences)));
    }
    return cap;
  }
}
