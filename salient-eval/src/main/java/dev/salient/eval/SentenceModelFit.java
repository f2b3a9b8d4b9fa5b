package dev.salient.eval;

import dev.salient.SentenceModel;
import dev.salient.lang.LanguageResources;
import dev.salient.pipeline.Pipeline;
import dev.salient.pipeline.Pipeline.Analysis;
import dev.salient.score.ScoredSentence;
import dev.salient.score.ScoringWeights;
import dev.salient.score.SentenceFeatureRows;
import dev.salient.score.SentenceFeatures;
import dev.salient.score.SentenceScorer;
import dev.salient.Budget;
import dev.salient.select.Selection;
import dev.salient.select.SentenceSelector;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Fits Salient's sentence model ({@link SentenceModel}) and measures it honestly: an L2-regularized
 * logistic regression on greedy-oracle labels over the features the pipeline computes
 * ({@link SentenceFeatureRows}), K-fold cross-validated by document, with each set's paired
 * bootstrap 95% interval of (model − Lead-k) for ROUGE-1/2/L, an ablation that refits with each
 * feature group removed, and the lower-cased and PTB-tokenized copies of the CNN/DM sets.
 *
 * <pre>
 * java -cp salient-cli/target/salient-cli.jar dev.salient.eval.EvalCommand --cv 5 \
 *     ../shared/eval/cnndm-dev.jsonl ../shared/eval/cnndm-train.jsonl ../shared/eval/bbc-dev.jsonl
 * java -cp salient-cli/target/salient-cli.jar dev.salient.eval.SentenceModelFit \
 *     --write salient-core/src/main/resources/dev/salient/score/sentence-model.txt --ablation \
 *     ../shared/eval/cnndm-dev.jsonl ../shared/eval/cnndm-train.jsonl ../shared/eval/bbc-dev.jsonl
 * </pre>
 *
 * <p>Every document is analysed once (features, oracle labels, sentence tokens); fitting and
 * scoring then run in memory. Each document's features come from the pipeline alone; the
 * reference is used for its labels and its ROUGE, never for a feature. Folds are by document,
 * assigned by a seeded shuffle within each set; a fold's model is fitted on the other folds of
 * every set (plus the {@code --extra} sets, which are only ever trained on). Copies of a document
 * (lower-cased, tokenized) are scored by the model of the fold its original belongs to. Not
 * thread-safe; a command-line tool.
 */
public final class SentenceModelFit {
  /** The seed of the fold assignment and of the bootstrap. */
  static final long SEED = 20261201L;
  /**
   * The seeds of the fold assignment alone (system property salient.fit.fold-seed, default
   * {@link #SEED}): another seed shows how much a CV figure owes to one split into folds, and
   * several (comma-separated) make the CV repeated: each document's scores are the mean over the
   * splits, and the bootstrap resamples documents as before.
   */
  static final long[] FOLD_SEEDS =
      Arrays.stream(System.getProperty("salient.fit.fold-seed", Long.toString(SEED)).split(","))
          .mapToLong(x -> Long.parseLong(x.trim()))
          .toArray();
  /** Bootstrap resamples for the paired intervals. */
  static final int RESAMPLES = 1000;

  private static final Rouge ROUGE = Rouge.stemmed();
  private static final SentenceScorer SCORER =
      new SentenceScorer(LanguageResources.ENGLISH, ScoringWeights.DEFAULT);
  private static final int F = SentenceFeatureRows.NAMES.size();
  /** The bias columns, which the L2 penalty leaves alone. */
  private static final boolean[] UNPENALIZED = new boolean[F];

  static {
    for (int c = 0; c < F; c++) {
      UNPENALIZED[c] = SentenceFeatureRows.NAMES.get(c).startsWith("bias");
    }
  }

  /** The settings a model is fitted and selected with. */
  record Settings(double l2, double redundancy, double duplicateThreshold, double untitledWeight,
      double soft, boolean listwise) {
    Settings(double l2, double redundancy, double duplicateThreshold, double untitledWeight) {
      this(l2, redundancy, duplicateThreshold, untitledWeight, SOFT, false);
    }

    /** The same with the listwise objective (see {@link #fitListwise}). */
    Settings listwiseOf() {
      return new Settings(l2, redundancy, duplicateThreshold, untitledWeight, soft, true);
    }
  }

  /**
   * The share of each sentence's target that is its own ROUGE against the reference (relative to
   * the document's best sentence) rather than the oracle's 0/1 label: soft labels tell the fit that
   * a sentence the oracle left out for a near twin is nearly as good (system property
   * salient.fit.soft, default 0).
   */
  static final double SOFT = Double.parseDouble(System.getProperty("salient.fit.soft", "0"));

  /** The default settings grid, chosen among by cross-validation. */
  static final List<Settings> POINTWISE =
      List.of(
          new Settings(0.1, 1, 0.7, 1),
          new Settings(0.03, 1, 0.7, 1),
          new Settings(0.1, 0.5, 0.7, 1),
          new Settings(0.03, 0.5, 0.7, 1));

  /** The grid CV chooses among: system property salient.fit.grid = pointwise, listwise or both. */
  static final List<Settings> GRID = grid(System.getProperty("salient.fit.grid", "pointwise"));

  static List<Settings> grid(String which) {
    List<Settings> listwise = POINTWISE.stream().map(Settings::listwiseOf).toList();
    return switch (which) {
      case "pointwise" -> POINTWISE;
      case "listwise" -> listwise;
      case "both" -> java.util.stream.Stream.concat(POINTWISE.stream(), listwise.stream()).toList();
      default -> throw new IllegalArgumentException("salient.fit.grid: pointwise, listwise or both: " + which);
    };
  }

