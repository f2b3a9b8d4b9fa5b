package dev.salient.eval;

import dev.salient.ScoreBreakdown;
import dev.salient.score.ScoredSentence;
import dev.salient.score.SentenceFeatureRows;
import dev.salient.score.SentenceFeatures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A measurement, not a shipped model: would gradient-boosted trees on the sentence model's features
 * (the same rows, oracle labels and folds as {@link SentenceModelFit}) choose better sentences than
 * its logistic regression? Trees can use interactions (position with length, centrality with
 * position) that a linear model cannot. Cross-validated exactly as {@code EvalCommand --cv}.
 *
 * <pre>{@code
 * java -cp salient-cli/target/salient-cli.jar dev.salient.eval.GbdtExperiment [--trees N] [--depth D] \
 *     [--rate R] ../shared/eval/cnndm-dev.jsonl ../shared/eval/cnndm-train.jsonl ../shared/eval/bbc-dev.jsonl
 * }</pre>
 *
 * <p>The trees: logistic loss, Newton leaves (−G / (H + λ)), features cut into at most
 * {@link #BINS} quantile bins, a leaf needs a Hessian sum of at least {@link #MIN_HESSIAN}. The
 * cross-validated figures are in docs/quality.md: no better than the logistic regression.
 */
final class GbdtExperiment {
  static final int BINS = 32;
  static final double LAMBDA = 1;
  static final double MIN_HESSIAN = 5;

  private GbdtExperiment() {}

  /** One tree in arrays: internal nodes split on feature[i] at threshold[i]; leaves hold value[i]. */
  record Tree(int[] feature, double[] threshold, double[] value) {
    double eval(double[] x) {
      int node = 0;
      while (feature[node] >= 0) {
        node = x[feature[node]] <= threshold[node] ? 2 * node + 1 : 2 * node + 2;
      }
      return value[node];
    }
  }

  record Forest(List<Tree> trees, double base, double rate) {
    double eval(double[] x) {
      double z = base;
      for (Tree t : trees) {
        z += rate * t.eval(x);
      }
      return z;
    }
  }

  /** Fits a forest with leaves of at least {@link #MIN_HESSIAN}. */
  static Forest fit(List<SentenceModelFit.Doc> docs, int treeCount, int depth, double rate, boolean[] dropped) {
    return fit(docs, treeCount, depth, rate, dropped, MIN_HESSIAN);
  }

  /**
   * Fits a forest on the body sentences of {@code docs}; {@code dropped} columns are never split on,
   * and a split leaves each side a Hessian sum of at least {@code minHessian}.
   */
  static Forest fit(
      List<SentenceModelFit.Doc> docs, int treeCount, int depth, double rate, boolean[] dropped, double minHessian) {
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Double> ws = new ArrayList<>();
    for (SentenceModelFit.Doc d : docs) {
      List<SentenceFeatures> f = d.analysis().features();
      for (int i = 0; i < f.size(); i++) {
        if (!f.get(i).headline()) {
          xs.add(d.rows()[i]);
          ys.add(d.label()[i] ? 1.0 : 0.0);
          ws.add(Math.abs(d.weight()));
        }
      }
    }
    int n = xs.size();
    int features = SentenceFeatureRows.NAMES.size();
    // quantile cut points per feature, and each row's bin
    double[][] cuts = new double[features][];
    byte[][] bin = new byte[features][n];
    for (int c = 0; c < features; c++) {
      double[] values = new double[n];
      for (int r = 0; r < n; r++) {
        values[r] = xs.get(r)[c];
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      double[] cut = new double[BINS - 1];
      int m = 0;
      for (int b = 1; b < BINS; b++) {
        double q = sorted[(int) ((long) b * (n - 1) / BINS)];
        if (m == 0 || q > cut[m - 1]) {
          cut[m++] = q;
        }
      }
      cuts[c] = Arrays.copyOf(cut, m);
      for (int r = 0; r < n; r++) {
        int b = Arrays.binarySearch(cuts[c], values[r]);
        bin[c][r] = (byte) (b >= 0 ? b : -b - 1);
      }
    }
    double positives = 0;
    double total = 0;
    for (int r = 0; r < n; r++) {
      positives += ws.get(r) * ys.get(r);
      total += ws.get(r);
    }
    double base = Math.log(positives / (total - positives));
    double[] z = new double[n];
    Arrays.fill(z, base);
    double[] g = new double[n];
    double[] h = new double[n];
    int[] node = new int[n];
    List<Tree> trees = new ArrayList<>();
    int nodes = (1 << (depth + 1)) - 1;
    for (int t = 0; t < treeCount; t++) {
      for (int r = 0; r < n; r++) {
        double p = 1 / (1 + Math.exp(-z[r]));
        g[r] = ws.get(r) * (p - ys.get(r));
        h[r] = ws.get(r) * Math.max(p * (1 - p), 1e-9);
      }
      int[] feature = new int[nodes];
      double[] threshold = new double[nodes];
      double[] value = new double[nodes];
      Arrays.fill(feature, -2); // -2: unused, -1: leaf
      feature[0] = -1;
      Arrays.fill(node, 0);
      for (int level = 0; level < depth; level++) {
        int first = (1 << level) - 1;
        int width = 1 << level;
        double[][][] gs = new double[width][features][BINS];
        double[][][] hs = new double[width][features][BINS];
        double[] gNode = new double[width];
        double[] hNode = new double[width];
        for (int r = 0; r < n; r++) {
          int k = node[r] - first;
          if (k < 0 || k >= width || feature[node[r]] != -1) {
            continue;
          }
          gNode[k] += g[r];
          hNode[k] += h[r];
          for (int c = 0; c < features; c++) {
            gs[k][c][bin[c][r]] += g[r];
            hs[k][c][bin[c][r]] += h[r];
          }
        }
        int[] splitFeature = new int[width];
        int[] splitBin = new int[width];
        Arrays.fill(splitFeature, -1);
        for (int k = 0; k < width; k++) {
          if (feature[first + k] != -1) {
            continue;
          }
          double parent = gNode[k] * gNode[k] / (hNode[k] + LAMBDA);
          double best = 1e-6;
          for (int c = 0; c < features; c++) {
            if (dropped != null && dropped[c]) {
              continue;
            }
            double gl = 0;
            double hl = 0;
            for (int b = 0; b < cuts[c].length; b++) {
              gl += gs[k][c][b];
              hl += hs[k][c][b];
              double gr = gNode[k] - gl;
              double hr = hNode[k] - hl;
              if (hl < minHessian || hr < minHessian) {
                continue;
              }
              double gain = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - parent;
              if (gain > best) {
                best = gain;
                splitFeature[k] = c;
                splitBin[k] = b;
              }
            }
          }
          int id = first + k;
          if (splitFeature[k] >= 0) {
            feature[id] = splitFeature[k];
            threshold[id] = cuts[splitFeature[k]][splitBin[k]];
            feature[2 * id + 1] = -1;
            feature[2 * id + 2] = -1;
          } else {
            value[id] = -gNode[k] / (hNode[k] + LAMBDA);
          }
        }
        for (int r = 0; r < n; r++) {
          int id = node[r];
          if (feature[id] >= 0) {
            node[r] = bin[feature[id]][r] <= splitBin[id - first] ? 2 * id + 1 : 2 * id + 2;
          }
        }
      }
      // leaves at the last level
      double[] gLeaf = new double[nodes];
      double[] hLeaf = new double[nodes];
      for (int r = 0; r < n; r++) {
        gLeaf[node[r]] += g[r];
        hLeaf[node[r]] += h[r];
      }
      for (int id = 0; id < nodes; id++) {
        if (feature[id] == -1 && hLeaf[id] > 0) {
          value[id] = -gLeaf[id] / (hLeaf[id] + LAMBDA);
        }
      }
      Tree tree = new Tree(feature, threshold, value);
      trees.add(tree);
      for (int r = 0; r < n; r++) {
        z[r] += rate * value[node[r]];
      }
    }
    return new Forest(trees, base, rate);
  }

  /** The forest's score of each sentence (as its content part), through the trainer's selection. */
  static RougeScores summarize(SentenceModelFit.Doc d, Forest forest, SentenceModelFit.Settings settings) {
    List<SentenceFeatures> features = d.analysis().features();
    ScoredSentence[] scored = new ScoredSentence[features.size()];
    for (int i = 0; i < scored.length; i++) {
      scored[i] = new ScoredSentence(i, features.get(i).headline() ? ScoreBreakdown.ZERO
          : new ScoreBreakdown(0, 0, forest.eval(d.rows()[i]), 0, 0, 0, 0));
    }
    return SentenceModelFit.select(d, scored, settings);
  }

  public static void main(String[] args) {
    int trees = 200;
    int depth = 3;
    double rate = 0.1;
    List<Path> sets = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--trees" -> trees = Integer.parseInt(args[++i]);
        case "--depth" -> depth = Integer.parseInt(args[++i]);
        case "--rate" -> rate = Double.parseDouble(args[++i]);
        default -> sets.add(Path.of(args[i]));
      }
    }
    int folds = 5;
    SentenceModelFit.Data data = SentenceModelFit.load(sets, List.of(), 0.3, folds, true, System.err);
    for (double redundancy : new double[] {0.5, 1}) {
      SentenceModelFit.Settings settings = new SentenceModelFit.Settings(0.03, redundancy, 0.7, 1);
      int treeCount = trees;
      int treeDepth = depth;
      double treeRate = rate;
      Map<String, List<RougeScores[]>> bySet = SentenceModelFit.crossValidate(
          data.train(), data.evaluated(), folds, null,
          (docs, dropped) -> fit(docs, treeCount, treeDepth, treeRate, dropped),
          (d, forest) -> summarize(d, forest, settings));
      Map<String, SentenceModelFit.Comparison> c = SentenceModelFit.comparisons(bySet);
      System.out.printf(Locale.ROOT, "%ngbdt trees=%d depth=%d rate=%s redundancy=%s: objective %+.3f%n",
          trees, depth, rate, redundancy, SentenceModelFit.objective(c));
      System.out.print(SentenceModelFit.table(c));
      System.out.flush();
    }
  }
}
