package dev.salient.score;

import dev.salient.ScoreBreakdown;

/**
 * A sentence's stand-alone score (before selection), with its parts.
 *
 * @param index sentence index in the document
 * @param breakdown the parts; {@code breakdown.total()} is the score
 */
public record ScoredSentence(int index, ScoreBreakdown breakdown) {
  public double score() {
    return breakdown.total();
  }
}
