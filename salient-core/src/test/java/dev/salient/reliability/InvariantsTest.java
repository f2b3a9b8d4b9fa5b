package dev.salient.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.EmptyReason;
import dev.salient.Entity;
import dev.salient.EntityType;
import dev.salient.Mention;
import dev.salient.Order;
import dev.salient.ScoreBreakdown;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The summary invariants on the seed articles under every kind of budget, and the oracle itself. */
class InvariantsTest {

  static Stream<Arguments> seedsAndBudgets() {
    List<SummaryBudget> budgets =
        List.of(
            SummaryBudget.DEFAULT,
            new SummaryBudget(1, 0, 0, 0),
            new SummaryBudget(50, 0, 0, 0),
            new SummaryBudget(0, 0.2, 0, 0),
            new SummaryBudget(0, 1.0, 0, 0),
            new SummaryBudget(0, 0, 40, 0),
            new SummaryBudget(0, 0, 3, 0),
            new SummaryBudget(0, 0, 0, 300),
            new SummaryBudget(0, 0, 0, 10),
            new SummaryBudget(5, 0.5, 80, 600));
    List<Arguments> out = new ArrayList<>();
    for (String name : Articles.SEED_NAMES) {
      for (SummaryBudget budget : budgets) {
        for (Order order : Order.values()) {
          out.add(Arguments.of(name, budget, order));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("seedsAndBudgets")
  void seedSummariesKeepEveryInvariant(String seed, SummaryBudget budget, Order order) {
    String text = Articles.seed(seed);
    Summary summary = budget.summarizer(order).summarize(text);
    SummaryAssertions.assertValid(summary, text, order);
    SummaryAssertions.assertWithinBudget(summary, budget);
  }

  @Test
  void seedArticlesGiveNonEmptySummariesWithEntities() {
    for (String text : Articles.SEEDS) {
      Summary summary = Summarizer.builder().build().summarize(text);
      assertFalse(summary.isEmpty(), String.valueOf(summary.emptyReason()));
      assertFalse(summary.entities().isEmpty());
      SummaryAssertions.assertValid(summary, text);
    }
  }

  @Test
  void sameInputGivesEqualSummariesFromDifferentSummarizers() {
    Random random = new Random(11);
    for (int i = 0; i < 30; i++) {
      String text = i < 2 ? Articles.SEEDS.get(i) : Articles.mutated(random);
      Summary first = Summarizer.builder().build().summarize(text);
      Summary second = Summarizer.builder().build().summarize(text);
      assertEquals(first, second, "summaries differ for input " + i);
      assertEquals(first, Summarizer.builder().build().summarize(text));
    }
  }

  @Test
  void wordCountCountsRunsWithALetterOrDigit() {
    assertEquals(0, SummaryAssertions.wordCount(""));
    assertEquals(0, SummaryAssertions.wordCount(" -- ... “” "));
    assertEquals(3, SummaryAssertions.wordCount("It's 10 o'clock."));
    assertEquals(2, SummaryAssertions.wordCount("中国 Россия"));
    assertEquals(2, SummaryAssertions.wordCount("a\u00A0b"));
  }

  // --- the oracle must reject what it is meant to reject ---

  private static final ScoreBreakdown ZERO = ScoreBreakdown.ZERO;

  private static Summary summaryOf(String source, List<SummarySentence> chosen, List<Entity> entities) {
    return new Summary(source, List.of(), chosen, chosen, entities, null, Optional.empty(), chosen.isEmpty() ? EmptyReason.NO_SENTENCES : null);
  }

  @Test
  void oracleRejectsSentenceOffsetsPastTheSource() {
    String source = "One sentence.";
    Summary bad = summaryOf(source, List.of(new SummarySentence(0, 0, 14, "One sentence.", List.of(), 1, ZERO, true, 1)), List.of());
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertValid(bad, source));
  }

  @Test
  void oracleRejectsTextWithWordsNotInTheSpan() {
    String source = "One sentence.";
    Summary bad = summaryOf(source, List.of(new SummarySentence(0, 0, 13, "One sentense.", List.of(), 1, ZERO, true, 1)), List.of());
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertValid(bad, source));
  }

  @Test
  void oracleAcceptsCleanedTextOfTheSpan() {
    String source = "Tom &amp; Jerry’s “spokesman” spoke.";
    Summary good =
        summaryOf(
            source,
            List.of(new SummarySentence(0, 0, source.length(), "Tom & Jerry's \"spokesman\" spoke.", List.of(), 1, ZERO, true, 1)),
            List.of());
    SummaryAssertions.assertValid(good, source);
  }

  @Test
  void oracleRejectsSentencesOutOfDocumentOrder() {
    String source = "First one. Second one.";
    SummarySentence first = new SummarySentence(0, 0, 10, "First one.", List.of(), 1, ZERO, true, 1);
    SummarySentence second = new SummarySentence(1, 11, 22, "Second one.", List.of(), 1, ZERO, true, 1);
    Summary bad = new Summary(source, List.of(), List.of(second, first), List.of(first, second), List.of(), null, Optional.empty(), null);
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertValid(bad, source, Order.DOCUMENT));
    SummaryAssertions.assertValid(bad, source, Order.SCORE);
  }

  @Test
  void oracleRejectsRepeatedSentences() {
    String source = "First one. Second one.";
    SummarySentence first = new SummarySentence(0, 0, 10, "First one.", List.of(), 1, ZERO, true, 1);
    Summary bad = new Summary(source, List.of(), List.of(first, first), List.of(first), List.of(), null, Optional.empty(), null);
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertValid(bad, source, Order.SCORE));
  }

