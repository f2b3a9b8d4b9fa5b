package dev.salient;

/**
 * Why a sentence scored what it did. The parts add up to the sentence's score.
 *
 * <pre>{@code
 * SummarySentence best = summary.rankedSentences().get(0);
 * ScoreBreakdown why = best.breakdown();
 * System.out.println("salience " + why.salience() + " + lead " + why.position() + " = " + why.total());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param salience salience of the entities the sentence covers (with diminishing returns)
 * @param position the lead-position prior
 * @param content content-word centrality and overlap with the headline
 * @param length penalty for very short or very long sentences (zero or negative)
 * @param redundancy penalty for repeating what chosen sentences already say (zero or negative)
 * @param coherence penalty for dangling pronouns or connectives (zero or negative)
 * @param focus bonus for mentioning the focus entity, if one was set
 */
public record ScoreBreakdown(
    double salience,
    double position,
    double content,
    double length,
    double redundancy,
    double coherence,
    double focus) {

  /** The breakdown of a sentence that was not scored. */
  public static final ScoreBreakdown ZERO = new ScoreBreakdown(0, 0, 0, 0, 0, 0, 0);

  /** The sum of the parts. */
  public double total() {
    return salience + position + content + length + redundancy + coherence + focus;
  }
}
