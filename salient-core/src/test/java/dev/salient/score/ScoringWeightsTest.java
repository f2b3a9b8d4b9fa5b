package dev.salient.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Weights that would make scores meaningless are rejected by name, before any summary is made. */
class ScoringWeightsTest {
  private static final ScoringWeights D = ScoringWeights.DEFAULT;

  private static String rejection(
      double positionScale, int minWords, double repeatFactor, double duplicateThreshold, int lengthTarget,
      double salience) {
    return assertThrows(
            IllegalArgumentException.class,
            () ->
                new ScoringWeights(
                    salience, D.position(), positionScale, D.content(), D.dangling(), minWords,
                    D.shortPenalty(), D.focus(), repeatFactor, D.redundancy(), duplicateThreshold,
                    D.firstSentence(), D.headline(), lengthTarget, D.lengthPenalty()))
        .getMessage();
  }

  @Test
  void rejectsANonPositivePositionScale() {
    assertEquals(
        "positionScale must be positive: positionScale=0.0",
        rejection(0, D.minWords(), D.repeatFactor(), D.duplicateThreshold(), D.lengthTarget(), D.salience()));
  }

  @Test
  void rejectsANegativeMinWords() {
    assertEquals(
        "minWords must not be negative: minWords=-1",
        rejection(D.positionScale(), -1, D.repeatFactor(), D.duplicateThreshold(), D.lengthTarget(), D.salience()));
  }

  @Test
  void rejectsARepeatFactorOutsideZeroToOne() {
    assertEquals(
        "repeatFactor must be in 0..1: repeatFactor=1.5",
        rejection(D.positionScale(), D.minWords(), 1.5, D.duplicateThreshold(), D.lengthTarget(), D.salience()));
  }

  @Test
  void rejectsANonPositiveDuplicateThreshold() {
    assertEquals(
        "duplicateThreshold must be positive: duplicateThreshold=0.0",
        rejection(D.positionScale(), D.minWords(), D.repeatFactor(), 0, D.lengthTarget(), D.salience()));
  }

  @Test
  void rejectsANonPositiveLengthTarget() {
    assertEquals(
        "lengthTarget must be positive: lengthTarget=0",
        rejection(D.positionScale(), D.minWords(), D.repeatFactor(), D.duplicateThreshold(), 0, D.salience()));
  }

  @Test
  void rejectsANonFiniteWeight() {
    assertEquals(
        "salience must be finite: salience=NaN",
        rejection(D.positionScale(), D.minWords(), D.repeatFactor(), D.duplicateThreshold(), D.lengthTarget(), Double.NaN));
  }
}
