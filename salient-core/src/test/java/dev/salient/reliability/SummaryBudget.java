package dev.salient.reliability;

import dev.salient.Budget;
import dev.salient.Order;
import dev.salient.Summarizer;

/**
 * The length options of a {@link Summarizer}, kept by the test so that
 * {@link SummaryAssertions#assertWithinBudget} can check them (a summarizer does not expose its
 * options). A value of 0 means "no cap of this kind", as in {@link Summarizer.Builder}.
 *
 * <pre>{@code
 * SummaryBudget budget = new SummaryBudget(0, 0, 60, 0);
 * Summary summary = budget.summarizer(Order.DOCUMENT).summarize(text);
 * SummaryAssertions.assertWithinBudget(summary, budget);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record SummaryBudget(int maxSentences, double ratio, int maxWords, int maxChars) {

  /** The default budget: 3 sentences. */
  public static final SummaryBudget DEFAULT = new SummaryBudget(3, 0, 0, 0);

  /** A summarizer with these caps and the given order. */
  public Summarizer summarizer(Order order) {
    return Summarizer.builder().budget(toBudget()).order(order).build();
  }

  /** The library's budget: 0 here is {@link Budget#UNLIMITED} (ratio 0 is 1) there. */
  public Budget toBudget() {
    return new Budget(
        maxSentences == 0 ? Budget.UNLIMITED : maxSentences,
        ratio == 0 ? 1.0 : ratio,
        maxWords == 0 ? Budget.UNLIMITED : maxWords,
        maxChars == 0 ? Budget.UNLIMITED : maxChars);
  }

  /** True when only sentence caps are set, so an article with sentences must give some. */
  public boolean sentencesOnly() {
    return maxWords == 0 && maxChars == 0;
  }
}