  @Test
  void oracleRejectsSaliencesThatDoNotSumToOne() {
    String source = "Anna met Bob.";
    List<Entity> entities =
        List.of(
            new Entity("Anna", EntityType.PERSON, 0.5, List.of(new Mention(0, 4, "Anna"))),
            new Entity("Bob", EntityType.PERSON, 0.4, List.of(new Mention(9, 12, "Bob"))));
    Summary bad = summaryOf(source, List.of(), entities);
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertValid(bad, source));
  }

  @Test
  void oracleRejectsMentionsOutsideTheSource() {
    String source = "Anna met Bob.";
    List<Entity> entities =
        List.of(new Entity("Bob", EntityType.PERSON, 1.0, List.of(new Mention(9, 40, "Bob"))));
    Summary bad = summaryOf(source, List.of(), entities);
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertValid(bad, source));
  }

  @Test
  void oracleRejectsBudgetOverruns() {
    String source = "First one. Second one.";
    SummarySentence first = new SummarySentence(0, 0, 10, "First one.", List.of(), 1, ZERO, true, 1);
    SummarySentence second = new SummarySentence(1, 11, 22, "Second one.", List.of(), 1, ZERO, true, 1);
    Summary two = new Summary(source, List.of(), List.of(first, second), List.of(first, second), List.of(), null, Optional.empty(), null);
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertWithinBudget(two, new SummaryBudget(1, 0, 0, 0)));
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertWithinBudget(two, new SummaryBudget(0, 0.4, 0, 0)));
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertWithinBudget(two, new SummaryBudget(0, 0, 3, 0)));
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertWithinBudget(two, new SummaryBudget(0, 0, 0, 21)));
    SummaryAssertions.assertWithinBudget(two, new SummaryBudget(2, 1.0, 4, 22));
  }

  @Test
  void oracleRejectsEmptySummaryOfAnArticleUnderASentenceBudget() {
    String source = "First one.";
    SummarySentence first = new SummarySentence(0, 0, 10, "First one.", List.of(), 1, ZERO, true, 1);
    Summary empty = new Summary(source, List.of(), List.of(), List.of(first), List.of(), null, Optional.empty(), EmptyReason.NO_SENTENCES);
    assertTrue(empty.isEmpty());
    assertThrows(AssertionError.class, () -> SummaryAssertions.assertWithinBudget(empty, SummaryBudget.DEFAULT));
    SummaryAssertions.assertWithinBudget(empty, new SummaryBudget(0, 0, 1, 0));
  }
}
