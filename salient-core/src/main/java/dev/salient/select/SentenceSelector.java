package dev.salient.select;

import dev.salient.Budget;
import dev.salient.EmptyReason;
import dev.salient.ScoreBreakdown;
import dev.salient.score.ScoredSentence;
import dev.salient.score.ScoringWeights;
import dev.salient.score.SentenceFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Chooses summary sentences greedily under a budget, by a coverage objective with diminishing
 * returns: an entity's salience counts fully for the first chosen sentence that mentions it and
 * only {@link ScoringWeights#repeatFactor()} of it after that; content-word overlap with chosen
 * sentences is penalized, and a near-duplicate of a chosen sentence is never chosen.
 *
 * <pre>{@code
 * SentenceSelector selector = new SentenceSelector(ScoringWeights.DEFAULT);
 * Selection selection = selector.select(features, scored, salience, Budget.DEFAULT);
 * }</pre>
 *
 * <p>Immutable and thread-safe: every call works on its own arrays. Deterministic: ties go to the
 * earlier sentence.
 */
public final class SentenceSelector {
  private final ScoringWeights weights;

  /** A selector with these weights (repeat factor, redundancy, near-duplicate threshold). */
  public SentenceSelector(ScoringWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /**
   * Chooses sentences greedily under {@code budget}.
   *
   * @param features every sentence's features, by sentence index
   * @param scored every sentence's stand-alone score, by sentence index
   * @param salience every entity's salience, by entity id
   * @return the chosen sentences in the order chosen, or none with the reason
   */
  public Selection select(
      List<SentenceFeatures> features, ScoredSentence[] scored, double[] salience, Budget budget) {
    int n = features.size();
    int candidates = 0;
    for (SentenceFeatures f : features) {
      if (!f.headline()) {
        candidates++;
      }
    }
    if (candidates == 0) {
      return new Selection(List.of(), List.of(), EmptyReason.NO_SENTENCES);
    }
    int cap = budget.sentenceCap(candidates);
    boolean[] covered = new boolean[salience.length];
    boolean[] chosen = new boolean[n];
    List<SentenceFeatures> chosenFeatures = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    List<ScoreBreakdown> breakdowns = new ArrayList<>();
    int words = 0;
    int chars = 0;
    boolean anyFits = false;
    while (indices.size() < cap) {
      int best = -1;
      double bestGain = Double.NEGATIVE_INFINITY;
      ScoreBreakdown bestBreakdown = null;
      for (int i = 0; i < n; i++) {
        SentenceFeatures f = features.get(i);
        if (chosen[i] || f.headline()) {
          continue;
        }
        if (!fits(budget, words, chars, indices.isEmpty(), f)) {
          continue;
        }
        anyFits = true;
        double overlap = 0;
        for (SentenceFeatures other : chosenFeatures) {
          overlap = Math.max(overlap, overlap(f, other));
        }
        if (overlap >= weights.duplicateThreshold()) {
          continue;
        }
        ScoreBreakdown base = scored[i].breakdown();
        double coverage = 0;
        for (int e : f.entities()) {
          coverage += covered[e] ? weights.repeatFactor() * salience[e] : salience[e];
        }
        double coherence = base.coherence();
        if (f.dangling() && i > 0 && chosen[i - 1]) {
          coherence += weights.dangling(); // its antecedent is in the summary
        }
        double salienceGain = weights.salience() * coverage;
        double redundancy = overlap == 0 ? 0 : -weights.redundancy() * overlap; // not -0.0
        // the same sum, in the same order, as ScoreBreakdown.total(); the breakdown itself is
        // made only for a new best
        double value =
            salienceGain + base.position() + base.content() + base.length() + redundancy
                + coherence + base.focus();
        if (budget.maxWords() != Budget.UNLIMITED || budget.maxChars() != Budget.UNLIMITED) {
          // budgeted greedy (Lin and Bilmes 2010): gain per unit of cost, scaled
          value = value / Math.sqrt(Math.max(1, f.wordCount()) / 20.0);
        }
        if (value > bestGain) {
          bestGain = value;
          best = i;
          bestBreakdown =
              new ScoreBreakdown(
                  salienceGain,
                  base.position(),
                  base.content(),
                  base.length(),
                  redundancy,
                  coherence,
                  base.focus());
        }
      }
      if (best < 0) {
        break;
      }
      SentenceFeatures f = features.get(best);
      chosen[best] = true;
      chosenFeatures.add(f);
      for (int e : f.entities()) {
        covered[e] = true;
      }
      words += f.wordCount();
      chars += f.charCount() + (indices.isEmpty() ? 0 : 1);
      indices.add(best);
      breakdowns.add(bestBreakdown);
    }
    EmptyReason reason = null;
    if (indices.isEmpty()) {
      reason = anyFits ? EmptyReason.NO_SENTENCES : EmptyReason.NOTHING_FITS_BUDGET;
    }
    return new Selection(indices, breakdowns, reason);
  }

  private static boolean fits(Budget budget, int words, int chars, boolean first, SentenceFeatures f) {
    return budget.fitsWords((long) words + f.wordCount())
        && budget.fitsChars((long) chars + f.charCount() + (first ? 0 : 1));
  }

  /** The content words two sentences share, relative to the sentence with fewer. */
  static double overlap(SentenceFeatures a, SentenceFeatures b) {
    int smaller = Math.min(a.words().length, b.words().length);
    return smaller == 0 ? 0 : a.sharedWords(b) / (double) smaller;
  }
}
