package dev.salient.score;

import java.util.Objects;

/**
 * What the scorer knows of one sentence: the entities it mentions and its content words, as ids.
 *
 * <pre>{@code
 * List<SentenceFeatures> features = scorer.features(document, entities);
 * int shared = features.get(1).sharedWords(features.get(2)); // content words the two have in common
 * }</pre>
 *
 * <p>Immutable by contract and thread-safe: the arrays are not copied (this is per-sentence data on
 * the hot path) and must not be changed. Like any record holding arrays, {@code equals} compares
 * the arrays by identity.
 *
 * @param index sentence index in the document
 * @param entities distinct entity ids mentioned, ascending
 * @param words distinct content-word ids, ascending
 * @param wordCount number of words as {@link SentenceScorer#wordCount(String)} counts them (for
 *     word budgets)
 * @param charCount length of the sentence in characters (for character budgets)
 * @param headline true for the headline
 * @param dangling true when the sentence opens with a pronoun or connective that points back
 */
public record SentenceFeatures(
    int index,
    int[] entities,
    int[] words,
    int wordCount,
    int charCount,
    boolean headline,
    boolean dangling) {

  public SentenceFeatures {
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(words, "words");
  }

  /** The number of content words this sentence shares with {@code other}. */
  public int sharedWords(SentenceFeatures other) {
    return shared(words, other.words);
  }

  /** The number of ids two ascending id sets share. */
  static int shared(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }
}
