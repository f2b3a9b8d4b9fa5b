package dev.salient.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.EmptyReason;
import dev.salient.Order;
import dev.salient.Seeds;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import dev.salient.reliability.SummaryAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Budgets are hard caps, combinable, and never make a summary needlessly empty. */
class SummaryBudgetTest {
  private static final List<String> ARTICLES = Seeds.all();

  private static int words(SummarySentence s) {
    return SummaryAssertions.wordCount(s.text());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8})
  void neverExceedsMaxSentences(int n) {
    Summarizer summarizer = Summarizer.builder().maxSentences(n).build();
    for (String article : ARTICLES) {
      Summary summary = summarizer.summarize(article);
      assertEquals(n, summary.sentences().size(), "the seeds have more than 8 sentences each");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {15, 40, 80, 200})
  void neverExceedsMaxWordsAndIsNotEmptyWhenASentenceFits(int maxWords) {
    Summarizer summarizer = Summarizer.builder().maxWords(maxWords).build();
    for (String article : ARTICLES) {
      Summary summary = summarizer.summarize(article);
      int total = summary.sentences().stream().mapToInt(SummaryBudgetTest::words).sum();
      assertTrue(total <= maxWords, () -> total + " words > " + maxWords + ": " + summary.text());
      boolean anyFits =
          summary.rankedSentences().stream().anyMatch(s -> words(s) <= maxWords);
      assertEquals(anyFits, !summary.isEmpty(), summary::toString);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 140, 280, 1000})
  void neverExceedsMaxCharsAndIsNotEmptyWhenASentenceFits(int maxChars) {
    Summarizer summarizer = Summarizer.builder().maxChars(maxChars).build();
    for (String article : ARTICLES) {
      Summary summary = summarizer.summarize(article);
      assertTrue(summary.text().length() <= maxChars, summary::text);
      boolean anyFits =
          summary.rankedSentences().stream().anyMatch(s -> s.text().length() <= maxChars);
      assertEquals(anyFits, !summary.isEmpty(), summary::toString);
    }
  }

  @Test
  void emptySummarySaysWhyWhenNoSentenceFits() {
    Summary summary =
        Summarizer.builder().maxChars(5).build().summarize(ARTICLES.get(0));
    assertTrue(summary.isEmpty());
    assertEquals(EmptyReason.NOTHING_FITS_BUDGET, summary.emptyReason());
  }

  @Test
  void ratioCapsTheShareOfSentences() {
    for (String article : ARTICLES) {
      Summary all = Summarizer.builder().ratio(1.0).build().summarize(article);
      int n = all.rankedSentences().size();
      Summary tenth = Summarizer.builder().ratio(0.1).build().summarize(article);
      assertEquals(Math.max(1, (n + 9) / 10), tenth.sentences().size());
    }
  }

  @Test
  void combinedCapsAllHold() {
    Summarizer summarizer = Summarizer.builder().maxSentences(2).maxWords(50).maxChars(300).build();
    for (String article : ARTICLES) {
      Summary summary = summarizer.summarize(article);
      assertTrue(summary.sentences().size() <= 2);
      assertTrue(summary.text().length() <= 300);
      assertTrue(summary.sentences().stream().mapToInt(SummaryBudgetTest::words).sum() <= 50);
      assertFalse(summary.isEmpty());
    }
  }

  @Test
  void documentOrderByDefaultAndScoreOrderOnRequest() {
    for (String article : ARTICLES) {
      Summary byDocument = Summarizer.builder().maxSentences(4).build().summarize(article);
      Summary byScore =
          Summarizer.builder().maxSentences(4).order(Order.SCORE).build().summarize(article);
      List<Integer> docOrder = byDocument.sentences().stream().map(SummarySentence::index).toList();
      assertEquals(docOrder.stream().sorted().toList(), docOrder);
      // same sentences, in the order they were chosen (best marginal gain first)
      assertEquals(
          docOrder.stream().sorted().toList(),
          byScore.sentences().stream().map(SummarySentence::index).sorted().toList());
    }
  }
}
