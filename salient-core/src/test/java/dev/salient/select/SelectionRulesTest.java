package dev.salient.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Salient;
import dev.salient.Seeds;
import dev.salient.SentenceModel;
import dev.salient.score.ScoringWeights;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Near-duplicates, dangling openers, focus and the score breakdown. */
class SelectionRulesTest {

  @Test
  void neverChoosesANearDuplicateOfAChosenSentence() {
    String sentence =
        "The European Central Bank raised its main interest rate to four percent on Thursday in Frankfurt.";
    String article =
        sentence + " " + sentence.replace("Thursday", "Thursday afternoon")
            + " Analysts in London expected the move after inflation in the euro zone rose again."
            + " Christine Lagarde said the European Central Bank would watch wages closely.";
    Summary summary = Summarizer.builder().maxSentences(2).build().summarize(article);
    assertEquals(2, summary.sentences().size());
    assertFalse(
        summary.sentences().get(0).text().contains("raised")
            && summary.sentences().get(1).text().contains("raised"),
        summary::text);
  }

  @Test
  void danglingPronounSentenceIsPenalizedWithoutItsAntecedent() {
    String article =
        "Maria Lopez won the mayoral election in Springfield on Sunday with sixty percent of the vote."
            + " The city council met on Monday to discuss the new budget for Springfield schools."
            + " She promised to rebuild the Springfield harbour and cut local taxes for Springfield families."
            + " Turnout in Springfield was the highest in two decades, officials in Springfield said.";
    // hand weights: a fixed penalty
    Summary summary =
        Summarizer.builder().scoringWeights(ScoringWeights.DEFAULT).build().summarize(article);
    List<SummarySentence> ranked = summary.rankedSentences();
    SummarySentence she =
        ranked.stream().filter(s -> s.text().startsWith("She")).findFirst().orElseThrow();
    assertTrue(she.breakdown().coherence() < 0, () -> "breakdown " + she.breakdown());
    SummarySentence first =
        ranked.stream().filter(s -> s.text().startsWith("Maria")).findFirst().orElseThrow();
    assertEquals(0.0, first.breakdown().coherence(), 1e-12);

    // the learned model: the dangling opener costs what the model's "dangling" weights say (the
    // article has no headline, so the "@untitled" copy applies too)
    SentenceModel model = SentenceModel.shipped();
    List<SummarySentence> learned = Salient.summarize(article).rankedSentences();
    SummarySentence sheLearned =
        learned.stream().filter(s -> s.text().startsWith("She")).findFirst().orElseThrow();
    SummarySentence firstLearned =
        learned.stream().filter(s -> s.text().startsWith("Maria")).findFirst().orElseThrow();
    assertEquals(
        model.weight("dangling") + model.weight("dangling@untitled"),
        sheLearned.breakdown().coherence() - firstLearned.breakdown().coherence(),
        1e-9);
  }

  @Test
  void focusBiasesTheSummaryTowardTheEntity() {
    String article = Seeds.read(Seeds.NAMES.get(0));
    Summarizer plain = Summarizer.builder().maxSentences(2).build();
    Summarizer focused = plain.toBuilder().focus("Kelemen").build();
    long plainHits = mentions(plain.summarize(article), "kelemen");
    long focusedHits = mentions(focused.summarize(article), "kelemen");
    assertTrue(focusedHits >= 1, "focused summary mentions Kelemen");
    assertTrue(focusedHits >= plainHits);
    assertTrue(
        focused.summarize(article).sentences().stream().anyMatch(s -> s.breakdown().focus() > 0));
  }

  @Test
  void scoreIsTheSumOfItsBreakdown() {
    Summary summary = Salient.summarize(Seeds.read(Seeds.NAMES.get(1)));
    for (SummarySentence s : summary.sentences()) {
      assertEquals(s.breakdown().total(), s.score(), 1e-12);
    }
    assertTrue(summary.rankedSentences().size() > summary.sentences().size());
    for (int i = 1; i < summary.rankedSentences().size(); i++) {
      assertTrue(
          summary.rankedSentences().get(i - 1).score() >= summary.rankedSentences().get(i).score());
    }
  }

  private static long mentions(Summary summary, String word) {
    return summary.sentences().stream()
        .filter(s -> s.text().toLowerCase(Locale.ROOT).contains(word))
        .count();
  }
}
