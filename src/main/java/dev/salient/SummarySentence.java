package dev.salient;

import java.util.Objects;

/**
 * A sentence of the article, as chosen for (or ranked by) a {@link Summary}.
 *
 * <p>{@code source.substring(start(), end())} is the sentence exactly as it stood in the text that
 * was summarized ({@link Summary#source()}: the caller's input, or for HTML the extracted text);
 * {@link #text()} is the same sentence cleaned (words broken by stray hyphens repaired, quotes and
 * spaces normalized).
 *
 * @param index the sentence's number in the article, from 0
 * @param start offset of the first character in the source, inclusive
 * @param end offset after the last character in the source, exclusive
 * @param text the cleaned sentence
 * @param score the sentence's score when it was chosen
 * @param breakdown the parts of the score
 */
public record SummarySentence(
    int index, int start, int end, String text, double score, ScoreBreakdown breakdown) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(breakdown, "breakdown");
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: index=" + index);
    }
    if (start < 0) {
      throw new IllegalArgumentException("start index must not be negative: start=" + start);
    }
    if (start > end) {
      throw new IllegalArgumentException(
          "start index must not be larger than end index: start=" + start + ", end=" + end);
    }
  }
}
