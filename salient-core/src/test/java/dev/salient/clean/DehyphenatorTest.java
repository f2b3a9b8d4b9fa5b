package dev.salient.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DehyphenatorTest {
  private static final TextCleaner CLEANER = new TextCleaner();
  private static final String FRAME = "Officials said on Monday that %s was the issue at hand.";

  private static String clean(String text) {
    CleanedText cleaned = CLEANER.clean(text);
    CleanAssertions.assertMapsBack(cleaned);
    return cleaned.text();
  }

  private static String inFrame(String word) {
    return clean(String.format(FRAME, word));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // a one-letter half is not a word; the joined form is in the lexicon
    "T-aliban, Taliban",
    "m-et, met",
    // neither half is a word
    "Cen-tral, Central",
    "Uz-bekistan, Uzbekistan",
    "det-aining, detaining",
    "th-ey, they",
    // one half is a word, the other is not
    "wit-hin, within",
  })
  void joinsWordsBrokenByAStrayHyphenWhenTheLexiconKnowsTheJoinedWord(String broken, String joined) {
    assertEquals(String.format(FRAME, joined), inFrame(broken));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // both halves are words
    "long-standing",
    "spill-over",
    "one-off",
    "longer-term",
    "post-war",
    // a number
    "10,000-strong",
    "3D-printed",
    // a name after the hyphen
    "Austria-Hungary",
    "al-Qaeda",
    // a prefix that takes a hyphen
    "co-operation",
    "re-elected",
    "e-mail",
    // more than one hyphen
    "well-to-do",
    // joined form unknown to lexicon and document
    "T-shirt",
    "X-ray",
  })
  void keepsRealHyphenatedWords(String word) {
    assertEquals(String.format(FRAME, word), inFrame(word));
  }

  @Test
  void keepsSlashesAndTheirSpacing() {
    assertEquals(String.format(FRAME, "Zapad/ Interaction"), inFrame("Zapad/ Interaction"));
  }

  @Test
  void joinsANameTheDocumentWritesWholeElsewhere() {
    String text = "Barbara Kelemen is an analyst at Dragonfly.\nMs Kele-men said the risk was growing.";
    assertEquals(
        "Barbara Kelemen is an analyst at Dragonfly.\nMs Kelemen said the risk was growing.", clean(text));
  }

  @Test
  void keepsABrokenNameTheDocumentNeverWritesWhole() {
    String text = "Ms Kele-men said the risk was growing in the region.";
    assertEquals(text, clean(text));
  }

  @Test
  void keepsAHyphenatedSpellingTheDocumentRepeats() {
    String text = "The Rus-sia desk opened.\nThe Rus-sia desk closed again after a week.";
    assertEquals(text, clean(text));
  }

  @Test
  void repairsWordsBeforePossessives() {
    assertEquals("The Taliban's sweep to power was fast.", clean("The T-aliban\u2019s sweep to power was fast."));
  }

  @Test
  void joinedWordMapsOverTheDroppedHyphen() {
    CleanedText cleaned = CLEANER.clean("The T-aliban won.");
    int start = cleaned.text().indexOf("Taliban");
    assertEquals("T-aliban", cleaned.original().substring(
        cleaned.toOriginalStart(start), cleaned.toOriginalEnd(start + "Taliban".length())));
  }
}
