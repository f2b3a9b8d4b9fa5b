package dev.salient.select;

import dev.salient.ScoreBreakdown;
import java.util.List;

/**
 * The sentences chosen for a summary, in the order they were chosen.
 *
 * @param indices sentence indices, in the order chosen
 * @param breakdowns the score of each when it was chosen (marginal gain), same order
 * @param emptyReason why nothing was chosen, or null
 */
public record Selection(List<Integer> indices, List<ScoreBreakdown> breakdowns, String emptyReason) {
  public Selection {
    indices = List.copyOf(indices);
    breakdowns = List.copyOf(breakdowns);
  }
}
