package dev.salient.score;

/**
 * What the scorer knows of one sentence: the entities it mentions and its content words, as ids.
 *
 * @param index sentence index in the document
 * @param entities distinct entity ids mentioned, ascending
 * @param words distinct content-word ids, ascending
 * @param wordCount number of word tokens (for word budgets)
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
    boolean dangling) {}
