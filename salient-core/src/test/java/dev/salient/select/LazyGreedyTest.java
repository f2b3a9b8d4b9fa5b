package dev.salient.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.salient.Budget;
import dev.salient.EmptyReason;
import dev.salient.ScoreBreakdown;
import dev.salient.score.ScoredSentence;
import dev.salient.score.ScoringWeights;
import dev.salient.score.SentenceFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The lazy greedy selector chooses exactly what a plain greedy pass (every candidate re-scored
 * against every chosen sentence in every round) chooses, for every budget kind.
 */
class LazyGreedyTest {

  @Test
  void choosesWhatPlainGreedyChoosesUnderEveryBudget() {
    Random random = new Random(7);
    List<Budget> budgets =
        List.of(Budget.UNCAPPED.withMaxSentences(3), Budget.UNCAPPED.withRatio(0.3),
            Budget.UNCAPPED.withMaxWords(60), Budget.UNCAPPED.withMaxChars(400),
            Budget.UNCAPPED.withMaxSentences(5).withRatio(0.5).withMaxWords(120));
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + random.nextInt(40);
      int vocabulary = 5 + random.nextInt(60);
      int entities = random.nextInt(8);
      List<SentenceFeatures> features = new ArrayList<>();
      ScoredSentence[] scored = new ScoredSentence[n];
      double[] salience = new double[entities];
      for (int e = 0; e < entities; e++) {
        salience[e] = random.nextDouble();
      }
      for (int i = 0; i < n; i++) {
        boolean headline = i == 0 && random.nextBoolean();
        int[] words = IntStream.generate(() -> random.nextInt(vocabulary)).limit(random.nextInt(12)).distinct().sorted().toArray();
        int[] ents = entities == 0 ? new int[0]
            : IntStream.generate(() -> random.nextInt(entities)).limit(random.nextInt(3)).distinct().sorted().toArray();
        int wordCount = words.length + random.nextInt(30);
        features.add(new SentenceFeatures(i, ents, words, wordCount, wordCount * 6, headline, random.nextInt(4) == 0));
        // coarse values, so that ties happen
        scored[i] = new ScoredSentence(i, headline ? ScoreBreakdown.ZERO
            : new ScoreBreakdown(0, random.nextInt(5) / 4.0, random.nextInt(3) / 2.0, -random.nextInt(2) / 2.0,
                0, features.get(i).dangling() ? -0.1 : 0, 0));
      }
      for (Budget budget : budgets) {
        ScoringWeights w = ScoringWeights.DEFAULT;
        assertEquals(
            PlainGreedy.select(features, scored, salience, budget, w, true).indices(),
            new SentenceSelector(w).select(features, scored, salience, budget).indices(),
            "trial " + trial + ", " + budget);
        assertEquals(
            PlainGreedy.select(features, scored, salience, budget, w, false).indices(),
            new SentenceSelector(w.redundancy(), w.duplicateThreshold()).select(features, scored, salience, budget).indices(),
            "model mode, trial " + trial + ", " + budget);
      }
    }
  }

  /** The selector as it was before it became lazy: O(n x cap^2), kept here as the oracle. */
  static final class PlainGreedy {
    static Selection select(List<SentenceFeatures> features, ScoredSentence[] scored, double[] salience,
        Budget budget, ScoringWeights weights, boolean hand) {
      int n = features.size();
      int candidates = (int) features.stream().filter(f -> !f.headline()).count();
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
      while (indices.size() < cap) {
        int best = -1;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          SentenceFeatures f = features.get(i);
          if (chosen[i] || f.headline()) {
            continue;
          }
          if (!budget.fitsWords((long) words + f.wordCount())
              || !budget.fitsChars((long) chars + f.charCount() + (indices.isEmpty() ? 0 : 1))) {
            continue;
          }
          double overlap = 0;
          for (SentenceFeatures other : chosenFeatures) {
            overlap = Math.max(overlap, SentenceSelector.overlap(f, other));
          }
          if (overlap >= weights.duplicateThreshold()) {
            continue;
          }
          ScoreBreakdown base = scored[i].breakdown();
          double salienceGain = base.salience();
          double coherence = base.coherence();
          if (hand) {
            double coverage = 0;
            for (int e : f.entities()) {
              coverage += covered[e] ? weights.repeatFactor() * salience[e] : salience[e];
            }
            salienceGain = weights.salience() * coverage;
            if (f.dangling() && i > 0 && chosen[i - 1]) {
              coherence += weights.dangling();
            }
          }
          double redundancy = overlap == 0 ? 0 : -weights.redundancy() * overlap;
          double value = salienceGain + base.position() + base.content() + base.length() + redundancy
              + coherence + base.focus();
          if (budget.maxWords() != Budget.UNLIMITED || budget.maxChars() != Budget.UNLIMITED) {
            if (!hand) {
              value = 1 / (1 + Math.exp(-value));
            }
            value = value / Math.sqrt(Math.max(1, f.wordCount()) / 20.0);
          }
          if (value > bestGain) {
            bestGain = value;
            best = i;
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
        breakdowns.add(ScoreBreakdown.ZERO);
      }
      return indices.isEmpty() ? new Selection(List.of(), List.of(), EmptyReason.NO_SENTENCES) : new Selection(indices, breakdowns, null);
    }
  }
}
