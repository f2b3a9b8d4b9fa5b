package dev.salient.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Entity;
import dev.salient.EntityType;
import dev.salient.Seeds;
import dev.salient.Summarizer;
import dev.salient.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entities of the user's two scraped articles, through the whole pipeline. */
class EntitySeedTest {
  private static final Summarizer SUMMARIZER = Summarizer.builder().build();

  private static Summary summary(int seed) {
    return SUMMARIZER.summarize(Seeds.read(Seeds.NAMES.get(seed)));
  }

  private static List<String> top(Summary summary, int n) {
    return summary.entities().stream().limit(n).map(Entity::name).toList();
  }

  private static Entity entity(Summary summary, String name) {
    return summary.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }

  @Test
  void firstSeedTopFiveHoldChinaRussiaTalibanAndAfghanistan() {
    List<String> top = top(summary(0), 5);
    assertTrue(top.containsAll(List.of("China", "Russia", "Taliban", "Afghanistan")), top::toString);
  }

  @Test
  void bothSeedsHaveChinaAndRussiaInTheirTopFive() {
    for (int seed = 0; seed < Seeds.NAMES.size(); seed++) {
      List<String> top = top(summary(seed), 5);
      assertTrue(top.containsAll(List.of("China", "Russia")), top::toString);
    }
  }

  @Test
  void barbaraKelemenAndMsKelemenAreOnePerson() {
    Summary summary = summary(0);
    Entity kelemen = entity(summary, "Barbara Kelemen");
    assertNotNull(kelemen);
    assertEquals(EntityType.PERSON, kelemen.type());
    assertEquals(3, kelemen.mentions().size());
    assertTrue(summary.entities().stream().noneMatch(e -> e.name().equals("Kelemen")));
  }

  @Test
  void beijingAndMoscowAreLocations() {
    for (int seed = 0; seed < Seeds.NAMES.size(); seed++) {
      Summary summary = summary(seed);
      assertEquals(EntityType.LOCATION, entity(summary, "Beijing").type());
      assertEquals(EntityType.LOCATION, entity(summary, "Moscow").type());
    }
  }

  @Test
  void secondSeedNamesUzbekistan() {
    assertNotNull(entity(summary(1), "Uzbekistan"));
  }

  @Test
  void demonymsCountForTheirCountryInTheSecondSeed() {
    Summary summary = summary(1);
    Entity china = entity(summary, "China");
    assertTrue(china.mentions().stream().anyMatch(m -> m.text().equals("Chinese")));
  }

  @Test
  void focusOnACountryFindsItThroughAnAlias() {
    String text = Seeds.read(Seeds.NAMES.get(0));
    Summary plain = SUMMARIZER.summarize(text);
    Summary focused = SUMMARIZER.toBuilder().focus("America").build().summarize(text);
    assertNotNull(entity(plain, "United States"));
    assertTrue(
        focused.sentences().stream().anyMatch(s -> s.text().contains("US")),
        focused.sentences()::toString);
  }
}
