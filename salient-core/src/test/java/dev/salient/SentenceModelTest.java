package dev.salient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SentenceModelTest {

  @Test
  void shippedModelIsVersionedAndWeighsEveryFeatureByName() {
    SentenceModel model = SentenceModel.shipped();
    assertTrue(!model.version().isBlank());
    assertEquals(SentenceModel.featureNames(), java.util.List.copyOf(model.weights().keySet()));
    assertNotEquals(0.0, model.weight("first"));
  }

  @Test
  void formatReadsBackToTheSameModel() {
    SentenceModel model = SentenceModel.builder().version("test-1").weight("first", 1.5)
        .weight("long", -0.25).redundancy(0.5).duplicateThreshold(0.8).build();
    assertEquals(model, SentenceModel.read(new StringReader(model.format())));
  }

  @Test
  void toBuilderDerivesAVariant() {
    SentenceModel model = SentenceModel.shipped();
    SentenceModel variant = model.toBuilder().weight("first", 9).build();
    assertEquals(9.0, variant.weight("first"));
    assertEquals(model.weight("long"), variant.weight("long"));
  }

  @Test
  void rejectsAnUnknownFeature() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SentenceModel.builder().weight("colour", 1));
    assertEquals("unknown feature: feature=colour", e.getMessage());
    IllegalArgumentException read =
        assertThrows(IllegalArgumentException.class,
            () -> SentenceModel.read(new StringReader("version 1\nfeature colour 1.0\n")));
    assertEquals("line 2: unknown feature: feature=colour: feature colour 1.0", read.getMessage());
  }

  @Test
  void rejectsANonFiniteWeightAndAMissingVersion() {
    assertEquals("weight must be finite: first=NaN",
        assertThrows(IllegalArgumentException.class, () -> SentenceModel.builder().weight("first", Double.NaN)).getMessage());
    assertEquals("the sentence model has no version line",
        assertThrows(IllegalArgumentException.class, () -> SentenceModel.read(new StringReader("feature first 1\n"))).getMessage());
    assertEquals("redundancy must be finite and not negative: redundancy=-1.0",
        assertThrows(IllegalArgumentException.class, () -> SentenceModel.builder().redundancy(-1)).getMessage());
  }

  @Test
  void aUserModelChangesTheSummary() {
    String article = Seeds.read(Seeds.NAMES.get(0));
    // a model that only likes the last sentences
    SentenceModel late = SentenceModel.builder().version("late").weight("position_relative", 10).build();
    Summary summary = Summarizer.builder().maxSentences(1).sentenceModel(late).build().summarize(article);
    int last = summary.rankedSentences().stream().mapToInt(SummarySentence::index).max().orElseThrow();
    assertEquals(last, summary.sentences().get(0).index());
  }

  @Test
  void handWeightsStillWork() {
    String article = Seeds.read(Seeds.NAMES.get(0));
    Summary summary =
        Summarizer.builder().scoringWeights(dev.salient.score.ScoringWeights.DEFAULT).build().summarize(article);
    assertEquals(3, summary.sentences().size());
  }
}
