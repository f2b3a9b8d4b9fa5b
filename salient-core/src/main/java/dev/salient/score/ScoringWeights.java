package dev.salient.score;

/**
 * The weights of the sentence score and of selection. The defaults were chosen on the development
 * sets (see docs/quality.md).
 *
 * <pre>{@code
 * ScoringWeights d = ScoringWeights.DEFAULT;
 * ScoringWeights lessLead = new ScoringWeights(d.salience(), 0.5, d.positionScale(), d.content(),
 *     d.dangling(), d.minWords(), d.shortPenalty(), d.focus(), d.repeatFactor(), d.redundancy(),
 *     d.duplicateThreshold(), d.firstSentence(), d.headline(), d.lengthTarget(), d.lengthPenalty());
 * Summarizer summarizer = Summarizer.builder().scoringWeights(lessLead).build();
 * }</pre>
 *
 * <p>Every weight must be finite; the constructor rejects a value that would make scores
 * meaningless (a non-positive {@code positionScale} or {@code lengthTarget}, a {@code repeatFactor}
 * outside 0..1, a non-positive {@code duplicateThreshold}, a negative {@code minWords}), naming
 * the weight and its value. Immutable and thread-safe.
 *
 * @param salience weight of covered entity salience
 * @param position weight of the lead-position prior (value for the first body sentence)
 * @param positionScale how fast the position prior decays (in sentences), positive
 * @param content weight of content-word centrality
 * @param dangling penalty for a sentence opening with a pronoun or connective
 * @param minWords sentences with fewer words get {@code shortPenalty}
 * @param shortPenalty penalty for very short sentences
 * @param focus bonus for a sentence mentioning the focus entity
 * @param repeatFactor share of an entity's salience a second sentence about it still earns, in 0..1
 * @param redundancy penalty weight for content-word overlap with chosen sentences
 * @param duplicateThreshold overlap (0..1) from which a sentence is a near-duplicate and never
 *     chosen; above 1 turns the check off
 * @param firstSentence extra prior for the first body sentence (the lede)
 * @param headline weight of the share of the headline's content words a sentence repeats
 * @param lengthTarget sentences longer than this many words are penalized, positive
 * @param lengthPenalty penalty per {@code lengthTarget} words over the target
 */
public record ScoringWeights(
    double salience,
    double position,
    double positionScale,
    double content,
    double dangling,
    int minWords,
    double shortPenalty,
    double focus,
    double repeatFactor,
    double redundancy,
    double duplicateThreshold,
    double firstSentence,
    double headline,
    int lengthTarget,
    double lengthPenalty) {

  /** The weights Salient uses unless told otherwise. */
  public static final ScoringWeights DEFAULT =
      new ScoringWeights(1.0, 1.0, 2.0, 0.6, 0.1, 6, 0.5, 1.0, 0.7, 0.5, 0.7, 0.2, 1.0, 26, 0.3);

  public ScoringWeights {
    requireFinite("salience", salience);
    requireFinite("position", position);
    requireFinite("positionScale", positionScale);
    requireFinite("content", content);
    requireFinite("dangling", dangling);
    requireFinite("shortPenalty", shortPenalty);
    requireFinite("focus", focus);
    requireFinite("repeatFactor", repeatFactor);
    requireFinite("redundancy", redundancy);
    requireFinite("duplicateThreshold", duplicateThreshold);
    requireFinite("firstSentence", firstSentence);
    requireFinite("headline", headline);
    requireFinite("lengthPenalty", lengthPenalty);
    if (!(positionScale > 0)) {
      throw new IllegalArgumentException("positionScale must be positive: positionScale=" + positionScale);
    }
    if (minWords < 0) {
      throw new IllegalArgumentException("minWords must not be negative: minWords=" + minWords);
    }
    if (!(repeatFactor >= 0 && repeatFactor <= 1)) {
      throw new IllegalArgumentException("repeatFactor must be in 0..1: repeatFactor=" + repeatFactor);
    }
    if (!(duplicateThreshold > 0)) {
      throw new IllegalArgumentException(
          "duplicateThreshold must be positive: duplicateThreshold=" + duplicateThreshold);
    }
    if (lengthTarget < 1) {
      throw new IllegalArgumentException("lengthTarget must be positive: lengthTarget=" + lengthTarget);
    }
  }

  private static void requireFinite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite: " + name + "=" + value);
    }
  }
}
