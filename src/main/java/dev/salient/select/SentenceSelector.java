package dev.salient.select;

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
 * sentences is penalized, and a near-duplicate of a chosen sentence is never chosen. Thread-safe.
 */
public final class SentenceSelector {
  private final ScoringWeights weights;

  public SentenceSelector(ScoringWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

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
      return new Selection(List.of(), List.of(), "the text has no sentences");
    }
    int cap = budget.sentenceCap(candidates);
    boolean[] covered = new boolean[salience.length];
    boolean[] chosen = new boolean[n];
    List<int[]> chosenWords = new ArrayList<>();
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
        for (int[] other : chosenWords) {
          overlap = Math.max(overlap, overlap(f.words(), other));
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
        ScoreBreakdown gain =
            new ScoreBreakdown(
                weights.salience() * coverage,
                base.position(),
                base.content(),
                base.length(),
                -weights.redundancy() * overlap,
                coherence,
                base.focus());
        double value = gain.total();
        if (budget.maxWords() > 0 || budget.maxChars() > 0) {
          // budgeted greedy (Lin and Bilmes 2010): gain per unit of cost, scaled
          value = value / Math.sqrt(Math.max(1, f.wordCount()) / 20.0);
        }
        if (value > bestGain) {
          bestGain = value;
          best = i;
          bestBreakdown = gain;
        }
      }
      if (best < 0) {
        break;
      }
      SentenceFeatures f = features.get(best);
      chosen[best] = true;
      chosenWords.add(f.words());
      for (int e : f.entities()) {
        covered[e] = true;
      }
      words += f.wordCount();
      chars += f.charCount() + (indices.isEmpty() ? 0 : 1);
      indices.add(best);
      breakdowns.add(bestBreakdown);
    }
    String reason = null;
    if (indices.isEmpty()) {
      reason =
          anyFits
              ? "no sentence could be chosen"
              : "no sentence fits the budget (maxWords=" + budget.maxWords() + ", maxChars="
                  + budget.maxChars() + ")";
    }
    return new Selection(indices, breakdowns, reason);
  }

  private static boolean fits(Budget budget, int words, int chars, boolean first, SentenceFeatures f) {
    if (budget.maxWords() > 0 && words + f.wordCount() > budget.maxWords()) {
      return false;
    }
    return budget.maxChars() <= 0 || chars + f.charCount() + (first ? 0 : 1) <= budget.maxChars();
  }

  /** Overlap of two sorted id sets, relative to the smaller one. */
  static double overlap(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
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
    return common / (double) Math.min(a.length, b.length);
  }
}
