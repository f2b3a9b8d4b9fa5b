package dev.salient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * German, French, Spanish, Italian, Dutch and Portuguese news articles written for these tests,
 * each with a gold file (its sentences and its persons, places and organizations, annotated by
 * hand): sentence boundaries, entities, a 3-sentence summary of the article's own sentences with
 * offsets into the input, and language detection (issue 16).
 */
class LanguageArticlesTest {
  private static final String DIR = "/dev/salient/lang/articles/";

  /** One article and its gold annotation. */
  record Gold(String text, Language language, List<String> sentences, List<String> persons,
      List<String> places, List<String> organizations) {

    static Gold read(String name) {
      String text = resource(name + ".txt");
      Language language = null;
      List<String> sentences = new ArrayList<>();
      List<String> persons = new ArrayList<>();
      List<String> places = new ArrayList<>();
      List<String> orgs = new ArrayList<>();
      for (String line : resource(name + ".gold").split("\n")) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        switch (key) {
          case "lang" -> language = Language.forCode(value);
          case "sentence" -> sentences.add(value);
          case "person" -> persons.add(value);
          case "place" -> places.add(value);
          case "organization" -> orgs.add(value);
          default -> { }
        }
      }
      return new Gold(text, language, sentences, persons, places, orgs);
    }
  }

  private static String resource(String name) {
    try (InputStream in = LanguageArticlesTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test article " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Summarizer AUTO = Summarizer.builder().language(Language.AUTO).build();

  private static Summarizer fixed(Language language) {
    return Summarizer.builder().language(language).build();
  }

  /** The [start, end) spans of the gold sentences in the input, found in order. */
  private static List<int[]> goldSpans(Gold gold) {
    List<int[]> spans = new ArrayList<>();
    int from = gold.text().indexOf('\n'); // after the headline
    for (String sentence : gold.sentences()) {
      int at = gold.text().indexOf(sentence, from);
      assertTrue(at >= 0, "gold sentence not in the text: " + sentence);
      spans.add(new int[] {at, at + sentence.length()});
      from = at + sentence.length();
    }
    return spans;
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-1", "de-2", "fr-1", "fr-2", "es-1", "es-2", "it-1", "it-2", "nl-1", "pt-1"})
  void sentenceBoundariesAreTheGoldOnes(String name) {
    Gold gold = Gold.read(name);
    Summary summary = fixed(gold.language()).summarize(gold.text());
    Set<String> found = summary.rankedSentences().stream()
        .map(s -> s.start() + ":" + s.end()).collect(Collectors.toSet());
    List<String> wrong = new ArrayList<>();
    List<int[]> spans = goldSpans(gold);
    for (int i = 0; i < spans.size(); i++) {
      if (!found.contains(spans.get(i)[0] + ":" + spans.get(i)[1])) {
        wrong.add(gold.sentences().get(i));
      }
    }
    String ours = summary.rankedSentences().stream()
        .sorted(Comparator.comparingInt(SummarySentence::index))
        .map(s -> "  [" + gold.text().substring(s.start(), s.end()) + "]")
        .collect(Collectors.joining("\n"));
    assertTrue(wrong.isEmpty(), name + ": gold sentences not found: " + wrong + "\nours:\n" + ours);
    assertEquals(gold.sentences().size(), summary.rankedSentences().size(), name + ":\n" + ours);
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-1", "de-2", "fr-1", "fr-2", "es-1", "es-2", "it-1", "it-2", "nl-1", "pt-1"})
  void personsPlacesAndOrganizationsAreFound(String name) {
    Gold gold = Gold.read(name);
    Summary summary = fixed(gold.language()).summarize(gold.text());
    int expected = 0;
    int foundTyped = 0;
    int foundAny = 0;
    List<String> missing = new ArrayList<>();
    for (var pair : List.of(
        java.util.Map.entry(EntityType.PERSON, gold.persons()),
        java.util.Map.entry(EntityType.LOCATION, gold.places()),
        java.util.Map.entry(EntityType.ORGANIZATION, gold.organizations()))) {
      for (String goldName : pair.getValue()) {
        expected++;
        Entity match = find(summary, goldName);
        if (match == null) {
          missing.add(goldName);
          continue;
        }
        foundAny++;
        if (match.type() == pair.getKey()) {
          foundTyped++;
        } else {
          missing.add(goldName + " as " + match.type());
        }
      }
    }
    String ours = summary.entities().stream().map(e -> e.name() + "/" + e.type())
        .collect(Collectors.joining(", "));
    assertTrue(expected >= 5, name + " has too few gold entities");
    assertTrue(foundAny >= Math.ceil(0.70 * expected),
        name + ": found " + foundAny + " of " + expected + "; missing " + missing + "\nours: " + ours);
    assertTrue(foundTyped >= Math.ceil(0.60 * expected),
        name + ": typed " + foundTyped + " of " + expected + "; wrong " + missing + "\nours: " + ours);
  }

  /** The entity whose name or one of whose mentions is the gold name (or holds it whole). */
  private static Entity find(Summary summary, String goldName) {
    String g = goldName.toLowerCase(Locale.ROOT);
    for (Entity e : summary.entities()) {
      if (e.name().equalsIgnoreCase(goldName)) {
        return e;
      }
    }
    for (Entity e : summary.entities()) {
      for (Mention m : e.mentions()) {
        String surface = m.text().toLowerCase(Locale.ROOT);
        if (surface.equals(g) || (surface.contains(g) && surface.length() <= g.length() + 12)) {
          return e;
        }
      }
    }
    return null;
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-1", "de-2", "fr-1", "fr-2", "es-1", "es-2", "it-1", "it-2", "nl-1", "pt-1"})
  void autoSummarizesInTheArticlesLanguageWithItsOwnSentences(String name) {
    Gold gold = Gold.read(name);
    Summary summary = AUTO.summarize(gold.text());
    assertEquals(gold.language(), summary.language().language(), name);
    assertEquals(gold.language().code(), summary.language().code());
    assertTrue(summary.language().detected());
    assertTrue(summary.language().confidence() > 0.7, name + " " + summary.language());
    assertEquals(3, summary.sentences().size(), name);
    Set<String> goldSentences = new HashSet<>(gold.sentences());
    for (SummarySentence s : summary.sentences()) {
      String original = gold.text().substring(s.start(), s.end());
      assertTrue(goldSentences.contains(original), name + ": not a sentence of the article: " + original);
    }
  }

  @Test
  void autoTakesTheEnglishSeedsForEnglish() {
    for (String seed : Seeds.all()) {
      Summary summary = AUTO.summarize(seed);
      assertEquals(Language.ENGLISH, summary.language().language());
      assertEquals("en", summary.language().code());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-1", "ru-1"})
  void otherLanguagesGetANeutralSummaryThatSaysWhichLanguage(String name) {
    String text = resource(name + ".txt");
    Summary summary = AUTO.summarize(text);
    assertEquals(Language.NEUTRAL, summary.language().language());
    assertEquals(name.substring(0, 2), summary.language().code());
    assertFalse(summary.isEmpty());
    assertTrue(summary.sentences().size() >= 2, summary.toString());
    for (SummarySentence s : summary.sentences()) {
      String original = text.substring(s.start(), s.end());
      assertFalse(original.isBlank());
      assertTrue(original.length() < text.length() / 2, "a sentence, not the whole text: " + original);
    }
  }

  @Test
  void aFixedLanguageIsReportedAsSet() {
    Summary summary = fixed(Language.GERMAN).summarize(Gold.read("de-1").text());
    assertEquals(DetectedLanguage.fixed(Language.GERMAN), summary.language());
    assertEquals(DetectedLanguage.fixed(Language.ENGLISH), Salient.summarize(Seeds.all().get(0)).language());
  }

  @Test
  void blankTextUnderAutoIsNeutralWithNoConfidence() {
    Summary summary = AUTO.summarize("   ");
    assertTrue(summary.isEmpty());
    assertEquals(Language.NEUTRAL, summary.language().language());
    assertEquals(0, summary.language().confidence());
  }

  @Test
  void variantsShareThePipelinesOfEachLanguage() {
    Summarizer shorter = AUTO.toBuilder().maxSentences(1).build();
    assertEquals(1, shorter.summarize(Gold.read("fr-1").text()).sentences().size());
    assertEquals(Language.AUTO, shorter.language());
  }
}
