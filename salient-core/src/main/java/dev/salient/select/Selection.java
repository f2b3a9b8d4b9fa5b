package dev.salient.select;

import dev.salient.EmptyReason;
import dev.salient.ScoreBreakdown;
import java.util.List;
import java.util.Objects;

/**
 * The sentences chosen for a summary, in the order they were chosen.
 *
 * <pre>{@code
 * Selection selection = selector.select(features, scored, salience, Budget.DEFAULT);
 * int first = selection.indices().get(0); // the sentence chosen first
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param indices sentence indices, in the order chosen
 * @param breakdowns the score of each when it was chosen (marginal gain), same order
 * @param emptyReason why nothing was chosen; set exactly when {@code indices} is empty
 */
public record Selection(List<Integer> indices, List<ScoreBreakdown> breakdowns, EmptyReason emptyReason) {
  public Selection {
    indices = List.copyOf(Objects.requireNonNull(indices, "indices"));
    breakdowns = List.copyOf(Objects.requireNonNull(breakdowns, "breakdowns"));
    if (indices.size() != breakdowns.size()) {
      throw new IllegalArgumentException(
          "one breakdown per index: indices=" + indices.size() + ", breakdowns=" + breakdowns.size());
    }
    if (indices.isEmpty() == (emptyReason == null)) {
      throw new IllegalArgumentException(
          "emptyReason must be set exactly when nothing was chosen: indices=" + indices.size()
              + ", emptyReason=" + emptyReason);
    }
  }
}
