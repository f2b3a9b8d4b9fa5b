package dev.salient.score;

import dev.salient.ScoreBreakdown;
import java.util.Objects;

/**
 * A sentence's stand-alone score (before selection), with its parts.
 *
 * <pre>{@code
 * ScoredSentence[] scored = scorer.score(features, salience, -1);
 * double lead = scored[1].breakdown().position();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param index sentence index in the document
 * @param breakdown the parts; {@code breakdown.total()} is the score
 */
public record ScoredSentence(int index, ScoreBreakdown breakdown) {
  public ScoredSentence {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: index=" + index);
    }
    Objects.requireNonNull(breakdown, "breakdown");
  }

  /** The score: the sum of the breakdown's parts. */
  public double score() {
    return breakdown.total();
  }
}
