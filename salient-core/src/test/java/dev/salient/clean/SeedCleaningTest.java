package dev.salient.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Entity;
import dev.salient.Mention;
import dev.salient.Salient;
import dev.salient.Seeds;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The user's scraped articles: what their summaries and clean text must and must not hold. */
class SeedCleaningTest {
  static final List<String> SEEDS = Seeds.NAMES;
  private static final TextCleaner CLEANER = new TextCleaner();
  private static final List<String> BOILERPLATE =
      List.of("sign-up", "Read Full Article", "Recent Posts", "mins ago", "cookies", "Categories:");
  private static final List<String> SIDEBAR_STORIES = List.of("Gaza", "Yemen", "Kharkiv", "North Korea");

  @ParameterizedTest
  @FieldSource("SEEDS")
  void summaryHoldsNoBoilerplateAndNoSidebarStory(String name) {
    Summary summary = Salient.summarize(Seeds.read(name));
    assertFalse(summary.isEmpty());
    for (SummarySentence s : summary.rankedSentences()) {
      for (String bad : concat(BOILERPLATE, SIDEBAR_STORIES)) {
        assertFalse(s.text().contains(bad), () -> "'" + bad + "' in " + s.text());
      }
    }
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void cleanTextHoldsNoBoilerplateAndNoSidebarStory(String name) {
    String text = CLEANER.clean(Seeds.read(name)).text();
    for (String bad : concat(BOILERPLATE, SIDEBAR_STORIES)) {
      assertFalse(text.contains(bad), () -> "'" + bad + "' in the clean text");
    }
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void summaryNeverQuotesTheHeadline(String name) {
    Summary summary = Salient.summarize(Seeds.read(name));
    assertTrue(summary.title().isPresent());
    for (SummarySentence s : summary.rankedSentences()) {
      assertFalse(summary.headline().stream().anyMatch(h -> h.text().contains(s.text())), s::text);
    }
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void talibanIsRepairedInTextAndEntities(String name) {
    String input = Seeds.read(name);
    assertTrue(CLEANER.clean(input).text().contains("Taliban"));
    assertFalse(CLEANER.clean(input).text().contains("T-aliban"));
    Summary summary = Salient.summarize(input);
    assertTrue(
        summary.entities().stream().anyMatch(e -> e.name().equals("Taliban")
            || e.mentions().stream().anyMatch(m -> m.text().equals("Taliban"))),
        () -> "entities: " + summary.entities().stream().map(Entity::name).toList());
    for (Entity e : summary.entities()) {
      assertFalse(e.name().contains("T-aliban"), e::name);
      for (Mention m : e.mentions()) {
        assertFalse(m.text().contains("T-aliban"), m::text);
      }
    }
  }

  @Test
  void secondSeedHasAllItsBrokenWordsRepairedAndItsHyphenatedWordsKept() {
    String text = CLEANER.clean(Seeds.read(Seeds.NAMES.get(1))).text();
    for (String word : List.of("Taliban", "Central Asia", "Uzbekistan", "detaining", " met ", " they ",
        "Zapad/ Interaction", "10,000 troops")) {
      assertTrue(text.contains(word), word);
    }
    for (String broken : List.of("T-aliban", "Cen-tral", "Uz-bekistan", "det-aining", "m-et", "th-ey")) {
      assertFalse(text.contains(broken), broken);
    }
    assertFalse(text.contains("Reid Standish"), "byline");
    assertFalse(text.toLowerCase(Locale.ROOT).contains("frontier post"), "site name in the tail");
  }

  @Test
  void firstSeedKeepsItsHyphenatedWords() {
    String text = CLEANER.clean(Seeds.read(Seeds.NAMES.get(0))).text();
    for (String word : List.of("long-standing", "spill-over", "longer-term")) {
      assertTrue(text.contains(word), word);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
