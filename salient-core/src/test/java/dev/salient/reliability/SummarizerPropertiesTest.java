package dev.salient.reliability;

import dev.salient.Order;
import dev.salient.Summarizer;
import dev.salient.Summary;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The summary invariants on generated and mutated articles, under generated budgets (see
 * {@link SummaryAssertions} for what is checked).
 */
class SummarizerPropertiesTest {
  private static final Map<SummaryBudget, Summarizer> DOCUMENT_ORDER = new ConcurrentHashMap<>();
  private static final Map<SummaryBudget, Summarizer> SCORE_ORDER = new ConcurrentHashMap<>();

  private static Summarizer summarizer(SummaryBudget budget, Order order) {
    Map<SummaryBudget, Summarizer> cache = order == Order.DOCUMENT ? DOCUMENT_ORDER : SCORE_ORDER;
    return cache.computeIfAbsent(budget, b -> b.summarizer(order));
  }

  @Provide
  Arbitrary<String> articles() {
    return Articles.arbitraryArticle();
  }

  @Provide
  Arbitrary<SummaryBudget> budgets() {
    Arbitrary<Integer> sentences = Arbitraries.integers().between(0, 8);
    Arbitrary<Double> ratio = Arbitraries.of(0.0, 0.0, 0.1, 0.25, 0.5, 1.0);
    Arbitrary<Integer> words = Arbitraries.of(0, 0, 1, 5, 20, 60, 150);
    Arbitrary<Integer> chars = Arbitraries.of(0, 0, 1, 30, 120, 400, 1000);
    return Combinators.combine(sentences, ratio, words, chars)
        .as(SummaryBudget::new)
        .filter(b -> b.maxSentences() > 0 || b.ratio() > 0 || b.maxWords() > 0 || b.maxChars() > 0);
  }

  @Property(tries = 200)
  void everySummaryKeepsTheInvariants(
      @ForAll("articles") String article,
      @ForAll("budgets") SummaryBudget budget,
      @ForAll Order order) {
    Summary summary = summarizer(budget, order).summarize(article);
    SummaryAssertions.assertValid(summary, article, order);
    SummaryAssertions.assertWithinBudget(summary, budget);
  }

  @Property(tries = 200)
  void anyStringGivesAValidSummary(@ForAll String text) {
    Summary summary = summarizer(SummaryBudget.DEFAULT, Order.DOCUMENT).summarize(text);
    SummaryAssertions.assertValid(summary, text);
    SummaryAssertions.assertWithinBudget(summary, SummaryBudget.DEFAULT);
  }

  @Property(tries = 100)
  void sameArticleAndOptionsGiveTheSameSummary(
      @ForAll("articles") String article, @ForAll("budgets") SummaryBudget budget) {
    Summary first = summarizer(budget, Order.DOCUMENT).summarize(article);
    Summary again = budget.summarizer(Order.DOCUMENT).summarize(article);
    if (!first.equals(again)) {
      throw new AssertionError("a fresh summarizer gave a different summary for " + budget);
    }
  }

  @Property(tries = 100)
  void documentAndScoreOrderChooseTheSameSentences(
      @ForAll("articles") String article, @ForAll("budgets") SummaryBudget budget) {
    Summary byDocument = summarizer(budget, Order.DOCUMENT).summarize(article);
    Summary byScore = summarizer(budget, Order.SCORE).summarize(article);
    var a = byDocument.sentences().stream().map(s -> s.index()).sorted().toList();
    var b = byScore.sentences().stream().map(s -> s.index()).sorted().toList();
    if (!a.equals(b)) {
      throw new AssertionError("order changed the choice: document=" + a + ", score=" + b);
    }
  }
}
