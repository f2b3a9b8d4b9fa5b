package dev.salient.reliability;

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
    return Summarizer.builder()
        .maxSentences(maxSentences)
        .ratio(ratio)
        .maxWords(maxWords)
        .maxChars(maxChars)
        .order(order)
        .build();
  }

  /** True when only sentence caps are set, so an article with sentences must give some. */
  public boolean sentencesOnly() {
    return maxWords == 0 && maxChars == 0;
  }
}
