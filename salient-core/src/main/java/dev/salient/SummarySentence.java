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
 * <pre>{@code
 * for (SummarySentence s : summary.rankedSentences()) {
 *   String asWritten = summary.source().substring(s.start(), s.end());
 *   System.out.printf("%.3f %s (lead %.2f)%n", s.score(), asWritten, s.breakdown().position());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the sentence's number in the article, from 0
 * @param start offset of the first character in the source, inclusive
 * @param end offset after the last character in the source, exclusive
 * @param text the cleaned sentence
 * @param score the sentence's score: for a chosen sentence its gain when it was chosen, for a
 *     ranked one its stand-alone score; equal to {@code breakdown.total()} for the summaries
 *     Salient makes
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
