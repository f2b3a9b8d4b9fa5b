package dev.salient.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code eval} command: summarizes every record of one or more evaluation sets and prints
 * ROUGE-1/2/L F1 of Salient, Lead-k and optionally an Oracle side by side, plus Salient's speed.
 *
 * <pre>{@code
 * mvn -q -DskipTests package
 * java -cp salient-cli/target/salient-cli.jar dev.salient.eval.EvalCommand ../shared/eval/cnndm-dev.jsonl --oracle
 *
 * // in a tuning loop:
 * List<EvalDocument> docs = EvalDocument.read(Path.of("../shared/eval/bbc-dev.jsonl"));
 * EvalReport report = EvalCommand.evaluate(
 *     k -> Summarizer.builder().maxSentences(k).scoringWeights(weights).build(), docs, false);
 * double r1 = report.salient().perlAverage().rouge1().f1();
 * }</pre>
 *
 * <p>{@code eval --cv K SET.jsonl... [--ablation] [--extra SET.jsonl [--extra-weight W]]}
 * cross-validates the sentence model instead ({@link SentenceModelFit}): per set, ROUGE-1/2/L of
 * the held-out summaries beside Lead-k with the paired-bootstrap 95% interval of the difference.
 *
 * <p>Usage: {@code eval SET.jsonl... [--out DIR] [--oracle] [--limit N] [--sentences N]}. For each
 * record (schema: {@link EvalDocument}) the input is {@code title + "\n\n" + text} (or the text when
 * the title is null) and k is the record's {@code sentences} (or {@code --sentences}).
 *
 * <ul>
 *   <li><b>Salient</b>: {@code Summarizer.builder().maxSentences(k).build()} (one summarizer per k).
 *   <li><b>Lead-k</b>: the first k sentences of the same document by Salient's own splitter (the k
 *       lowest-index entries of {@code Summary.rankedSentences()}, which lists every sentence but the
 *       headline).
 *   <li><b>Oracle</b> ({@code --oracle}): a greedy upper bound. Starting from nothing, it adds the
 *       sentence that most raises ROUGE-1 F1 + ROUGE-2 F1 (stemmed) of the extract, until it has k
 *       sentences or no sentence raises the sum; ties go to the earlier sentence.
 * </ul>
 *
 * <p>Scores are F1 × 100, Porter-stemmed ({@code -m}), each document's reference as the single
 * model summary, one sentence per line; the corpus figure is the average ROUGE-1.5.5 prints with
 * {@code -r 1000} ({@link Rouge#perlAverage}), which can differ from the plain mean by about 0.1.
 * docs/s counts only the time spent in {@code summarize}, after one untimed warm-up call per
 * summarizer (model loading). {@code --out DIR} writes {@code DIR/<set>.jsonl}: per document its
 * id, k and, per system, the chosen sentences (indices and text) with their ROUGE-1/2/L recall,
 * precision and F1.
 *
 * <p>Exit codes: {@value #OK} done, {@value #FAILED} a set could not be read or evaluated,
 * {@value #USAGE} bad arguments. Needs Jackson and picocli on the classpath (optional dependencies
 * of Salient, both in {@code salient-cli.jar}). The static methods are thread-safe; a command
 * instance holds parsed options and is not.
 */
@Command(
    name = "eval",
    description = {
      "Scores Salient against Lead-k (and optionally a greedy Oracle) on evaluation sets.",
      "Prints ROUGE-1/2/L F1 x100, Porter-stemmed, averaged as ROUGE-1.5.5 prints it."
    })
public final class EvalCommand implements Callable<Integer> {
  /** Exit code: every set was evaluated. */
  public static final int OK = 0;
  /** Exit code: a set could not be read or evaluated. */
  public static final int FAILED = 1;
  /** Exit code: bad arguments. */
  public static final int USAGE = 2;

  private static final ObjectWriter JSON_LINE = new ObjectMapper().writer();

  @Parameters(arity = "1..*", paramLabel = "SET.jsonl", description = "Evaluation sets (JSON Lines).")
  private List<Path> sets;

  @Option(names = "--out", paramLabel = "DIR", description = "Write per-document outputs to DIR/<set>.jsonl.")
  private Path outDir;

  @Option(names = "--oracle", description = "Also compute the greedy Oracle (upper bound).")
  private boolean oracle;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N records of each set.")
  private Integer limit;

  @Option(names = "--sentences", paramLabel = "N", description = "Summary length k for every record (default: the record's 'sentences').")
  private Integer sentences;

  @Option(
      names = "--cv",
      paramLabel = "K",
      description = {
        "Cross-validate the sentence model instead: fit it on K-1 folds (by document) of all the sets,",
        "score the held-out fold, and print per set (and CNN/DM pooled, and lower-cased and tokenized",
        "copies of the CNN/DM sets) ROUGE-1/2/L beside Lead-k with paired-bootstrap 95%% intervals."
      })
  private Integer cv;

  @Option(names = "--ablation", description = "With --cv: also refit with each feature group removed.")
  private boolean ablation;

  @Option(
      names = "--extra",
      paramLabel = "SET.jsonl",
      description = "With --cv: a set to train on in every fold but not to score (e.g. silver references).")
  private List<Path> extras = new ArrayList<>();

  @Option(names = "--extra-weight", paramLabel = "W", description = "With --cv: the row weight of --extra sets (default 0.3).")
  private double extraWeight = 0.3;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  /** A command that prints its table to {@code out} and messages to {@code err}. */
  public EvalCommand(PrintStream out, PrintStream err) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /** Runs the command on the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    System.exit(code);
  }

  /**
   * Runs the command in-process.
   *
   * @param args e.g. {@code {"../shared/eval/cnndm-dev.jsonl", "--oracle"}}
   * @return {@value #OK}, {@value #FAILED} or {@value #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    CommandLine commandLine = new CommandLine(new EvalCommand(out, err));
    commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          cmd.getErr().println("eval: " + e.getMessage());
          return FAILED;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() {
    if (limit != null && limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be positive: limit=" + limit);
    }
    if (sentences != null && sentences < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--sentences must be positive: sentences=" + sentences);
    }
    if (cv != null) {
      if (cv < 2) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--cv must be at least 2: cv=" + cv);
      }
      if (!(extraWeight > 0) || Double.isInfinite(extraWeight)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--extra-weight must be positive: extra-weight=" + extraWeight);
      }
      SentenceModelFit.Data data = SentenceModelFit.load(sets, extras, extraWeight, cv, true, err);
      SentenceModelFit.Settings best = SentenceModelFit.chooseAndReport(data, cv, SentenceModelFit.GRID, out);
      if (ablation) {
        SentenceModelFit.ablation(data, cv, best, out);
      }
      out.flush();
      return OK;
    }
    Map<Integer, Summarizer> summarizers = new HashMap<>();
    Function<Integer, Summarizer> summarizerForK =
        k -> summarizers.computeIfAbsent(k, n -> Summarizer.builder().maxSentences(n).build());
    for (Path set : sets) {
      List<EvalDocument> docs = EvalDocument.read(set);
      if (limit != null && docs.size() > limit) {
        docs = docs.subList(0, limit);
      }
      if (sentences != null) {
        List<EvalDocument> resized = new ArrayList<>(docs.size());
        for (EvalDocument d : docs) {
          resized.add(d.withSentences(sentences));
        }
        docs = resized;
      }
      EvalReport report = evaluate(summarizerForK, docs, oracle);
      String name = setName(set);
      out.printf(Locale.ROOT, "%s: %d documents, k = %s%n", name, report.documents(), describeK(docs));
      out.print(report.table());
      out.print(gainLine(report));
      out.printf(
          Locale.ROOT,
          "F1 x100, Porter-stemmed, ROUGE-1.5.5 bootstrap average (-r 1000); Salient %.1f docs/s%n%n",
          report.docsPerSecond());
      if (outDir != null) {
        Path file = outDir.resolve(name + ".jsonl");
        writeDocuments(report, file);
        err.println("eval: wrote " + file);
      }
      out.flush();
    }
    return OK;
  }

  /**
   * Evaluates Salient, Lead-k and optionally the greedy Oracle on {@code docs}.
   *
   * @param summarizerForK the summarizer for a summary length k; called once per distinct k, and
   *     each summarizer's first document is summarized once more, untimed, as a warm-up
   * @param docs the documents; each one's {@link EvalDocument#sentences()} is its k
   * @param oracle whether to compute the Oracle (slower: about k × sentences ROUGE evaluations per
   *     document)
   * @throws IllegalStateException naming the document when summarizing it fails
   */
  public static EvalReport evaluate(
      Function<Integer, Summarizer> summarizerForK, List<EvalDocument> docs, boolean oracle) {
    Objects.requireNonNull(summarizerForK, "summarizerForK");
    Objects.requireNonNull(docs, "docs");
    Rouge rouge = Rouge.stemmed();
    Map<Integer, Summarizer> byK = new HashMap<>();
    List<EvalReport.DocumentResult> results = new ArrayList<>(docs.size());
    long nanos = 0;
    for (EvalDocument doc : docs) {
      int k = doc.sentences();
      Summarizer summarizer = byK.get(k);
      if (summarizer == null) {
        summarizer = Objects.requireNonNull(summarizerForK.apply(k), "summarizer for k=" + k);
        byK.put(k, summarizer);
        summarize(summarizer, doc); // untimed: loads the models once, so docs/s measures summarizing
      }
      long start = System.nanoTime();
      Summary summary = summarize(summarizer, doc);
      nanos += System.nanoTime() - start;

      List<List<String>> reference = rouge.tokenize(doc.reference());
      List<SummarySentence> all = new ArrayList<>(summary.rankedSentences());
      all.sort(Comparator.comparingInt(SummarySentence::index));
      List<SummarySentence> chosen = new ArrayList<>(summary.sentences());
      chosen.sort(Comparator.comparingInt(SummarySentence::index));
      EvalReport.Extract salient = extract(rouge, chosen, reference);
      EvalReport.Extract lead = extract(rouge, all.subList(0, Math.min(k, all.size())), reference);
      EvalReport.Extract best = oracle ? oracle(rouge, all, reference, k) : null;
      results.add(new EvalReport.DocumentResult(doc.id(), k, salient, lead, best));
    }
    return new EvalReport(
        docs.size(),
        system("Salient", results, EvalReport.DocumentResult::salient),
        system("Lead-k", results, EvalReport.DocumentResult::lead),
        oracle ? system("Oracle", results, EvalReport.DocumentResult::oracle) : null,
        nanos / 1e9,
        results);
  }

  private static Summary summarize(Summarizer summarizer, EvalDocument doc) {
    try {
      return summarizer.summarize(doc.input());
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot summarize id=" + doc.id() + ": " + e, e);
    }
  }

  private static EvalReport.SystemResult system(
      String name,
      List<EvalReport.DocumentResult> results,
      Function<EvalReport.DocumentResult, EvalReport.Extract> extract) {
    List<RougeScores> scores = new ArrayList<>(results.size());
    for (EvalReport.DocumentResult r : results) {
      scores.add(extract.apply(r).scores());
    }
    return new EvalReport.SystemResult(name, Rouge.perlAverage(scores), Rouge.mean(scores));
  }

  private static EvalReport.Extract extract(
      Rouge rouge, List<SummarySentence> sentences, List<List<String>> reference) {
    List<Integer> indices = new ArrayList<>(sentences.size());
    List<String> texts = new ArrayList<>(sentences.size());
    for (SummarySentence s : sentences) {
      indices.add(s.index());
      texts.add(s.text());
    }
    return new EvalReport.Extract(indices, texts, rouge.scoreTokens(rouge.tokenize(texts), reference));
  }

  /** Greedy oracle: add the sentence that most raises R-1 F1 + R-2 F1, up to k, while it helps. */
  static EvalReport.Extract oracle(
      Rouge rouge, List<SummarySentence> all, List<List<String>> reference, int k) {
    List<List<String>> tokens = new ArrayList<>(all.size());
    for (SummarySentence s : all) {
      tokens.add(rouge.tokens(s.text()));
    }
    boolean[] selected = new boolean[all.size()];
    int count = 0;
    double best = 0;
    while (count < k) {
      int bestPosition = -1;
      for (int p = 0; p < all.size(); p++) {
        if (selected[p]) {
          continue;
        }
        selected[p] = true;
        List<List<String>> candidate = new ArrayList<>(count + 1);
        for (int q = 0; q < all.size(); q++) {
          if (selected[q]) {
            candidate.add(tokens.get(q));
          }
        }
        selected[p] = false;
        double objective =
            rouge.rougeN(candidate, reference, 1).f1() + rouge.rougeN(candidate, reference, 2).f1();
        if (objective > best) {
          best = objective;
          bestPosition = p;
        }
      }
      if (bestPosition < 0) {
        break;
      }
      selected[bestPosition] = true;
      count++;
    }
    List<SummarySentence> chosen = new ArrayList<>(count);
    for (int p = 0; p < all.size(); p++) {
      if (selected[p]) {
        chosen.add(all.get(p));
      }
    }
    return extract(rouge, chosen, reference);
  }

  private static void writeDocuments(EvalReport report, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (EvalReport.DocumentResult result : report.perDocument()) {
          writer.write(JSON_LINE.writeValueAsString(result));
          writer.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * "Salient - Lead-k" with the plain-mean differences of ROUGE-1/2/L and their paired-bootstrap
   * 95% intervals (documents resampled, seeded).
   */
  static String gainLine(EvalReport report) {
    List<RougeScores[]> pairs = new ArrayList<>();
    for (EvalReport.DocumentResult r : report.perDocument()) {
      pairs.add(new RougeScores[] {r.salient().scores(), r.lead().scores()});
    }
    SentenceModelFit.Comparison c = SentenceModelFit.compare(pairs);
    StringBuilder sb = new StringBuilder("Salient - Lead-k (plain mean, paired bootstrap 95%):");
    for (int m = 0; m < 3; m++) {
      sb.append(String.format(Locale.ROOT, " %+.2f [%+.2f, %+.2f]", c.diff(m), c.low()[m], c.high()[m]));
    }
    return sb.append('\n').toString();
  }

  /** "cnndm-dev" for ".../cnndm-dev.jsonl". */
  static String setName(Path set) {
    String name = set.getFileName().toString();
    return name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
  }

  private static String describeK(List<EvalDocument> docs) {
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (EvalDocument d : docs) {
      min = Math.min(min, d.sentences());
      max = Math.max(max, d.sentences());
    }
    if (docs.isEmpty()) {
      return "-";
    }
    return min == max ? String.valueOf(min) : "each record's sentences (" + min + ".." + max + ")";
  }
}
