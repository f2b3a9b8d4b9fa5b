package dev.salient.eval;

import dev.salient.entity.DetectedEntity;
import dev.salient.entity.EntityMention;
import dev.salient.pipeline.Pipeline;
import dev.salient.salience.SalienceFeatures;
import dev.salient.salience.SalienceModel;
import dev.salient.split.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates entity salience against graded human judgements and, with {@code --fit}, refits the
 * shipped weights. Prints one table: Salient's salience next to two baselines computed on the same
 * detected entities (first-mention order and mention frequency).
 *
 * <pre>{@code
 * mvn -q compile exec:java -Dexec.mainClass=dev.salient.eval.SalienceEvaluation \
 *     -Dexec.args="--fit ../shared/eval/salience-dev.jsonl"
 * }</pre>
 *
 * <p>Our entities are matched to gold entities through their surface forms (see
 * {@link SalienceGold#normalize(String)}); each gold entity is credited once, to our highest-ranked
 * entity that matches it. Metrics: precision@k of gold-salient entities (score at least 2),
 * NDCG@5 with the gold scores as gains, and micro F1 of "salient" as a yes/no decision
 * (salience at least a threshold, the best one for each method; for the cross-validated row chosen
 * on the training folds only). With {@code --fit} the weights are fitted on the whole set
 * (ListNet: cross-entropy between the softmax of the scores and the squared gold scores, with
 * L2), written to {@code src/main/resources/dev/salient/salience/weights.txt}, and a 5-fold
 * cross-validated row shows how they do on documents they were not fitted on.
 *
 * <p>Not thread-safe; a command-line tool.
 */
public final class SalienceEvaluation {
  static final Path WEIGHTS_FILE = Path.of("src/main/resources/dev/salient/salience/weights.txt");
  private static final int FOLDS = 5;

  /** One document, prepared once: our entities, their features, their gold matches. */
  record Prepared(
      SalienceGold gold, List<DetectedEntity> entities, double[][] features, int[][] matches) {

    /** Gains of the entities in this ranking order; each gold entity credited once. */
    double[] gains(Integer[] order) {
      boolean[] used = new boolean[gold.entities().size()];
      double[] gains = new double[order.length];
      for (int r = 0; r < order.length; r++) {
        for (int g : matches[order[r]]) {
          if (!used[g]) {
            used[g] = true;
            gains[r] = gold.entities().get(g).score();
            break;
          }
        }
      }
      return gains;
    }

    int goldSalient() {
      int n = 0;
      for (SalienceGold.Entity e : gold.entities()) {
        if (e.score() >= SalienceGold.SALIENT) {
          n++;
        }
      }
      return n;
    }
  }

  /** The metrics of one method over the set. */
  record Row(String method, double p1, double p3, double p5, double ndcg5,
      double precision, double recall, double f1, double threshold) {}

  private SalienceEvaluation() {}

  public static void main(String[] args) throws IOException {
    boolean fit = false;
    Path path = Path.of("../shared/eval/salience-dev.jsonl");
    for (String arg : args) {
      if (arg.equals("--fit")) {
        fit = true;
      } else {
        path = Path.of(arg);
      }
    }
    long t0 = System.nanoTime();
    List<Prepared> docs = prepare(SalienceGold.read(path));
    long t1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "%d documents from %s, prepared in %.1f s%n",
        docs.size(), path, (t1 - t0) / 1e9);

    List<Row> rows = new ArrayList<>();
    rows.add(evaluate("first-mention order", docs, SalienceEvaluation::firstMentionScores, docs));
    rows.add(evaluate("mention frequency", docs, SalienceEvaluation::frequencyScores, docs));
    double[] weights;
    if (fit) {
      weights = SalienceFit.fit(docs);
      writeWeights(weights);
      System.out.println("wrote " + WEIGHTS_FILE);
    } else {
      weights = new SalienceModel().weights();
    }
    SalienceModel model = new SalienceModel(weights);
    rows.add(evaluate("Salient (shipped weights)", docs, d -> model.scoreFeatures(d.features()), docs));
    rows.add(crossValidated(docs));
    System.out.println();
    System.out.println(table(rows));
    System.out.println("weights: " + describe(weights));
  }

  static List<Prepared> prepare(List<SalienceGold> golds) {
    Pipeline pipeline = Pipeline.english();
    List<Prepared> out = new ArrayList<>();
    for (SalienceGold gold : golds) {
      Document document = pipeline.split(pipeline.clean(gold.input()));
      List<DetectedEntity> entities = pipeline.detect(document);
      double[][] features = SalienceFeatures.of(document, entities);
      int[][] matches = new int[entities.size()][];
      for (int e = 0; e < entities.size(); e++) {
        matches[e] = matches(entities.get(e), gold);
      }
      out.add(new Prepared(gold, entities, features, matches));
    }
    return out;
  }

  /** The gold entities that share a surface form with {@code entity}, highest score first. */
  static int[] matches(DetectedEntity entity, SalienceGold gold) {
    Set<String> ours = new HashSet<>();
    ours.add(SalienceGold.normalize(entity.name()));
    for (EntityMention m : entity.mentions()) {
      ours.add(SalienceGold.normalize(m.surface()));
    }
    List<Integer> hits = new ArrayList<>();
    for (int g = 0; g < gold.entities().size(); g++) {
      for (String s : gold.entities().get(g).surfaces()) {
        if (ours.contains(s)) {
          hits.add(g);
          break;
        }
      }
    }
    hits.sort(Comparator.comparingDouble((Integer g) -> -gold.entities().get(g).score()));
    return hits.stream().mapToInt(Integer::intValue).toArray();
  }

  static double[] firstMentionScores(Prepared d) {
    // entities come in order of first mention: score 1/(rank+1), normalized
    double[] s = new double[d.entities().size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = 1.0 / (i + 1);
    }
    return normalized(s);
  }

  static double[] frequencyScores(Prepared d) {
    double[] s = new double[d.entities().size()];
    for (int i = 0; i < s.length; i++) {
      // ties go to the earlier entity
      s[i] = d.entities().get(i).mentions().size() + 1e-6 / (i + 1);
    }
    return normalized(s);
  }

  private static double[] normalized(double[] s) {
    double total = Arrays.stream(s).sum();
    for (int i = 0; i < s.length; i++) {
      s[i] /= total;
    }
    return s;
  }

  static Row evaluate(
      String method, List<Prepared> docs, Function<Prepared, double[]> scorer,
      List<Prepared> thresholdDocs) {
    double threshold = bestThreshold(thresholdDocs, scorer);
    return metrics(method, docs, scorer, threshold);
  }

  private static Row crossValidated(List<Prepared> docs) {
    double[] sums = new double[4];
    int ranked = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double thresholds = 0;
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Prepared> train = new ArrayList<>();
      List<Prepared> test = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        (i % FOLDS == fold ? test : train).add(docs.get(i));
      }
      SalienceModel model = new SalienceModel(SalienceFit.fit(train));
      Function<Prepared, double[]> scorer = d -> model.scoreFeatures(d.features());
      double threshold = bestThreshold(train, scorer);
      thresholds += threshold / FOLDS;
      for (Prepared d : test) {
        double[] r = rankMetrics(d, scorer.apply(d));
        if (r != null) {
          for (int k = 0; k < 4; k++) {
            sums[k] += r[k];
          }
          ranked++;
        }
        int[] c = confusion(d, scorer.apply(d), threshold);
        tp += c[0];
        fp += c[1];
        fn += c[2];
      }
    }
    double p = tp / (double) Math.max(1, tp + fp);
    double rec = tp / (double) Math.max(1, tp + fn);
    return new Row("Salient (5-fold CV)", sums[0] / ranked, sums[1] / ranked, sums[2] / ranked,
        sums[3] / ranked, p, rec, f1(p, rec), thresholds);
  }

  private static Row metrics(
      String method, List<Prepared> docs, Function<Prepared, double[]> scorer, double threshold) {
    double[] sums = new double[4];
    int ranked = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Prepared d : docs) {
      double[] scores = scorer.apply(d);
      double[] r = rankMetrics(d, scores);
      if (r != null) {
        for (int k = 0; k < 4; k++) {
          sums[k] += r[k];
        }
        ranked++;
      }
      int[] c = confusion(d, scores, threshold);
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    double p = tp / (double) Math.max(1, tp + fp);
    double rec = tp / (double) Math.max(1, tp + fn);
    return new Row(method, sums[0] / ranked, sums[1] / ranked, sums[2] / ranked, sums[3] / ranked,
        p, rec, f1(p, rec), threshold);
  }

  /** P@1, P@3, P@5 and NDCG@5 of one document, or null if it has no salient gold entity. */
  static double[] rankMetrics(Prepared d, double[] scores) {
    if (d.goldSalient() == 0) {
      return null;
    }
    Integer[] order = order(scores);
    double[] gains = d.gains(order);
    double[] out = new double[4];
    int[] ks = {1, 3, 5};
    for (int k = 0; k < 3; k++) {
      int hits = 0;
      for (int r = 0; r < Math.min(ks[k], gains.length); r++) {
        if (gains[r] >= SalienceGold.SALIENT) {
          hits++;
        }
      }
      out[k] = hits / (double) ks[k];
    }
    double dcg = 0;
    for (int r = 0; r < Math.min(5, gains.length); r++) {
      dcg += gains[r] / log2(r + 2);
    }
    double[] ideal =
        d.gold().entities().stream().mapToDouble(SalienceGold.Entity::score).sorted().toArray();
    double idcg = 0;
    for (int r = 0; r < Math.min(5, ideal.length); r++) {
      idcg += ideal[ideal.length - 1 - r] / log2(r + 2);
    }
    out[3] = idcg == 0 ? 0 : dcg / idcg;
    return out;
  }

  /** True positives, false positives and false negatives of "salient" at {@code threshold}. */
  static int[] confusion(Prepared d, double[] scores, double threshold) {
    Integer[] order = order(scores);
    double[] gains = d.gains(order);
    int tp = 0;
    int fp = 0;
    for (int r = 0; r < order.length; r++) {
      if (scores[order[r]] >= threshold) {
        if (gains[r] >= SalienceGold.SALIENT) {
          tp++;
        } else {
          fp++;
        }
      }
    }
    return new int[] {tp, fp, d.goldSalient() - tp};
  }

  private static double bestThreshold(List<Prepared> docs, Function<Prepared, double[]> scorer) {
    List<double[]> scores = new ArrayList<>();
    for (Prepared d : docs) {
      scores.add(scorer.apply(d));
    }
    double best = 0;
    double bestF1 = -1;
    for (double t = 0.01; t < 0.6; t += 0.005) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < docs.size(); i++) {
        int[] c = confusion(docs.get(i), scores.get(i), t);
        tp += c[0];
        fp += c[1];
        fn += c[2];
      }
      double p = tp / (double) Math.max(1, tp + fp);
      double r = tp / (double) Math.max(1, tp + fn);
      if (f1(p, r) > bestF1) {
        bestF1 = f1(p, r);
        best = t;
      }
    }
    return best;
  }

  static Integer[] order(double[] scores) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
    return order;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  static String table(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    b.append("| method | P@1 | P@3 | P@5 | NDCG@5 | salient P | salient R | salient F1 | threshold |\n");
    b.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      b.append(String.format(Locale.ROOT,
          "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
          r.method(), r.p1(), r.p3(), r.p5(), r.ndcg5(), r.precision(), r.recall(), r.f1(),
          r.threshold()));
    }
    return b.toString();
  }

  private static String describe(double[] weights) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < weights.length; i++) {
      b.append(i == 0 ? "" : ", ").append(SalienceFeatures.NAMES.get(i)).append('=')
          .append(String.format(Locale.ROOT, "%.3f", weights[i]));
    }
    return b.toString();
  }

  private static void writeWeights(double[] weights) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# Salience weights: a log-linear model, softmax over a document's entities.\n");
    b.append("# Fitted on ../shared/eval/salience-dev.jsonl by\n");
    b.append("#   mvn -q compile exec:java -Dexec.mainClass=dev.salient.eval.SalienceEvaluation"
        + " -Dexec.args=--fit\n");
    b.append("# Do not edit by hand: refit instead. Features: see dev.salient.salience.SalienceFeatures.\n");
    for (int i = 0; i < weights.length; i++) {
      b.append(SalienceFeatures.NAMES.get(i)).append(' ')
          .append(String.format(Locale.ROOT, "%.4f", weights[i])).append('\n');
    }
    Files.writeString(WEIGHTS_FILE, b.toString(), StandardCharsets.UTF_8);
  }
}
