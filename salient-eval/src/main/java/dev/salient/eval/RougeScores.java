package dev.salient.eval;

import java.util.Objects;

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L of one evaluation, or an average of several.
 *
 * <pre>{@code
 * RougeScores s = Rouge.stemmed().score(candidateSentences, referenceSentences);
 * double r1 = s.rouge1().f1(), r2 = s.rouge2().f1(), rl = s.rougeL().f1();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param rouge1 unigram overlap
 * @param rouge2 bigram overlap
 * @param rougeL summary-level longest common subsequence (union LCS over reference sentences)
 */
public record RougeScores(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL) {
  /** All zeros: the scores of an empty candidate. */
  public static final RougeScores ZERO = new RougeScores(RougeScore.ZERO, RougeScore.ZERO, RougeScore.ZERO);

  public RougeScores {
    Objects.requireNonNull(rouge1, "rouge1");
    Objects.requireNonNull(rouge2, "rouge2");
    Objects.requireNonNull(rougeL, "rougeL");
  }
}
