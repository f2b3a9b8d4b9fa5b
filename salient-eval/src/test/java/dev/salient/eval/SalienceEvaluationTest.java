package dev.salient.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.salient.EntityType;
import dev.salient.entity.DetectedEntity;
import dev.salient.entity.EntityMention;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalienceEvaluationTest {
  private static DetectedEntity entity(String name, String... surfaces) {
    List<EntityMention> mentions =
        java.util.Arrays.stream(surfaces).map(s -> new EntityMention(0, 0, s.length(), 0, 1, s)).toList();
    return new DetectedEntity(name, EntityType.OTHER, mentions);
  }

  private static final SalienceGold GOLD =
      new SalienceGold(
          "doc",
          "title",
          "text",
          List.of(
              new SalienceGold.Entity("Iran", 3.0, Set.of("iran", "iranian")),
              new SalienceGold.Entity("United_States", 2.0, Set.of("united states", "us")),
              new SalienceGold.Entity("Great_Britain", 0.0, Set.of("britain")),
              new SalienceGold.Entity("United_Kingdom", 1.0, Set.of("britain"))));

  @Test
  void normalizesSurfacesForMatching() {
    assertEquals("us", SalienceGold.normalize("U.S."));
    assertEquals("china", SalienceGold.normalize("China’s"));
    assertEquals("taliban", SalienceGold.normalize("the  Taliban"));
  }

  @Test
  void matchesThroughAnySurfaceFormHighestScoreFirst() {
    assertArrayEquals(new int[] {0}, SalienceEvaluation.matches(entity("Iran", "Iranian"), GOLD));
    assertArrayEquals(new int[] {1}, SalienceEvaluation.matches(entity("United States", "U.S."), GOLD));
    assertArrayEquals(new int[] {3, 2}, SalienceEvaluation.matches(entity("United Kingdom", "Britain"), GOLD));
    assertArrayEquals(new int[] {}, SalienceEvaluation.matches(entity("Kabul", "Kabul"), GOLD));
  }

  @Test
  void creditsEachGoldEntityOnce() {
    List<DetectedEntity> entities = List.of(entity("Iran", "Iran"), entity("Iranian", "Iranian"));
    int[][] matches = {
      SalienceEvaluation.matches(entities.get(0), GOLD), SalienceEvaluation.matches(entities.get(1), GOLD)
    };
    SalienceEvaluation.Prepared d = new SalienceEvaluation.Prepared(GOLD, entities, new double[2][0], matches);
    assertArrayEquals(new double[] {3.0, 0.0}, d.gains(new Integer[] {0, 1}));
    assertArrayEquals(new double[] {3.0, 0.0}, d.gains(new Integer[] {1, 0}));
  }

  @Test
  void scoresAPerfectRankingWithNdcgOne() {
    List<DetectedEntity> entities =
        List.of(entity("Iran", "Iran"), entity("United States", "US"), entity("United Kingdom", "Britain"));
    int[][] matches = new int[3][];
    for (int i = 0; i < 3; i++) {
      matches[i] = SalienceEvaluation.matches(entities.get(i), GOLD);
    }
    SalienceEvaluation.Prepared d = new SalienceEvaluation.Prepared(GOLD, entities, new double[3][0], matches);
    double[] metrics = SalienceEvaluation.rankMetrics(d, new double[] {0.6, 0.3, 0.1});
    assertEquals(1.0, metrics[0], 1e-9); // P@1
    assertEquals(2.0 / 3, metrics[1], 1e-9); // P@3
    assertEquals(1.0, metrics[3], 1e-9); // NDCG@5
    double[] reversed = SalienceEvaluation.rankMetrics(d, new double[] {0.1, 0.3, 0.6});
    assertEquals(0.0, reversed[0], 1e-9);
    assertEquals(true, reversed[3] < 1.0);
  }

  @Test
  void countsSalientDecisionsAgainstGoldAtTheThreshold() {
    List<DetectedEntity> entities = List.of(entity("Iran", "Iran"), entity("Kabul", "Kabul"));
    int[][] matches = {SalienceEvaluation.matches(entities.get(0), GOLD), new int[0]};
    SalienceEvaluation.Prepared d = new SalienceEvaluation.Prepared(GOLD, entities, new double[2][0], matches);
    // Iran is a true positive, Kabul a false positive, the United States a false negative
    assertArrayEquals(new int[] {1, 1, 1}, SalienceEvaluation.confusion(d, new double[] {0.5, 0.5}, 0.4));
  }
}
