package dev.salient.select;

import dev.salient.Budget;
import dev.salient.EmptyReason;
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
        assertThrows(IllegalArgumentException.class, () -> Budget.DEFAULT.withMaxWords(-1));
    assertEquals("maxWords must be positive or Budget.UNLIMITED: maxWords=-1", e.getMessage());
  }

  @Test
  void budgetRejectsZeroInsteadOfUnlimited() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Budget.DEFAULT.withMaxSentences(0));
    assertEquals("maxSentences must be positive or Budget.UNLIMITED: maxSentences=0", e.getMessage());
  }

  @Test
  void budgetRejectsARatioAboveOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Budget.DEFAULT.withRatio(1.5));
    assertEquals("ratio must be in (0, 1]: ratio=1.5", e.getMessage());
  }

  @Test
  void ratioCapRoundsUpAndKeepsAtLeastOneSentence() {
    assertEquals(2, Budget.UNCAPPED.withRatio(0.1).sentenceCap(11));
    assertEquals(1, Budget.UNCAPPED.withRatio(0.01).sentenceCap(5));
    assertEquals(3, Budget.UNCAPPED.withMaxSentences(3).withRatio(0.9).sentenceCap(10));
    assertEquals(Budget.UNLIMITED, Budget.UNCAPPED.withMaxWords(60).sentenceCap(10));
  }

  @Test
  void ratioCapIgnoresDoubleRoundingError() {
    // 0.28 * 25 is 7.000000000000001 in double; the cap is 7, not 8
    assertEquals(7, Budget.UNCAPPED.withRatio(0.28).sentenceCap(25));
    assertEquals(3, Budget.UNCAPPED.withRatio(0.3).sentenceCap(10));
    for (int n = 1; n <= 200; n++) {
      for (int percent = 1; percent <= 100; percent++) {
        int exact = (percent * n + 99) / 100; // ceil(percent/100 * n) in integers
        assertEquals(Math.max(1, exact), Math.min(n, Budget.UNCAPPED.withRatio(percent / 100.0).sentenceCap(n)),
            "ratio=" + percent / 100.0 + ", n=" + n);
      }
    }
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
        () -> new Selection(List.of(0), List.of(ScoreBreakdown.ZERO), EmptyReason.NO_SENTENCES));
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
