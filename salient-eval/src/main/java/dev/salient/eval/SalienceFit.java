package dev.salient.eval;

import dev.salient.salience.SalienceFeatures;
import dev.salient.salience.SalienceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits salience weights with ListNet (Cao et al., 2007, top-one probability): per document, the
 * cross-entropy between the distribution of squared gold scores over our entities and the softmax of their
 * model scores, averaged over documents, plus an L2 penalty; minimized by full-batch gradient
 * descent from zero, so the result is deterministic.
 *
 * <pre>{@code
 * double[] weights = SalienceFit.fit(SalienceEvaluation.prepare(SalienceGold.read(path)));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SalienceFit {
  private static final double L2 = 0.01;
  private static final double LEARNING_RATE = 0.5;
  /** Gold scores are squared for the target, so it leans on the salient entities (0-3 -> 0-9). */
  private static final double POWER = 2;
  private static final int ITERATIONS = 3000;

  private SalienceFit() {}

  /** Weights fitted on {@code docs}; documents none of whose entities match gold are skipped. */
  static double[] fit(List<SalienceEvaluation.Prepared> docs) {
    List<double[][]> xs = new ArrayList<>();
    List<double[]> targets = new ArrayList<>();
    for (SalienceEvaluation.Prepared d : docs) {
      int n = d.entities().size();
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i; // credit each gold entity to its first-mentioned match
      }
      double[] gains = d.gains(order);
      double total = 0;
      for (int i = 0; i < n; i++) {
        gains[i] = Math.pow(gains[i], POWER);
        total += gains[i];
      }
      if (total == 0) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        gains[i] /= total;
      }
      xs.add(d.features());
      targets.add(gains);
    }
    int features = SalienceFeatures.NAMES.size();
    double[] w = new double[features];
    double[] gradient = new double[features];
    for (int it = 0; it < ITERATIONS; it++) {
      java.util.Arrays.fill(gradient, 0);
      for (int d = 0; d < xs.size(); d++) {
        double[][] x = xs.get(d);
        double[] q = new SalienceModel(w).scoreFeatures(x);
        double[] p = targets.get(d);
        for (int e = 0; e < x.length; e++) {
          double diff = q[e] - p[e];
          for (int f = 0; f < features; f++) {
            gradient[f] += diff * x[e][f];
          }
        }
      }
      for (int f = 0; f < features; f++) {
        w[f] -= LEARNING_RATE * (gradient[f] / xs.size() + L2 * w[f]);
      }
    }
    return w;
  }
}
