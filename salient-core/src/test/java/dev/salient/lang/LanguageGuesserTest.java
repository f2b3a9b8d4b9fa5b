package dev.salient.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our evaluation of OpenNLP's language-detection model agrees with OpenNLP's own (issue 16). */
class LanguageGuesserTest {
  private static final String[] ARTICLES = {"de-1", "de-2", "fr-1", "fr-2", "es-1", "es-2", "it-1",
      "it-2", "nl-1", "pt-1", "zh-1", "ru-1"};
  private static LanguageDetectorME opennlp;
  private static LanguageScores ours;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = LanguageGuesser.class.getClassLoader().getResourceAsStream(LanguageGuesser.MODEL)) {
      LanguageDetectorModel model = new LanguageDetectorModel(in);
      opennlp = new LanguageDetectorME(model);
    }
    try (InputStream in = LanguageGuesser.class.getClassLoader().getResourceAsStream(LanguageGuesser.MODEL)) {
      ours = LanguageScores.read(in); // the file read directly, as LanguageGuesser does
    }
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>(Seeds.all());
    for (String name : ARTICLES) {
      try (InputStream in = LanguageGuesserTest.class.getResourceAsStream("/dev/salient/lang/articles/" + name + ".txt")) {
        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  @Test
  void sameBestLanguageAsOpenNlpOnEverySampleAndParagraph() throws IOException {
    int compared = 0;
    for (String text : texts()) {
      List<CharSequence> pieces = new ArrayList<>();
      pieces.add(LanguageGuesser.sample(text));
      for (String paragraph : text.split("\n\n")) {
        if (paragraph.length() > 150) {
          pieces.add(paragraph.length() > LanguageGuesser.SAMPLE_CHARS ? paragraph.substring(0, LanguageGuesser.SAMPLE_CHARS) : paragraph);
        }
      }
      for (CharSequence piece : pieces) {
        Language theirs = opennlp.predictLanguage(piece);
        LanguageScores.Best mine = ours.best(piece);
        assertEquals(theirs.getLang(), mine.language(), piece.toString());
        assertEquals(theirs.getConfidence(), mine.probability(), 0.15, piece.toString());
        compared++;
      }
    }
    assertTrue(compared > 40, "compared " + compared);
  }

  @Test
  void guessesMapToOurResourcesOrToNeutral() throws IOException {
    List<String> texts = texts();
    assertEquals("en", LanguageGuesser.guess(texts.get(0)).resources().code());
    LanguageGuesser.Guess chinese = LanguageGuesser.guess(texts.get(texts.size() - 2));
    assertEquals("zh", chinese.code());
    assertEquals(LanguageResources.NEUTRAL_CODE, chinese.resources().code());
    assertEquals(0, LanguageGuesser.guess(" \n ").confidence());
  }

  @Test
  void theSampleIsBoundedAndCutAtWhitespace() {
    String text = "wort ".repeat(10_000);
    CharSequence sample = LanguageGuesser.sample(text);
    assertTrue(sample.length() <= LanguageGuesser.SAMPLE_CHARS);
    assertTrue(sample.toString().startsWith("wort"), sample.toString());
    String noSpaces = "字".repeat(10_000);
    assertEquals(LanguageGuesser.SAMPLE_CHARS, LanguageGuesser.sample(noSpaces).length());
  }
}
