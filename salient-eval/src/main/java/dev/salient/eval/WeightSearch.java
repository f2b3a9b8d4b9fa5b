package dev.salient.eval;

import dev.salient.Summarizer;
import dev.salient.score.ScoringWeights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random search over the selection weights ({@link ScoringWeights}) on evaluation sets: how the
 * defaults were chosen. Prints one line per candidate with its ROUGE-1/2/L F1 (plain mean, ×100)
 * per set, and the default weights first for comparison.
 *
 * <pre>
 * java -cp salient-cli/target/salient-cli.jar dev.salient.eval.WeightSearch 30 ../shared/eval/cnndm-dev.jsonl
 * </pre>
 *
 * <p>Arguments: the number of random candidates, then one or more sets. The search is seeded, so
 * the same arguments print the same lines. Needs jackson on the class path (the CLI jar has it).
 * A command-line tool with no state: {@link #sample} is thread-safe given its own {@link Random}.
 */
public final class WeightSearch {
  private WeightSearch() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: WeightSearch CANDIDATES SET.jsonl...");
      System.exit(2);
    }
    int candidates = Integer.parseInt(args[0]);
    List<List<EvalDocument>> sets = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sets.add(EvalDocument.read(Path.of(args[i])));
    }
    Random random = new Random(42);
    print(ScoringWeights.DEFAULT, sets, "default");
    for (int c = 0; c < candidates; c++) {
      print(sample(random), sets, "candidate " + c);
    }
  }

  /** A random candidate around the defaults' scale. */
  static ScoringWeights sample(Random r) {
    return new ScoringWeights(
        pick(r, 0.5, 1.0, 1.5, 2.0),
        pick(r, 0.8, 1.0, 1.3, 1.6),
        pick(r, 1.5, 2.0, 3.0, 4.0),
        pick(r, 0.3, 0.6, 0.9),
        pick(r, 0.1, 0.2, 0.3, 0.4),
        6,
        0.5,
        1.0,
        pick(r, 0.2, 0.3, 0.5, 0.7),
        pick(r, 0.2, 0.3, 0.5, 1.0),
        0.7,
        pick(r, 0.0, 0.2, 0.4),
        pick(r, 0.5, 1.0),
        (int) pick(r, 18, 22, 26, 30),
        pick(r, 0.2, 0.3, 0.4, 0.6));
  }

  private static double pick(Random r, double... values) {
    return values[r.nextInt(values.length)];
  }

  private static void print(ScoringWeights w, List<List<EvalDocument>> sets, String label) {
    StringBuilder line = new StringBuilder(label).append(": ").append(w);
    for (List<EvalDocument> docs : sets) {
      EvalReport report =
          EvalCommand.evaluate(k -> Summarizer.builder().maxSentences(k).scoringWeights(w).build(), docs, false);
      RougeScores s = report.salient().mean();
      line.append(
          String.format(
              Locale.ROOT,
              " | %.2f/%.2f/%.2f",
              100 * s.rouge1().f1(),
              100 * s.rouge2().f1(),
              100 * s.rougeL().f1()));
    }
    System.out.println(line);
    System.out.flush();
  }
}
