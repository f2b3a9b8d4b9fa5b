package dev.salient;

/**
 * Hard caps on a summary's length; every cap holds at once. {@link #UNLIMITED} (or ratio 1) means
 * "no cap of this kind".
 *
 * <pre>{@code
 * Budget budget = Budget.UNCAPPED.withMaxWords(60); // at most 60 words, any number of sentences
 * Summarizer summarizer = Summarizer.builder().maxWords(60).build(); // the same budget
 * }</pre>
 *
 * <p>This record is the one place budgets are checked: a value out of range throws
 * {@link IllegalArgumentException} naming the option and the value. Immutable and thread-safe.
 *
 * @param maxSentences at most this many sentences: positive, or {@link #UNLIMITED}
 * @param ratio at most this share of the article's sentences (rounded up, at least 1), in (0, 1];
 *     1 for no ratio cap
 * @param maxWords at most this many words (a word is a run of non-space characters holding a
 *     letter or digit): positive, or {@link #UNLIMITED}
 * @param maxChars at most this many characters of {@link Summary#text()}: positive, or
 *     {@link #UNLIMITED}
 */
public record Budget(int maxSentences, double ratio, int maxWords, int maxChars) {
  /** No cap of this kind. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /** No cap at all: not a valid budget for a summarizer by itself, a start for the {@code with} methods. */
  public static final Budget UNCAPPED = new Budget(UNLIMITED, 1.0, UNLIMITED, UNLIMITED);

  /** The default: 3 sentences. */
  public static final Budget DEFAULT = UNCAPPED.withMaxSentences(3);

  /** Ratios are rounded to this many decimal places before rounding up, so 0.28 × 25 is 7. */
  private static final double RATIO_PRECISION = 1e9;

  public Budget {
    checkCap("maxSentences", maxSentences);
    if (!(ratio > 0.0 && ratio <= 1.0)) {
      throw new IllegalArgumentException("ratio must be in (0, 1]: ratio=" + ratio);
    }
    checkCap("maxWords", maxWords);
    checkCap("maxChars", maxChars);
  }

  private static void checkCap(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          name + " must be positive or Budget.UNLIMITED: " + name + "=" + value);
    }
  }

  public Budget withMaxSentences(int n) {
    return new Budget(n, ratio, maxWords, maxChars);
  }

  public Budget withRatio(double r) {
    return new Budget(maxSentences, r, maxWords, maxChars);
  }

  public Budget withMaxWords(int n) {
    return new Budget(maxSentences, ratio, n, maxChars);
  }

  public Budget withMaxChars(int n) {
    return new Budget(maxSentences, ratio, maxWords, n);
  }

  /** True when no cap is set: every sentence would be chosen. */
  public boolean isUncapped() {
    return maxSentences == UNLIMITED && ratio == 1.0 && maxWords == UNLIMITED && maxChars == UNLIMITED;
  }

  /** True when {@code words} words stay within the word cap. */
  public boolean fitsWords(long words) {
    return words <= maxWords;
  }

  /** True when {@code chars} characters stay within the character cap. */
  public boolean fitsChars(long chars) {
    return chars <= maxChars;
  }

  /** The sentence cap for an article of {@code sentences} sentences: at least 1 when there are any. */
  public int sentenceCap(int sentences) {
    int cap = maxSentences;
    if (ratio < 1.0) {
      // round away the double error first: 0.28 * 25 is 7.000000000000001, which must give 7
      double share = Math.round(ratio * sentences * RATIO_PRECISION) / RATIO_PRECISION;
      cap = Math.min(cap, Math.max(1, (int) Math.ceil(share)));
    }
    return cap;
  }

  @Override
  public String toString() {
    return "Budget[maxSentences=" + cap(maxSentences) + ", ratio=" + ratio + ", maxWords="
        + cap(maxWords) + ", maxChars=" + cap(maxChars) + "]";
  }

  private static String cap(int value) {
    return value == UNLIMITED ? "UNLIMITED" : Integer.toString(value);
  }
}
