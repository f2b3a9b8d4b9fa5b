package dev.salient.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of {@link EvalCommand#evaluate}: corpus ROUGE of Salient, Lead-k and (when asked)
 * the greedy Oracle on one evaluation set, with every document's extracts.
 *
 * <pre>{@code
 * EvalReport report = EvalCommand.evaluate(k -> Summarizer.builder().maxSentences(k).build(), docs, false);
 * double r1 = 100 * report.salient().perlAverage().rouge1().f1();
 * System.out.print(report.table());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param documents how many documents were evaluated
 * @param salient Salient's summaries
 * @param lead the first k sentences of each article, by Salient's splitter
 * @param oracle the greedy best extract (see {@link EvalCommand}), or null when not computed
 * @param salientSeconds the time spent in {@code Summarizer.summarize}, in seconds (warm-up calls
 *     excluded)
 * @param perDocument every document's extracts and scores, in input order
 */
public record EvalReport(
    int documents,
    SystemResult salient,
    SystemResult lead,
    SystemResult oracle,
    double salientSeconds,
    List<DocumentResult> perDocument) {

  public EvalReport {
    Objects.requireNonNull(salient, "salient");
    Objects.requireNonNull(lead, "lead");
    perDocument = List.copyOf(perDocument);
  }

  /** Documents summarized per second by Salient (0 when no time was measured). */
  public double docsPerSecond() {
    return salientSeconds > 0 ? documents / salientSeconds : 0;
  }

  /** The systems evaluated: Salient, Lead-k and, when computed, Oracle. */
  public List<SystemResult> systems() {
    List<SystemResult> systems = new ArrayList<>(List.of(salient, lead));
    if (oracle != null) {
      systems.add(oracle);
    }
    return List.copyOf(systems);
  }

  /**
   * The side-by-side table of ROUGE-1/2/L F1 × 100 (Porter-stemmed, averaged as ROUGE-1.5.5 prints
   * it), one row per system, rows starting with the system's name.
   */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-10s %8s %8s %8s%n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L"));
    for (SystemResult system : systems()) {
      RougeScores s = system.perlAverage();
      sb.append(
          String.format(
              Locale.ROOT,
              "%-10s %8.2f %8.2f %8.2f%n",
              system.name(),
              100 * s.rouge1().f1(),
              100 * s.rouge2().f1(),
              100 * s.rougeL().f1()));
    }
    return sb.toString();
  }

  /**
   * One system's corpus scores.
   *
   * @param name "Salient", "Lead-k" or "Oracle"
   * @param perlAverage the average ROUGE-1.5.5 prints ({@link Rouge#perlAverage}); the figure to
   *     report
   * @param mean the plain mean over documents
   */
  public record SystemResult(String name, RougeScores perlAverage, RougeScores mean) {
    public SystemResult {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(perlAverage, "perlAverage");
      Objects.requireNonNull(mean, "mean");
    }
  }

  /**
   * One document's extracts.
   *
   * @param id the document's id
   * @param k the summary length asked for
   * @param salient Salient's summary
   * @param lead the first k sentences
   * @param oracle the greedy oracle extract, or null when not computed
   */
  public record DocumentResult(String id, int k, Extract salient, Extract lead, Extract oracle) {
    public DocumentResult {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(salient, "salient");
      Objects.requireNonNull(lead, "lead");
    }
  }

  /**
   * Sentences chosen from one article and their ROUGE against its reference (stemmed).
   *
   * @param indices the sentences' numbers in the article ({@code SummarySentence.index()}), in
   *     document order
   * @param sentences the sentences' text, in the same order
   * @param scores ROUGE-1/2/L of these sentences against the reference
   */
  public record Extract(List<Integer> indices, List<String> sentences, RougeScores scores) {
    public Extract {
      indices = List.copyOf(indices);
      sentences = List.copyOf(sentences);
      Objects.requireNonNull(scores, "scores");
      if (indices.size() != sentences.size()) {
        throw new IllegalArgumentException(
            "indices and sentences must have the same size: indices=" + indices.size()
                + ", sentences=" + sentences.size());
      }
    }
  }
}
