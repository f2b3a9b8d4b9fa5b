package dev.salient.score;

/**
 * The weights of the sentence score and of selection. The defaults were chosen on the development
 * sets (see docs/quality.md).
 *
 * @param salience weight of covered entity salience
 * @param position weight of the lead-position prior (value for the first body sentence)
 * @param positionScale how fast the position prior decays (in sentences)
 * @param content weight of content-word centrality
 * @param dangling penalty for a sentence opening with a pronoun or connective
 * @param minWords sentences with fewer words get {@code shortPenalty}
 * @param shortPenalty penalty for very short sentences
 * @param focus bonus for a sentence mentioning the focus entity
 * @param repeatFactor share of an entity's salience a second sentence about it still earns
 * @param redundancy penalty weight for content-word overlap with chosen sentences
 * @param duplicateThreshold overlap above which a sentence is a near-duplicate and never chosen
 * @param firstSentence extra prior for the first body sentence (the lede)
 * @param headline weight of the share of the headline's content words a sentence repeats
 * @param lengthTarget sentences longer than this many words are penalized
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

  public static final ScoringWeights DEFAULT =
      new ScoringWeights(1.0, 1.0, 2.0, 0.6, 0.1, 6, 0.5, 1.0, 0.7, 0.5, 0.7, 0.2, 1.0, 26, 0.3);
}