  /** One analysed document: its features, oracle labels and the ROUGE tokens of its sentences. */
  record Doc(
      String set,
      String id,
      int fold,
      int k,
      double weight,
      Analysis analysis,
      double[][] rows,
      List<List<String>> sentenceTokens,
      List<List<String>> reference,
      boolean[] label,
      double[] own,
      RougeScores lead) {
    /** The same document in another fold, its rows weighing {@code weight}. */
    Doc inFold(int fold, double weight) {
      return new Doc(set, id, fold, k, weight, analysis, rows, sentenceTokens, reference, label, own, lead);
    }
  }

  private SentenceModelFit() {}

  /** The input forms the robustness copies are made in. */
  enum Form {
    RAW(UnaryOperator.identity()),
    LOWER(s -> s == null ? null : s.toLowerCase(Locale.ROOT)),
    TOKENIZED(s -> s == null ? null : PtbTokenizer.tokenize(s).toLowerCase(Locale.ROOT));

    final UnaryOperator<String> transform;

    Form(UnaryOperator<String> transform) {
      this.transform = transform;
    }
  }

  /**
   * The fold of each of a set's n documents: a shuffle seeded by {@code seed} and the set's name
   * (its copies get their original's folds), dealt round-robin.
   */
  static int[] folds(String set, int n, int folds, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed ^ baseSet(set).hashCode()));
    int[] fold = new int[n];
    for (int p = 0; p < order.size(); p++) {
      fold[order.get(p)] = folds > 0 ? p % folds : 0;
    }
    return fold;
  }

  private static String baseSet(String set) {
    return set.replace("-lower", "").replace("-tokenized", "");
  }

  /** The same documents dealt into folds with another seed (the extra sets stay in every fold). */
  static Data refold(Data data, int folds, long seed) {
    return new Data(refold(data.train(), folds, seed), refold(data.evaluated(), folds, seed));
  }

  private static List<Doc> refold(List<Doc> docs, int folds, long seed) {
    Map<String, Integer> sizes = new HashMap<>();
    for (Doc d : docs) {
      sizes.merge(d.set(), 1, Integer::sum);
    }
    Map<String, int[]> assigned = new HashMap<>();
    Map<String, Integer> next = new HashMap<>();
    List<Doc> out = new ArrayList<>(docs.size());
    for (Doc d : docs) {
      int index = next.merge(d.set(), 1, Integer::sum) - 1;
      if (d.fold() < 0) {
        out.add(d);
        continue;
      }
      int[] fold = assigned.computeIfAbsent(d.set(), s -> folds(s, sizes.get(s), folds, seed));
      out.add(d.inFold(fold[index], d.weight()));
    }
    return out;
  }

  /**
   * Analyses every document of a set: the pipeline's features for a summary of k sentences, the
   * greedy oracle's labels (the sentences that most raise ROUGE-1 + ROUGE-2, see
   * {@link EvalCommand#oracle}) and Lead-k's ROUGE.
   */
  static List<Doc> analyse(String set, List<EvalDocument> documents, Form form, double weight, int folds) {
    int[] fold = folds(set, documents.size(), folds, FOLD_SEEDS[0]);
    Pipeline pipeline = Pipeline.english();
    List<Doc> out = new ArrayList<>(documents.size());
    for (int d = 0; d < documents.size(); d++) {
      EvalDocument doc = documents.get(d);
      String input = JsonLines.input(form.transform.apply(doc.title()), form.transform.apply(doc.text()));
      Analysis a;
      double[][] rows;
      try {
        Budget budget = Budget.DEFAULT.withMaxSentences(doc.sentences());
        a = pipeline.analyze(pipeline.clean(input), null, budget);
        rows = pipeline.featureRows(a, budget);
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot analyse id=" + doc.id() + ": " + e, e);
      }
      int n = a.features().size();
      List<List<String>> tokens = new ArrayList<>(n);
      List<Integer> body = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (a.features().get(i).headline()) {
          tokens.add(List.of());
        } else {
          tokens.add(ROUGE.tokens(a.document().sentenceText(i)));
          body.add(i);
        }
      }
      List<List<String>> reference = ROUGE.tokenize(doc.reference());
      boolean[] label = oracle(tokens, body, reference, doc.sentences());
      double[] own = new double[tokens.size()];
      double bestOwn = 0;
      for (int i : body) {
        List<List<String>> alone = List.of(tokens.get(i));
        own[i] = ROUGE.rougeN(alone, reference, 1).f1() + ROUGE.rougeN(alone, reference, 2).f1();
        bestOwn = Math.max(bestOwn, own[i]);
      }
      for (int i : body) {
        own[i] = bestOwn > 0 ? own[i] / bestOwn : 0;
      }
      List<Integer> lead = body.subList(0, Math.min(doc.sentences(), body.size()));
      out.add(
          new Doc(set, doc.id(), fold[d], doc.sentences(), weight, a, rows, tokens, reference, label,
              own, score(tokens, lead, reference)));
    }
    return out;
  }

  /**
   * Greedy oracle labels: add the body sentence that most raises ROUGE-1 F1 + ROUGE-2 F1 of the
   * extract (ROUGE proper: the extract in document order, n-grams across its sentences), up to k,
   * while it helps; ties go to the earlier sentence (as {@link EvalCommand#oracle}).
   */
  static boolean[] oracle(List<List<String>> tokens, List<Integer> body, List<List<String>> reference, int k) {
    return oracle(tokens, body, reference, k, ORACLE_FILLS);
  }

  /**
   * Experiment (salient.fit.oracle-fills): the oracle always takes k sentences, as the summary
   * does, even when the next one lowers ROUGE. Off by default.
   */
  static final boolean ORACLE_FILLS = Boolean.getBoolean("salient.fit.oracle-fills");

  /** The greedy oracle; with {@code fills}, it takes k sentences even when one does not help. */
  static boolean[] oracle(
      List<List<String>> tokens, List<Integer> body, List<List<String>> reference, int k, boolean fills) {
    boolean[] selected = new boolean[tokens.size()];
    int count = 0;
    double best = 0;
    while (count < k) {
      int bestIndex = -1;
      double roundBest = Double.NEGATIVE_INFINITY;
      for (int i : body) {
        if (selected[i]) {
          continue;
        }
        selected[i] = true;
        List<List<String>> candidate = new ArrayList<>(count + 1);
        for (int j : body) {
          if (selected[j]) {
            candidate.add(tokens.get(j));
          }
        }
        selected[i] = false;
        double objective =
            ROUGE.rougeN(candidate, reference, 1).f1() + ROUGE.rougeN(candidate, reference, 2).f1();
        if (objective > roundBest) {
          roundBest = objective;
          bestIndex = i;
        }
      }
      if (bestIndex < 0 || (!fills && roundBest <= best)) {
        break;
      }
      best = roundBest;
      selected[bestIndex] = true;
      count++;
    }
    return selected;
  }

  private static RougeScores score(List<List<String>> tokens, List<Integer> chosen, List<List<String>> reference) {
    List<Integer> sorted = new ArrayList<>(chosen);
    Collections.sort(sorted);
    List<List<String>> candidate = new ArrayList<>(sorted.size());
    for (int i : sorted) {
      candidate.add(tokens.get(i));
    }
    return ROUGE.scoreTokens(candidate, reference);
  }

  /**
   * Fits the logistic regression (Newton's method, L2 penalty {@code l2} on every weight but the
   * bias) on the body sentences of {@code docs}; columns in {@code dropped} keep weight 0. Each
   * row weighs its document's weight.
   */
  static double[] fit(List<Doc> docs, Settings settings, boolean[] dropped) {
    if (settings.listwise()) {
      return fitListwise(docs, settings, dropped);
    }
    return newton(25, settings.l2(), UNPENALIZED, dropped, (w, gradient, hessian) -> {
      for (Doc d : docs) {
        double[][] rows = d.rows();
        List<SentenceFeatures> features = d.analysis().features();
        double docWeight = Math.abs(d.weight()) * (titled(d) ? 1 : settings.untitledWeight());
        for (int i = 0; i < rows.length; i++) {
          if (features.get(i).headline()) {
            continue;
          }
          double[] x = rows[i];
          double z = 0;
          for (int c = 0; c < F; c++) {
            z += w[c] * x[c];
          }
          double p = 1 / (1 + Math.exp(-z));
          double y = (1 - settings.soft()) * (d.label()[i] ? 1 : 0) + settings.soft() * d.own()[i];
          addRow(x, docWeight * (p - y), docWeight * Math.max(p * (1 - p), 1e-9), gradient, hessian);
        }
      }
    });
  }

  /**
   * Fits the listwise model: per document, a softmax over its body sentences' scores, fitted
   * (Newton's method, L2 {@code l2} on every weight) toward the oracle's sentences, each an equal
   * share. Only differences between a document's sentences matter, as they do to the selector, so
   * features constant within a document (the biases, k/n, log n) act only through their products
   * with position. Documents without an oracle sentence are skipped.
   */
  static double[] fitListwise(List<Doc> docs, Settings settings, boolean[] dropped) {
    double[] mean = new double[F];
    return newton(30, settings.l2(), new boolean[F], dropped, (w, gradient, hessian) -> {
      for (Doc d : docs) {
        double[][] rows = d.rows();
        List<SentenceFeatures> features = d.analysis().features();
        int positives = 0;
        for (int i = 0; i < rows.length; i++) {
          if (!features.get(i).headline() && d.label()[i]) {
            positives++;
          }
        }
        if (positives == 0) {
          continue;
        }
        double docWeight = Math.abs(d.weight()) * (titled(d) ? 1 : settings.untitledWeight());
        double[] z = new double[rows.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows.length; i++) {
          if (features.get(i).headline()) {
            continue;
          }
          double[] x = rows[i];
          for (int c = 0; c < F; c++) {
            z[i] += w[c] * x[c];
          }
          max = Math.max(max, z[i]);
        }
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
          if (!features.get(i).headline()) {
            z[i] = Math.exp(z[i] - max);
            total += z[i];
          }
        }
        Arrays.fill(mean, 0);
        for (int i = 0; i < rows.length; i++) {
          if (features.get(i).headline()) {
            continue;
          }
          double p = z[i] / total;
          double t = d.label()[i] ? 1.0 / positives : 0;
          double[] x = rows[i];
          addRow(x, docWeight * (p - t), docWeight * p, gradient, hessian);
          for (int a = 0; a < F; a++) {
            mean[a] += p * x[a];
          }
        }
        for (int a = 0; a < F; a++) {
          if (mean[a] == 0) {
            continue;
          }
          double ma = docWeight * mean[a];
          for (int b = a; b < F; b++) {
            hessian[a][b] -= ma * mean[b];
          }
        }
      }
    });
  }

  /** Adds a loss's gradient and upper-triangle Hessian at {@code w} to the (zeroed) sums. */
  private interface Loss {
    void add(double[] w, double[] gradient, double[][] hessian);
  }

  /**
   * Minimizes {@code loss} + L2 by Newton's method from 0, for at most {@code iterations} steps or
   * until no weight moves by 1e-6 (see {@link #newtonStep} for {@code unpenalized} and
   * {@code dropped}).
   */
  private static double[] newton(int iterations, double l2, boolean[] unpenalized, boolean[] dropped, Loss loss) {
    double[] w = new double[F];
    double[] gradient = new double[F];
    double[][] hessian = new double[F][F];
    for (int iteration = 0; iteration < iterations; iteration++) {
      Arrays.fill(gradient, 0);
      for (double[] row : hessian) {
        Arrays.fill(row, 0);
      }
      loss.add(w, gradient, hessian);
      if (newtonStep(w, gradient, hessian, l2, unpenalized, dropped) < 1e-6) {
        break;
      }
    }
    return w;
  }

  /** Adds one row's gradient {@code g x} and Hessian {@code h x xᵀ} (upper triangle) to the sums. */
  private static void addRow(double[] x, double g, double h, double[] gradient, double[][] hessian) {
    for (int a = 0; a < F; a++) {
      if (x[a] == 0) {
        continue;
      }
      gradient[a] += g * x[a];
      double hx = h * x[a];
      for (int b = a; b < F; b++) {
        hessian[a][b] += hx * x[b];
      }
    }
  }

  /**
   * One Newton step on {@code w} from the loss's gradient and upper-triangle Hessian: adds the L2
   * penalty (except on {@code unpenalized} columns), pins {@code dropped} columns at their weight,
   * and returns the largest change of a weight.
   */
  private static double newtonStep(
      double[] w, double[] gradient, double[][] hessian, double l2, boolean[] unpenalized, boolean[] dropped) {
    for (int a = 0; a < F; a++) {
      for (int b = 0; b < a; b++) {
        hessian[a][b] = hessian[b][a];
      }
      if (!unpenalized[a]) {
        gradient[a] += l2 * w[a];
        hessian[a][a] += l2;
      }
      if (dropped != null && dropped[a]) {
        Arrays.fill(hessian[a], 0);
        for (double[] row : hessian) {
          row[a] = 0;
        }
        hessian[a][a] = 1;
        gradient[a] = 0;
      }
      hessian[a][a] += 1e-8;
    }
    double[] step = solve(hessian, gradient);
    double change = 0;
    for (int c = 0; c < F; c++) {
      w[c] -= step[c];
      change = Math.max(change, Math.abs(step[c]));
    }
    return change;
  }

  private static boolean titled(Doc d) {
    return !d.analysis().features().isEmpty() && d.analysis().features().get(0).headline();
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a and b are copied). */
  static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = a[col];
      a[col] = a[pivot];
      a[pivot] = t;
      double tb = b[col];
      b[col] = b[pivot];
      b[pivot] = tb;
      for (int r = col + 1; r < n; r++) {
        double factor = a[r][col] / a[col][col];
        if (factor == 0) {
          continue;
        }
        for (int c = col; c < n; c++) {
          a[r][c] -= factor * a[col][c];
        }
        b[r] -= factor * b[col];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int c = r + 1; c < n; c++) {
        s -= a[r][c] * x[c];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }

  /** The ROUGE of the sentences {@code chosen} of {@code d}, in document order. */
  static RougeScores scoreOf(Doc d, List<Integer> chosen) {
    return score(d.sentenceTokens(), chosen, d.reference());
  }

  /** The model {@code w}'s score of each sentence of {@code d}. */
  static ScoredSentence[] scores(Doc d, double[] w) {
    return SCORER.scoreRows(d.analysis().features(), d.rows(), w, -1);
  }

  /** The ROUGE of the summary the model {@code w} makes of {@code d}, through Salient's selector. */
  static RougeScores summarize(Doc d, double[] w, Settings settings) {
    return select(d, scores(d, w), settings);
  }

  /**
   * The ROUGE of the k sentences chosen from {@code scored}: by Salient's selector, or by
   * {@link #greedyBlocked} when an experiment's trigram blocking or penalty applies to {@code d}.
   */
  static RougeScores select(Doc d, ScoredSentence[] scored, Settings settings) {
    if (d.k() <= BLOCK_UP_TO || TRIGRAM_PENALTY > 0) {
      return scoreOf(d, greedyBlocked(d, scored, settings, BLOCK_UP_TO));
    }
    Analysis a = d.analysis();
    Selection selection =
        new SentenceSelector(settings.redundancy(), settings.duplicateThreshold())
            .select(a.features(), scored, a.salience(), Budget.DEFAULT.withMaxSentences(d.k()));
    return scoreOf(d, selection.indices());
  }

  /**
   * Trigram blocking, measured and not adopted (docs/quality.md): with system property
   * salient.fit.block=K, summaries of at most K sentences are chosen by {@link #greedyBlocked}
   * instead of Salient's selector (which, without blocking, chooses the same). 0 (the default)
   * leaves the selector alone.
   */
  static final int BLOCK_UP_TO = Integer.getInteger("salient.fit.block", 0);

  /**
   * Experiment (salient.fit.trigram-penalty=T): with {@link #greedyBlocked}, a candidate's value
   * also loses T times the share of its word trigrams the chosen sentences have. 0 by default.
   */
  static final double TRIGRAM_PENALTY = Double.parseDouble(System.getProperty("salient.fit.trigram-penalty", "0"));

  static java.util.Set<String> trigrams(List<String> t) {
    java.util.Set<String> grams = new java.util.HashSet<>();
    for (int j = 0; j + 2 < t.size(); j++) {
      grams.add(t.get(j) + ' ' + t.get(j + 1) + ' ' + t.get(j + 2));
    }
    return grams;
  }

  /**
   * The selector's greedy under a sentence budget (score less redundancy times the content-word
   * overlap with the chosen sentences, near-duplicates never), where a sentence that shares a word
   * trigram (of ROUGE's tokens) with a chosen one is never chosen when k is at most
   * {@code blockUpTo} (Paulus et al. 2018, as BertSumExt uses it).
   */
  static List<Integer> greedyBlocked(Doc d, ScoredSentence[] scored, Settings settings, int blockUpTo) {
    List<SentenceFeatures> f = d.analysis().features();
    boolean block = d.k() <= blockUpTo;
    List<java.util.Set<String>> grams = new ArrayList<>(f.size());
    for (List<String> tokens : d.sentenceTokens()) {
      grams.add(trigrams(tokens));
    }
    List<Integer> chosen = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    boolean[] out = new boolean[f.size()];
    while (chosen.size() < d.k()) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < f.size(); i++) {
        if (f.get(i).headline() || out[i]) {
          continue;
        }
        double overlap = 0;
        for (int c : chosen) {
          int smaller = Math.min(f.get(i).words().length, f.get(c).words().length);
          overlap = Math.max(overlap, smaller == 0 ? 0 : f.get(i).sharedWords(f.get(c)) / (double) smaller);
        }
        if (overlap >= settings.duplicateThreshold()) {
          out[i] = true;
          continue;
        }
        int shared = 0;
        for (String g : grams.get(i)) {
          shared += seen.contains(g) ? 1 : 0;
        }
        if (block && shared > 0) {
          out[i] = true;
          continue;
        }
        double value = scored[i].score() - settings.redundancy() * overlap;
        if (TRIGRAM_PENALTY > 0 && shared > 0) {
          value -= TRIGRAM_PENALTY * shared / (double) grams.get(i).size();
        }
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(best);
      out[best] = true;
      seen.addAll(grams.get(best));
    }
    return chosen;
  }

  /**
   * Cross-validated scores of every evaluated document, by set, in input order. Each fold's model
   * is {@link #fitWithLengthPrior}: the length prior is chosen inside the fold, so these figures
   * are nested-cross-validated for it.
   */
  static Map<String, List<RougeScores[]>> crossValidate(
      List<Doc> train, List<Doc> evaluated, int folds, Settings settings, boolean[] dropped) {
    return crossValidate(
        train, evaluated, folds, dropped, (docs, columns) -> fitWithLengthPrior(docs, settings, columns),
        (d, w) -> summarize(d, w, settings));
  }

  /**
   * The length priors {@link #fitWithLengthPrior} chooses among (system property
   * salient.fit.length-prior, comma-separated; "0" turns the prior off).
   */
  static final double[] LENGTH_PRIORS =
      Arrays.stream(System.getProperty("salient.fit.length-prior", "0,0.3,0.6,0.9,1.2").split(","))
          .mapToDouble(Double::parseDouble)
          .toArray();

  /**
   * The column the length prior is taken from: the words over 26 (per 26) of a sentence in an
   * article without a headline (system property salient.fit.length-prior-feature, to measure
   * another, such as words@untitled).
   */
  static final int UNTITLED_LONG = column(System.getProperty("salient.fit.length-prior-feature", "long@untitled"));

  private static int column(String name) {
    int c = SentenceFeatureRows.NAMES.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException("salient.fit.length-prior-feature: no feature " + name);
    }
    return c;
  }

  /**
   * Fits the model ({@link #fit}) and then lowers the weight of {@code long@untitled} (a
   * sentence's words over 26, per 26, in an article without a headline) by the length prior that
   * maximizes the mean ROUGE-1 of {@code docs}' articles without a headline under an inner
   * cross-validation over their folds (a model fitted without each fold scores it).
   *
   * <p>Why: a summary of k sentences is scored by F1, and against CNN/DM's short highlights (38
   * words against Lead-3's 73) its precision is what limits it. The oracle labels say which
   * sentences belong in a summary, not what a long sentence costs when a sentence budget must be
   * filled: the oracle stops at 2.3 sentences on average, the summary takes 3. A prior on the
   * words beyond 26, chosen by CV, prices that. Articles with a headline (BBC) are not touched:
   * there the extracts are as long as the references, and a prior found no gain (docs/quality.md).
   */
  static double[] fitWithLengthPrior(List<Doc> docs, Settings settings, boolean[] dropped) {
    return withLengthPrior(fit(docs, settings, dropped), chooseLengthPrior(docs, settings, dropped));
  }

  /** A copy of {@code w} with the length prior {@code prior} taken off its {@code long@untitled}. */
  static double[] withLengthPrior(double[] w, double prior) {
    double[] out = w.clone();
    out[UNTITLED_LONG] -= prior;
    return out;
  }

  /**
   * Whether the inner CV of the length prior maximizes ROUGE-1 + ROUGE-2 (the oracle's objective)
   * rather than ROUGE-1 alone (system property salient.fit.length-prior-objective = r1 or r1r2).
   */
  static final boolean PRIOR_BY_ROUGE2 =
      switch (System.getProperty("salient.fit.length-prior-objective", "r1")) {
        case "r1" -> false;
        case "r1r2" -> true;
        default -> throw new IllegalArgumentException("salient.fit.length-prior-objective: r1 or r1r2");
      };

  /** The length prior of {@link #fitWithLengthPrior}, chosen by an inner CV over docs' folds. */
  static double chooseLengthPrior(List<Doc> docs, Settings settings, boolean[] dropped) {
    if (dropped != null && dropped[UNTITLED_LONG]) {
      return 0; // the length features are ablated
    }
    if (LENGTH_PRIORS.length == 1) {
      return LENGTH_PRIORS[0];
    }
    java.util.SortedSet<Integer> folds = new java.util.TreeSet<>();
    for (Doc d : docs) {
      if (d.fold() >= 0 && !titled(d)) {
        folds.add(d.fold());
      }
    }
    double[] value = new double[LENGTH_PRIORS.length];
    for (int inner : folds) {
      List<Doc> rest = docs.stream().filter(d -> d.fold() != inner).toList();
      double[] w = fit(rest, settings, dropped);
      for (Doc d : docs) {
        if (d.fold() != inner || titled(d)) {
          continue;
        }
        for (int j = 0; j < LENGTH_PRIORS.length; j++) {
          RougeScores r = summarize(d, withLengthPrior(w, LENGTH_PRIORS[j]), settings);
          value[j] += r.rouge1().f1() + (PRIOR_BY_ROUGE2 ? r.rouge2().f1() : 0);
        }
      }
    }
    int best = 0; // ties to the smaller prior
    for (int j = 1; j < value.length; j++) {
      if (value[j] > value[best] + 1e-12) {
        best = j;
      }
    }
    return LENGTH_PRIORS[best];
  }

  /**
   * Cross-validated scores of any model: per fold, {@code fit} on the other folds' documents (and
   * the extra, every-fold ones) with the {@code dropped} columns and again without the salience
   * columns (the caseless model, for lower-cased documents); each evaluated document summarized
   * by its fold's model. By set, in input order.
   */
  static <M> Map<String, List<RougeScores[]>> crossValidate(
      List<Doc> train, List<Doc> evaluated, int folds, boolean[] dropped,
      java.util.function.BiFunction<List<Doc>, boolean[], M> fit,
      java.util.function.BiFunction<Doc, M, RougeScores> summarize) {
    Map<String, List<RougeScores[]>> bySet = new LinkedHashMap<>();
    for (Doc d : evaluated) {
      bySet.computeIfAbsent(d.set(), s -> new ArrayList<>());
    }
    List<M> models = new ArrayList<>(folds);
    List<M> caseless = new ArrayList<>(folds);
    boolean[] withoutSalience = withoutSalience(dropped);
    for (int f = 0; f < folds; f++) {
      int fold = f;
      List<Doc> rest = train.stream().filter(d -> d.fold() != fold || d.weight() < 0).toList();
      models.add(fit.apply(rest, dropped));
      caseless.add(fit.apply(rest, withoutSalience));
    }
    for (Doc d : evaluated) {
      M m = d.analysis().caseless() ? caseless.get(d.fold()) : models.get(d.fold());
      bySet.get(d.set()).add(new RougeScores[] {summarize.apply(d, m), d.lead()});
    }
    return bySet;
  }

  /** {@code dropped} plus the salience columns: the caseless model's columns. */
  static boolean[] withoutSalience(boolean[] dropped) {
    boolean[] out = dropped == null ? new boolean[F] : dropped.clone();
    for (int c = 0; c < F; c++) {
      out[c] |= SentenceFeatureRows.GROUPS.get(c).equals("salience");
    }
    return out;
  }

  /**
   * The comparisons of a cross-validation repeated over {@link #FOLD_SEEDS}: per split the model
   * is cross-validated ({@link #crossValidate}); each document's scores are then averaged over
   * the splits (its Lead-k is the same in all).
   */
  static Map<String, Comparison> crossValidated(Data data, int folds, Settings settings, boolean[] dropped) {
    Map<String, List<RougeScores[]>> mean = null;
    for (int r = 0; r < FOLD_SEEDS.length; r++) {
      Data split = r == 0 ? data : refold(data, folds, FOLD_SEEDS[r]);
      Map<String, List<RougeScores[]>> one = crossValidate(split.train(), split.evaluated(), folds, settings, dropped);
      if (mean == null) {
        mean = one;
        continue;
      }
      double t = 1.0 / (r + 1); // the running mean over the splits so far
      for (Map.Entry<String, List<RougeScores[]>> e : one.entrySet()) {
        List<RougeScores[]> into = mean.get(e.getKey());
        for (int i = 0; i < into.size(); i++) {
          into.set(i, new RougeScores[] {blend(into.get(i)[0], e.getValue().get(i)[0], t), into.get(i)[1]});
        }
      }
    }
    return comparisons(mean);
  }

  /** {@code a (1 - t) + b t}, score by score. */
  private static RougeScores blend(RougeScores a, RougeScores b, double t) {
    return new RougeScores(blend(a.rouge1(), b.rouge1(), t), blend(a.rouge2(), b.rouge2(), t), blend(a.rougeL(), b.rougeL(), t));
  }

  private static RougeScore blend(RougeScore a, RougeScore b, double t) {
    return new RougeScore(
        Math.min(1, a.recall() * (1 - t) + b.recall() * t),
        Math.min(1, a.precision() * (1 - t) + b.precision() * t),
        Math.min(1, a.f1() * (1 - t) + b.f1() * t));
  }

  /** Mean scores, Lead-k's and the paired bootstrap interval of their difference, ×100. */
  record Comparison(int documents, double[] model, double[] lead, double[] low, double[] high) {
    double diff(int m) {
      return model[m] - lead[m];
    }
  }

  static Comparison compare(List<RougeScores[]> pairs) {
    int n = pairs.size();
    double[][] m = new double[3][n];
    double[][] l = new double[3][n];
    for (int i = 0; i < n; i++) {
      double[] a = f1s(pairs.get(i)[0]);
      double[] b = f1s(pairs.get(i)[1]);
      for (int k = 0; k < 3; k++) {
        m[k][i] = a[k];
        l[k][i] = b[k];
      }
    }
    double[] model = new double[3];
    double[] lead = new double[3];
    double[] low = new double[3];
    double[] high = new double[3];
    Random random = new Random(SEED);
    double[][] boot = new double[3][RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      double[] sum = new double[3];
      for (int i = 0; i < n; i++) {
        int j = random.nextInt(n);
        for (int k = 0; k < 3; k++) {
          sum[k] += m[k][j] - l[k][j];
        }
      }
      for (int k = 0; k < 3; k++) {
        boot[k][r] = sum[k] / n;
      }
    }
    for (int k = 0; k < 3; k++) {
      model[k] = Arrays.stream(m[k]).average().orElse(0);
      lead[k] = Arrays.stream(l[k]).average().orElse(0);
      Arrays.sort(boot[k]);
      low[k] = boot[k][(int) Math.floor(0.025 * RESAMPLES)];
      high[k] = boot[k][(int) Math.ceil(0.975 * RESAMPLES) - 1];
    }
    return new Comparison(n, model, lead, low, high);
  }

  private static double[] f1s(RougeScores s) {
    return new double[] {100 * s.rouge1().f1(), 100 * s.rouge2().f1(), 100 * s.rougeL().f1()};
  }

  /** The comparison table: one line per set with the model, Lead-k and the interval of the gain. */
  static String table(Map<String, Comparison> comparisons) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT, "%-26s %5s %-24s %-24s %-24s%n", "set (cv)", "docs", "ROUGE-1 model-lead [95%]",
            "ROUGE-2", "ROUGE-L"));
    for (Map.Entry<String, Comparison> e : comparisons.entrySet()) {
      Comparison c = e.getValue();
      sb.append(String.format(Locale.ROOT, "%-26s %5d", e.getKey(), c.documents()));
      for (int k = 0; k < 3; k++) {
        sb.append(
            String.format(
                Locale.ROOT, " %5.2f %5.2f %+.2f [%+.2f,%+.2f]", c.model()[k], c.lead()[k], c.diff(k),
                c.low()[k], c.high()[k]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Adds the pooled CNN/DM line when both CNN/DM sets of a form are there. */
  static Map<String, Comparison> comparisons(Map<String, List<RougeScores[]>> bySet) {
    Map<String, Comparison> out = new LinkedHashMap<>();
    Map<String, List<RougeScores[]>> pooled = new LinkedHashMap<>();
    for (Map.Entry<String, List<RougeScores[]>> e : bySet.entrySet()) {
      out.put(e.getKey(), compare(e.getValue()));
      if (e.getKey().startsWith("cnndm-dev") || e.getKey().startsWith("cnndm-train")) {
        String suffix = e.getKey().replaceFirst("^cnndm-(dev|train)", "");
        pooled.computeIfAbsent("cnndm-pooled" + suffix, s -> new ArrayList<>()).addAll(e.getValue());
      }
    }
    for (Map.Entry<String, List<RougeScores[]>> e : pooled.entrySet()) {
      out.put(e.getKey(), compare(e.getValue()));
    }
    return out;
  }

  /** What {@code eval --cv} and this tool's main need: the sets, analysed in every form. */
  record Data(List<Doc> train, List<Doc> evaluated) {}

  static Data load(List<Path> sets, List<Path> extras, double extraWeight, int folds, boolean copies, PrintStream log) {
    List<Doc> train = new ArrayList<>();
    List<Doc> evaluated = new ArrayList<>();
    for (Path set : sets) {
      String name = EvalCommand.setName(set);
      List<EvalDocument> docs = EvalDocument.read(set);
      long start = System.nanoTime();
      List<Doc> raw = analyse(name, docs, Form.RAW, 1, folds);
      train.addAll(raw);
      evaluated.addAll(raw);
      if (copies && name.startsWith("cnndm")) {
        evaluated.addAll(analyse(name + "-lower", docs, Form.LOWER, 1, folds));
        evaluated.addAll(analyse(name + "-tokenized", docs, Form.TOKENIZED, 1, folds));
      }
      log.printf(Locale.ROOT, "fit: analysed %s (%d documents) in %.1f s%n", name, docs.size(), (System.nanoTime() - start) / 1e9);
    }
    for (Path extra : extras) {
      String name = EvalCommand.setName(extra);
      List<EvalDocument> docs = EvalDocument.read(extra);
      // a negative weight marks "train in every fold"; its magnitude is the row weight
      for (Doc d : analyse(name, docs, Form.RAW, 1, folds)) {
        train.add(d.inFold(-1, -extraWeight));
      }
      log.printf(Locale.ROOT, "fit: analysed %s (%d documents, training only, weight %s)%n", name, docs.size(), extraWeight);
    }
    return new Data(train, evaluated);
  }

  /** The CV objective settings are chosen by: the mean of each original set group's ROUGE-1 gain. */
  static double objective(Map<String, Comparison> c) {
    double sum = 0;
    int count = 0;
    for (Map.Entry<String, Comparison> e : c.entrySet()) {
      String k = e.getKey();
      if (k.equals("cnndm-pooled") || k.equals("bbc-dev")) {
        sum += e.getValue().diff(0);
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  /**
   * Cross-validates every setting of the grid, picks the best by {@link #objective}, prints its
   * table and returns it.
   */
  static Settings chooseAndReport(Data data, int folds, List<Settings> grid, PrintStream out) {
    Settings best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    Map<String, Comparison> bestTable = null;
    for (Settings s : grid) {
      Map<String, Comparison> c = crossValidated(data, folds, s, null);
      double value = objective(c);
      out.printf(Locale.ROOT, "cv %s: mean ROUGE-1 gain over Lead-k %+.3f%n", s, value);
      for (String set : List.of("cnndm-pooled", "bbc-dev")) {
        if (c.containsKey(set)) {
          out.printf(Locale.ROOT, "  %s: ROUGE-1/2/L gain %s%n", set, gains(c.get(set)));
        }
      }
      if (value > bestValue) {
        bestValue = value;
        best = s;
        bestTable = c;
      }
    }
    out.printf(Locale.ROOT, "%n%d-fold cross-validated, folds by document, chosen %s%n", folds, best);
    out.printf(Locale.ROOT, "F1 x100 (plain mean): model, Lead-k, model - Lead-k [paired bootstrap 95%%, %d resamples]%n", RESAMPLES);
    out.print(table(bestTable));
    out.flush();
    return best;
  }

  /** "+0.66 [+0.08,+1.35] +0.62 +0.55": the ROUGE-1 gain with its interval, the ROUGE-2 and -L gains. */
  static String gains(Comparison c) {
    return String.format(
        Locale.ROOT, "%+.2f [%+.2f,%+.2f] %+.2f %+.2f", c.diff(0), c.low()[0], c.high()[0], c.diff(1), c.diff(2));
  }

  /** The ablation table: each feature group removed and the model refitted, cross-validated. */
  static void ablation(Data data, int folds, Settings settings, PrintStream out) {
    List<String> groups = new ArrayList<>(new java.util.LinkedHashSet<>(SentenceFeatureRows.GROUPS));
    out.printf(Locale.ROOT, "%nablation (%d-fold CV, %s): ROUGE-1/2/L model - Lead-k [95%%]%n", folds, settings);
    List<String> labels = new ArrayList<>();
    labels.add("all features");
    labels.addAll(groups);
    for (String label : labels) {
      boolean[] dropped = new boolean[F];
      for (int c = 0; c < F; c++) {
        dropped[c] = SentenceFeatureRows.GROUPS.get(c).equals(label) && !UNPENALIZED[c];
      }
      Map<String, Comparison> c = crossValidated(data, folds, settings, dropped);
      StringBuilder line = new StringBuilder(label.equals("all features") ? "all features" : "- " + label);
      for (String set : List.of("cnndm-pooled", "bbc-dev", "cnndm-pooled-lower", "cnndm-pooled-tokenized")) {
        if (c.containsKey(set)) {
          line.append(" | ").append(set).append(' ').append(gains(c.get(set)));
        }
      }
      out.println(line);
      out.flush();
    }
  }

  /** Fits on every training document and returns the model. */
  static SentenceModel fitAll(Data data, Settings settings, String version) {
    double prior = chooseLengthPrior(data.train(), settings, null);
    double caselessPrior = chooseLengthPrior(data.train(), settings, withoutSalience(null));
    System.err.printf(Locale.ROOT, "fit: length prior %s (caseless %s)%n", prior, caselessPrior);
    double[] w = withLengthPrior(fit(data.train(), settings, null), prior);
    double[] caseless = withLengthPrior(fit(data.train(), settings, withoutSalience(null)), caselessPrior);
    SentenceModel.Builder b =
        SentenceModel.builder()
            .version(version)
            .redundancy(settings.redundancy())
            .duplicateThreshold(settings.duplicateThreshold());
    for (int c = 0; c < F; c++) {
      b.weight(SentenceFeatureRows.NAMES.get(c), w[c]);
      b.caselessWeight(SentenceFeatureRows.NAMES.get(c), caseless[c]);
    }
    return b.build();
  }

  /**
   * {@code SentenceModelFit [--folds K] [--write FILE] [--version V] [--ablation] [--no-copies]
   * [--extra SET --extra-weight W]... SET.jsonl...}
   */
  public static void main(String[] args) {
    int folds = 5;
    Path write = null;
    String version = "fitted";
    boolean ablation = false;
    boolean copies = true;
    double extraWeight = 0.3;
    List<Path> sets = new ArrayList<>();
    List<Path> extras = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--write" -> write = Path.of(args[++i]);
        case "--version" -> version = args[++i];
        case "--ablation" -> ablation = true;
        case "--no-copies" -> copies = false;
        case "--extra" -> extras.add(Path.of(args[++i]));
        case "--extra-weight" -> extraWeight = Double.parseDouble(args[++i]);
        default -> sets.add(Path.of(args[i]));
      }
    }
    if (sets.isEmpty() || folds < 2) {
      System.err.println(
          "usage: SentenceModelFit [--folds K>=2] [--write FILE] [--version V] [--ablation] [--no-copies]"
              + " [--extra SET.jsonl] [--extra-weight W] SET.jsonl...");
      System.exit(2);
    }
    PrintStream out = System.out;
    Data data = load(sets, extras, extraWeight, folds, copies, System.err);
    Settings best = chooseAndReport(data, folds, GRID, out);
    if (ablation) {
      ablation(data, folds, best, out);
    }
    if (write != null) {
      SentenceModel model = fitAll(data, best, version);
      StringBuilder text = new StringBuilder();
      text.append("# Salient's sentence model: L2 logistic regression on greedy-oracle labels, written by\n");
      text.append("# dev.salient.eval.SentenceModelFit (see docs/quality.md). Fitted on:");
      for (Path p : sets) {
        text.append(' ').append(p.getFileName());
      }
      for (Path p : extras) {
        text.append(' ').append(p.getFileName()).append("(weight ").append(extraWeight).append(')');
      }
      text.append("\n# settings: ").append(best).append('\n');
      text.append("# long@untitled includes the length prior chosen by CV (fitWithLengthPrior)\n");
      text.append(model.format());
      try {
        Files.writeString(write, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + write, e);
      }
      System.err.println("fit: wrote " + write);
    }
    Objects.requireNonNull(out).flush();
  }
}
