package dev.salient.salience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.clean.TextCleaner;
import dev.salient.entity.DetectedEntity;
import dev.salient.entity.EntityDetector;
import dev.salient.lang.LanguageResources;
import dev.salient.split.Document;
import dev.salient.split.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalienceModelTest {
  private static final String ARTICLE =
      "Russia and Iran sign energy pact\n\n"
          + "Russia signed an energy pact with Iran on Tuesday. Officials in Moscow praised it.\n\n"
          + "Russia will build two plants, Russian officials said. Iran will pay in oil.\n\n"
          + "A spokesman in Berlin declined to comment.";

  private static Document document(String text) {
    return new SentenceSplitter(LanguageResources.ENGLISH).split(new TextCleaner(LanguageResources.ENGLISH).clean(text));
  }

  private static double salienceOf(String name, List<DetectedEntity> entities, double[] salience) {
    for (int i = 0; i < entities.size(); i++) {
      if (entities.get(i).name().equals(name)) {
        return salience[i];
      }
    }
    throw new AssertionError("no entity " + name + " in " + entities);
  }

  @Test
  void saliencesAreInZeroToOneAndSumToOne() {
    Document document = document(ARTICLE);
    List<DetectedEntity> entities = new EntityDetector(LanguageResources.ENGLISH).detect(document);
    double[] salience = new SalienceModel().score(document, entities);
    assertEquals(entities.size(), salience.length);
    double total = 0;
    for (double s : salience) {
      assertTrue(s >= 0 && s <= 1, "salience " + s);
      total += s;
    }
    assertEquals(1.0, total, 1e-9);
  }

  @Test
  void ranksTheHeadlineEntityMentionedOftenAboveOneMentionedOnceLate() {
    Document document = document(ARTICLE);
    List<DetectedEntity> entities = new EntityDetector(LanguageResources.ENGLISH).detect(document);
    double[] salience = new SalienceModel().score(document, entities);
    assertTrue(salienceOf("Russia", entities, salience) > salienceOf("Berlin", entities, salience));
    assertTrue(salienceOf("Iran", entities, salience) > salienceOf("Berlin", entities, salience));
  }

  @Test
  void givesAnEmptyArrayForNoEntities() {
    assertEquals(0, new SalienceModel().score(document("nothing to see here."), List.of()).length);
  }

  @Test
  void shipsOneFittedWeightPerFeature() {
    double[] weights = new SalienceModel().weights();
    assertEquals(SalienceFeatures.NAMES.size(), weights.length);
    assertTrue(weights[SalienceFeatures.NAMES.indexOf("mentions")] > 0, "more mentions, more salience");
  }

  @Test
  void rejectsTheWrongNumberOfWeightsWithTheCounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SalienceModel(new double[] {1, 2}));
    assertEquals(
        "one weight per feature: weights=2, features=" + SalienceFeatures.NAMES.size(), e.getMessage());
  }

  @Test
  void rejectsNonFiniteWeightsNamingTheFeature() {
    double[] weights = new double[SalienceFeatures.NAMES.size()];
    weights[0] = Double.NaN;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SalienceModel(weights));
    assertEquals("weight must be finite: mentions=NaN", e.getMessage());
  }

  @Test
  void featuresMarkHeadlineLeadAndCapitalMentions() {
    Document document = document(ARTICLE);
    List<DetectedEntity> entities = new EntityDetector(LanguageResources.ENGLISH).detect(document);
    double[][] x = SalienceFeatures.of(document, entities);
    int headline = SalienceFeatures.NAMES.indexOf("headline");
    int lead = SalienceFeatures.NAMES.indexOf("lead");
    int capital = SalienceFeatures.NAMES.indexOf("capital_mentions");
    for (int i = 0; i < entities.size(); i++) {
      String name = entities.get(i).name();
      assertEquals(name.equals("Russia") || name.equals("Iran") ? 1.0 : 0.0, x[i][headline], name);
      assertEquals(name.equals("Russia") ? Math.log(2) : 0.0, x[i][capital], 1e-9, name);
      if (name.equals("Russia")) {
        assertEquals(1.0, x[i][lead], name); // in the first body sentence
      }
      if (name.equals("Berlin")) {
        assertEquals(1.0 / 5, x[i][lead], 1e-9, name); // four body sentences before it
      }
    }
  }
}
