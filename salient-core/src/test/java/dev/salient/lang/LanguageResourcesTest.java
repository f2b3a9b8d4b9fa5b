package dev.salient.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every language folder holds what the stages need (issue 16: a language is a folder). */
class LanguageResourcesTest {
  /** The lists every language with words must have, and how many entries at least. */
  private static final List<String> REQUIRED = List.of("stopwords", "honorifics", "titles",
      "org-words", "place-words", "of-words", "name-particles", "abbreviations", "lexicon",
      "dangling-openers", "attribution-verbs", "boilerplate-phrases", "first-names");

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "es", "it", "nl", "pt"})
  void everyLanguageHasItsLists(String code) {
    LanguageResources language = LanguageResources.of(code);
    for (String list : REQUIRED) {
      assertFalse(language.lines(list).isEmpty(), code + " has no " + list);
    }
    assertTrue(language.lines("stopwords").size() >= 100, code + " stop words");
    assertTrue(language.lines("lexicon").size() >= 1_000, code + " lexicon");
    assertFalse(language.list("langdetect").isEmpty(), code + " langdetect code");
    assertFalse(language.list("and-words").isEmpty(), code + " and-words");
  }

  @Test
  void inheritedListsFollowTheLanguagesOwn() {
    LanguageResources de = LanguageResources.of("de");
    List<String> cities = de.lines("cities");
    assertTrue(cities.size() > LanguageResources.ENGLISH.lines("cities").size(), "de adds to en cities");
    assertTrue(cities.stream().anyMatch(l -> l.startsWith("München\t")));
    // stop words are never inherited
    assertFalse(de.wordSet("stopwords").contains("the"));
  }

  @Test
  void languagesWithoutModelsSaySo() {
    assertTrue(LanguageResources.ENGLISH.hasSentenceModel());
    assertFalse(LanguageResources.of("es").hasSentenceModel());
    assertFalse(LanguageResources.of("fr").hasTokenizerModel());
    assertThrows(IllegalStateException.class, () -> LanguageResources.of("es").sentenceModel());
    assertEquals(LanguageResources.Segmentation.UNICODE, LanguageResources.of("und").segmentation());
  }

  @Test
  void unknownCodesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> LanguageResources.of("xx"));
    assertThrows(IllegalArgumentException.class, () -> LanguageResources.of("../en"));
  }
}
