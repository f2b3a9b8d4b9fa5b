package dev.salient.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.salient.ScoreBreakdown;
import dev.salient.score.SentenceFeatures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budget and Selection reject impossible values by name; overlap is relative to the smaller set. */
class BudgetAndSelectionTest {

  @Test
  void budgetRejectsANegativeWordCap() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Budget(3, 0, -1, 0));
    assertEquals("maxWords must not be negative: maxWords=-1", e.getMessage());
  }

  @Test
  void budgetRejectsARatioAboveOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Budget(0, 1.5, 0, 0));
    assertEquals("ratio must be in 0..1: ratio=1.5", e.getMessage());
  }

  @Test
  void ratioCapRoundsUpAndKeepsAtLeastOneSentence() {
    assertEquals(2, new Budget(0, 0.1, 0, 0).sentenceCap(11));
    assertEquals(1, new Budget(0, 0.01, 0, 0).sentenceCap(5));
    assertEquals(3, new Budget(3, 0.9, 0, 0).sentenceCap(10));
  }

  @Test
  void selectionNeedsOneBreakdownPerIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Selection(List.of(0, 1), List.of(ScoreBreakdown.ZERO), null));
    assertEquals("one breakdown per index: indices=2, breakdowns=1", e.getMessage());
  }

  @Test
  void selectionHasAReasonExactlyWhenEmpty() {
    assertThrows(IllegalArgumentException.class, () -> new Selection(List.of(), List.of(), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Selection(List.of(0), List.of(ScoreBreakdown.ZERO), "why"));
  }

  @Test
  void overlapIsSharedWordsOverTheSmallerSentence() {
    SentenceFeatures a = features(1, 2, 3, 4);
    SentenceFeatures b = features(2, 4, 9);
    assertEquals(2.0 / 3, SentenceSelector.overlap(a, b), 1e-12);
    assertEquals(SentenceSelector.overlap(a, b), SentenceSelector.overlap(b, a), 0);
    assertEquals(0.0, SentenceSelector.overlap(a, features()), 0);
  }

  private static SentenceFeatures features(int... words) {
    return new SentenceFeatures(0, new int[0], words, words.length, 10, false, false);
  }
}
