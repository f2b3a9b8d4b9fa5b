package dev.salient.select;

/**
 * Hard caps on a summary's length. A cap of 0 (or ratio 0) means "no cap of this kind".
 *
 * @param maxSentences at most this many sentences
 * @param ratio at most this share of the article's sentences (rounded up, at least 1)
 * @param maxWords at most this many words
 * @param maxChars at most this many characters (sentences joined by one space)
 */
public record Budget(int maxSentences, double ratio, int maxWords, int maxChars) {

  /** The sentence cap for an article of {@code sentences} sentences. */
  public int sentenceCap(int sentences) {
    int cap = maxSentences > 0 ? maxSentences : Integer.MAX_VALUE;
    if (ratio > 0) {
      cap = Math.min(cap, Math.max(1, (int) Math.ceil(ratio * sentences)));
    }
    return cap;
  }
}
