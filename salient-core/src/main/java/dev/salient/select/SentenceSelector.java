package dev.salient.select;

import dev.salient.Budget;
import dev.salient.EmptyReason;
import dev.salient.ScoreBreakdown;
import dev.salient.score.ScoredSentence;
import dev.salient.score.ScoringWeights;
import dev.salient.score.SentenceFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Chooses summary sentences greedily under a budget. A sentence's gain is its stand-alone score,
 * less what the chosen sentences already cover: with hand weights, an entity's salience counts
 * fully for the first chosen sentence that mentions it and only
 * {@link ScoringWeights#repeatFactor()} of it after that; in every mode content-word overlap with a
 * chosen sentence is penalized, and a near-duplicate of a chosen sentence is never chosen.
 *
 * <pre>{@code
 * SentenceSelector selector = new SentenceSelector(ScoringWeights.DEFAULT);
 * Selection selection = selector.select(features, scored, salience, Budget.DEFAULT);
 * }</pre>
 *
 * <p>Cost: a gain never grows as sentences are chosen (coverage and overlap only grow; the one
 * exception, a dangling opener whose antecedent was just chosen, is re-queued at once), so the
 * greedy choice is made lazily (Minoux's accelerated greedy): candidates wait in a heap under the
 * last gain computed for them and are re-evaluated only when they reach the top. Overlap with the
 * chosen sentences is kept per candidate and brought up to date through an index from each content
 * word to the chosen sentences that have it, so a re-evaluation costs the words the candidate shares
 * with the summary, not the summary's length. Time is O(n log n) plus the shared-word work, for
 * every budget kind.
 *
 * <p>Immutable and thread-safe: every call works on its own arrays. Deterministic: ties go to the
 * earlier sentence, exactly as a plain greedy pass over all candidates would choose.
 */
public final class SentenceSelector {
  private final double salienceWeight;
  private final double repeatFactor;
  private final double redundancy;
  private final double duplicateThreshold;
  private final double danglingBonus;
  private final boolean coverage;

  /** A selector with these hand weights (repeat factor, redundancy, near-duplicate threshold). */
  public SentenceSelector(ScoringWeights weights) {
    Objects.requireNonNull(weights, "weights");
    this.salienceWeight = weights.salience();
    this.repeatFactor = weights.repeatFactor();
    this.redundancy = weights.redundancy();
    this.duplicateThreshold = weights.duplicateThreshold();
    this.danglingBonus = weights.dangling();
    this.coverage = true;
  }

  /**
   * A selector for learned scores: the stand-alone score is kept as it is (its salience part is not
   * discounted by coverage), less {@code redundancy} times the overlap with the chosen sentences;
   * sentences overlapping a chosen one by {@code duplicateThreshold} or more are never chosen.
   */
  public SentenceSelector(double redundancy, double duplicateThreshold) {
    if (!Double.isFinite(redundancy) || redundancy < 0) {
      throw new IllegalArgumentException("redundancy must be finite and not negative: redundancy=" + redundancy);
    }
    if (!(duplicateThreshold > 0) || Double.isInfinite(duplicateThreshold)) {
      throw new IllegalArgumentException(
          "duplicateThreshold must be positive: duplicateThreshold=" + duplicateThreshold);
    }
    this.salienceWeight = 0;
    this.repeatFactor = 1;
    this.redundancy = redundancy;
    this.duplicateThreshold = duplicateThreshold;
    this.danglingBonus = 0;
    this.coverage = false;
  }

  /** One heap entry: a candidate under the gain last computed for it. */
  private record Entry(double bound, int index, int round) {}

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
    State state = new State(features, scored, salience, budget);
    int cap = budget.sentenceCap(candidates);
    // best first; ties to the earlier sentence
    PriorityQueue<Entry> heap =
        new PriorityQueue<>(
            Math.max(1, candidates),
            (a, b) -> a.bound != b.bound ? Double.compare(b.bound, a.bound) : Integer.compare(a.index, b.index));
    for (int i = 0; i < n; i++) {
      if (!features.get(i).headline()) {
        heap.add(new Entry(state.value(i), i, 0));
      }
    }
    List<Integer> indices = new ArrayList<>();
    List<ScoreBreakdown> breakdowns = new ArrayList<>();
    boolean anyFits = false;
    int round = 0;
    while (indices.size() < cap && !heap.isEmpty()) {
      Entry top = heap.poll();
      int i = top.index;
      if (state.chosen[i]) {
        continue;
      }
      if (!state.fits(i)) {
        continue; // the budget left only shrinks: it will never fit
      }
      anyFits = true;
      if (top.round != round) {
        state.refreshOverlap(i);
        if (state.overlap[i] >= duplicateThreshold) {
          continue; // overlap only grows: a near-duplicate for good
        }
        heap.add(new Entry(state.value(i), i, round));
        continue;
      }
      indices.add(i);
      breakdowns.add(state.breakdown(i));
      state.choose(i);
      round++;
      // a dangling opener right after the sentence just chosen gains its antecedent
      int next = i + 1;
      if (danglingBonus != 0 && next < n && !state.chosen[next] && !features.get(next).headline()
          && features.get(next).dangling()) {
        state.refreshOverlap(next);
        if (state.overlap[next] < duplicateThreshold) {
          heap.add(new Entry(state.value(next), next, round));
        }
      }
    }
    EmptyReason reason = null;
    if (indices.isEmpty()) {
      reason = anyFits ? EmptyReason.NO_SENTENCES : EmptyReason.NOTHING_FITS_BUDGET;
    }
    return new Selection(indices, breakdowns, reason);
  }

  /** What the chosen sentences cover, kept up to date as sentences are chosen. */
  private final class State {
    final List<SentenceFeatures> features;
    final ScoredSentence[] scored;
    final double[] salience;
    final Budget budget;
    final boolean[] chosen;
    final boolean[] covered;
    /** The largest overlap of each candidate with the chosen sentences it has been compared to. */
    final double[] overlap;
    /** How many chosen sentences each candidate's overlap has seen. */
    final int[] seen;
    /** For each content word, the chosen sentences that have it, in the order chosen. */
    final int[][] chosenWith;
    final int[] chosenWithSize;
    final List<Integer> chosenOrder = new ArrayList<>();
    /** Scratch: words shared with each chosen sentence (by choice order), reset after each use. */
    int[] sharedCount = new int[16];
    /** Scratch: the chosen sentences {@code sharedCount} counts for. */
    int[] touchedList = new int[16];
    final boolean trackOverlap;
    int words;
    int chars;

    State(List<SentenceFeatures> features, ScoredSentence[] scored, double[] salience, Budget budget) {
      this.features = features;
      this.scored = scored;
      this.salience = salience;
      this.budget = budget;
      int n = features.size();
      this.chosen = new boolean[n];
      this.covered = new boolean[salience.length];
      this.overlap = new double[n];
      this.seen = new int[n];
      this.trackOverlap = redundancy != 0 || duplicateThreshold <= 1;
      int vocabulary = 0;
      if (trackOverlap) {
        for (SentenceFeatures f : features) {
          for (int w : f.words()) {
            vocabulary = Math.max(vocabulary, w + 1);
          }
        }
      }
      this.chosenWith = new int[vocabulary][];
      this.chosenWithSize = new int[vocabulary];
    }

    boolean fits(int i) {
      SentenceFeatures f = features.get(i);
      boolean first = chosenOrder.isEmpty();
      return budget.fitsWords((long) words + f.wordCount())
          && budget.fitsChars((long) chars + f.charCount() + (first ? 0 : 1));
    }

    /** Brings {@code overlap[i]} up to date with every chosen sentence. */
    void refreshOverlap(int i) {
      if (!trackOverlap || seen[i] == chosenOrder.size()) {
        return;
      }
      int from = seen[i];
      int[] words = features.get(i).words();
      if (sharedCount.length < chosenOrder.size()) {
        sharedCount = Arrays.copyOf(sharedCount, Math.max(chosenOrder.size(), 2 * sharedCount.length));
      }
      int touched = 0;
      for (int w : words) {
        int[] list = chosenWith[w];
        int size = chosenWithSize[w];
        // the chosen sentences with this word, newest first, down to the ones already seen
        for (int p = size - 1; p >= 0 && list[p] >= from; p--) {
          if (sharedCount[list[p]]++ == 0) {
            if (touched == touchedList.length) {
              touchedList = Arrays.copyOf(touchedList, 2 * touchedList.length);
            }
            touchedList[touched++] = list[p];
          }
        }
      }
      double best = overlap[i];
      for (int t = 0; t < touched; t++) {
        int c = touchedList[t];
        int other = features.get(chosenOrder.get(c)).words().length;
        int smaller = Math.min(words.length, other);
        best = Math.max(best, sharedCount[c] / (double) smaller);
        sharedCount[c] = 0;
      }
      overlap[i] = best;
      seen[i] = chosenOrder.size();
    }

    double salienceGain(int i) {
      double part = scored[i].breakdown().salience();
      if (!coverage) {
        return part;
      }
      double value = 0;
      for (int e : features.get(i).entities()) {
        value += covered[e] ? repeatFactor * salience[e] : salience[e];
      }
      return salienceWeight * value;
    }

    double coherence(int i) {
      double c = scored[i].breakdown().coherence();
      if (danglingBonus != 0 && features.get(i).dangling() && i > 0 && chosen[i - 1]) {
        c += danglingBonus; // its antecedent is in the summary
      }
      return c;
    }

    double redundancyPart(int i) {
      return overlap[i] == 0 ? 0 : -redundancy * overlap[i]; // not -0.0
    }

    /** The value the greedy ranks by: the gain, per unit of length under word or character caps. */
    double value(int i) {
      ScoreBreakdown base = scored[i].breakdown();
      // the same sum, in the same order, as ScoreBreakdown.total()
      double value =
          salienceGain(i) + base.position() + base.content() + base.length() + redundancyPart(i)
              + coherence(i) + base.focus();
      if (budget.maxWords() != Budget.UNLIMITED || budget.maxChars() != Budget.UNLIMITED) {
        // budgeted greedy (Lin and Bilmes 2010): gain per unit of cost, scaled; learned scores are
        // log-odds, so they become probabilities first (a negative gain must not favour length)
        if (!coverage) {
          value = 1 / (1 + Math.exp(-value));
        }
        value = value / Math.sqrt(Math.max(1, features.get(i).wordCount()) / 20.0);
      }
      return value;
    }

    ScoreBreakdown breakdown(int i) {
      ScoreBreakdown base = scored[i].breakdown();
      return new ScoreBreakdown(
          salienceGain(i), base.position(), base.content(), base.length(), redundancyPart(i),
          coherence(i), base.focus());
    }

    void choose(int i) {
      SentenceFeatures f = features.get(i);
      int order = chosenOrder.size();
      chosen[i] = true;
      chosenOrder.add(i);
      for (int e : f.entities()) {
        covered[e] = true;
      }
      if (trackOverlap) {
        for (int w : f.words()) {
          int[] list = chosenWith[w];
          if (list == null) {
            list = chosenWith[w] = new int[2];
          } else if (chosenWithSize[w] == list.length) {
            list = chosenWith[w] = Arrays.copyOf(list, list.length * 2);
          }
          list[chosenWithSize[w]++] = order;
        }
      }
      words += f.wordCount();
      chars += f.charCount() + (order == 0 ? 0 : 1);
    }
  }

  /** The content words two sentences share, relative to the sentence with fewer. */
  static double overlap(SentenceFeatures a, SentenceFeatures b) {
    int smaller = Math.min(a.words().length, b.words().length);
    return smaller == 0 ? 0 : a.sharedWords(b) / (double) smaller;
  }
}
