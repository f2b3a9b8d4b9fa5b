package dev.salient;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the article, with its score, and whether and why the {@link Summary} chose it.
 * There is one record per sentence: a chosen sentence is the same (equal) record in
 * {@link Summary#sentences()} and in {@link Summary#rankedSentences()}.
 *
 * <p>{@code source.substring(start(), end())} is the sentence exactly as it stood in the text that
 * was summarized ({@link Summary#source()}: the caller's input, or for HTML the extracted text);
 * {@link #text()} is the same sentence cleaned (words broken by stray hyphens repaired, quotes and
 * spaces normalized).
 *
 * <pre>{@code
 * for (SummarySentence s : summary.rankedSentences()) {
 *   String asWritten = summary.source().substring(s.start(), s.end());
 *   System.out.printf("%.3f %s %s%n", s.score(), s.chosen() ? "*" : " ", asWritten);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the sentence's number in the article, from 0
 * @param start offset of the first character in the source, inclusive
 * @param end offset after the last character in the source, exclusive
 * @param text the cleaned sentence
 * @param entities the names of the entities it mentions ({@link Entity#name()}), most salient first
 * @param score its stand-alone score, which ranks the sentences; equal to {@code breakdown.total()}
 * @param breakdown the parts of the stand-alone score
 * @param chosen whether the summary chose it
 * @param gain for a chosen sentence, what it added to the summary when it was chosen (its score
 *     less redundancy with the sentences chosen before it, with diminishing returns for entities
 *     already covered); 0 for a sentence that was not chosen
 */
public record SummarySentence(
    int index,
    int start,
    int end,
    String text,
    List<String> entities,
    double score,
    ScoreBreakdown breakdown,
    boolean chosen,
    double gain) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
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
    if (!chosen && gain != 0) {
      throw new IllegalArgumentException("a sentence that was not chosen has no gain: gain=" + gain);
    }
  }
}
