package dev.salient.select;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Summarizer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Selection time grows linearly with the article under every budget kind (issue 13, item 7): the
 * summary of a text twice as long takes not much more than twice as long. Each text is a long
 * synthetic article of distinct sentences sharing a small vocabulary, so chosen sentences overlap.
 */
class SelectionTimeIT {
  private static final int SMALL = 4_000;

  @Test
  void ratioBudgetIsLinear() {
    assertLinear(b -> b.ratio(0.3));
  }

  @Test
  void wordBudgetIsLinear() {
    assertLinear(b -> b.maxWords(1_000_000));
  }

  @Test
  void characterBudgetIsLinear() {
    assertLinear(b -> b.maxChars(10_000_000));
  }

  @Test
  void sentenceBudgetIsLinear() {
    assertLinear(b -> b.maxSentences(1_000_000));
  }

  @Test
  void oneWordLinesAtRatioAreLinear() {
    Summarizer summarizer = Summarizer.builder().ratio(0.3).build();
    StringBuilder small = new StringBuilder();
    StringBuilder large = new StringBuilder();
    for (int i = 0; i < 2 * 20_000; i++) {
      String line = "Word" + Integer.toString(i, 26).replace('0', 'q') + "\n";
      if (i < 20_000) {
        small.append(line);
      }
      large.append(line);
    }
    check(summarizer, small.toString(), large.toString());
  }

  private static void assertLinear(UnaryOperator<Summarizer.Builder> budget) {
    Summarizer summarizer = budget.apply(Summarizer.builder()).build();
    check(summarizer, article(SMALL), article(2 * SMALL));
  }

  private static void check(Summarizer summarizer, String small, String large) {
    summarizer.summarize(small); // warm-up
    summarizer.summarize(large);
    long t1 = best(summarizer, small);
    long t2 = best(summarizer, large);
    // linear would be 2; allow noise of a shared machine, far below the 4 of quadratic
    assertTrue(t2 < 3.0 * t1 + 50_000_000L, "small " + t1 / 1e6 + " ms, double " + t2 / 1e6 + " ms");
  }

  private static long best(Summarizer summarizer, String text) {
    long best = Long.MAX_VALUE;
    for (int r = 0; r < 3; r++) {
      long start = System.nanoTime();
      summarizer.summarize(text);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  /** {@code n} distinct sentences over a small vocabulary, in paragraphs of five. */
  static String article(int n) {
    String[] subjects = {"The council", "Officials in Leeds", "The minister", "Local traders", "Police", "The company"};
    String[] verbs = {"approved", "rejected", "discussed", "delayed", "funded", "reviewed"};
    String[] objects = {"the harbour plan", "new school budgets", "a rail link", "the housing scheme", "tax cuts"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(subjects[i % subjects.length]).append(' ').append(verbs[(i / 6) % verbs.length]).append(' ')
          .append(objects[(i / 36) % objects.length]).append(" on day ").append(i).append(" of the session.");
      sb.append(i % 5 == 4 ? "\n\n" : " ");
    }
    return sb.toString();
  }
}
