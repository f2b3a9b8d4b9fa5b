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
      pieces.add(LanguageGuesser.sample(text, LanguageGuesser.SAMPLE_CHARS));
      pieces.add(LanguageGuesser.sample(text, LanguageGuesser.FIRST_SAMPLE_CHARS));
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
        Language[] ranked = opennlp.predictLanguages(piece);
        double theirMargin = Math.log(ranked[0].getConfidence() / ranked[1].getConfidence());
        assertEquals(theirMargin, mine.margin(), Math.max(0.25, 0.1 * theirMargin), piece.toString());
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
    // a text whose middle is a run of blank lines is still read
    String french = texts.get(Seeds.all().size() + 2); // fr-1
    String gapped = french.substring(0, 600) + "\n".repeat(5_000) + french.substring(600, 1200);
    LanguageGuesser.Guess guess = LanguageGuesser.guess(gapped);
    assertEquals("fr", guess.code(), gapped.substring(0, 200));
    assertTrue(guess.confidence() > 0.5);
  }

  @Test
  void theSampleIsBoundedAndCutAtWhitespace() {
    String text = "wort ".repeat(10_000);
    for (int chars : new int[] {LanguageGuesser.FIRST_SAMPLE_CHARS, LanguageGuesser.SAMPLE_CHARS}) {
      CharSequence sample = LanguageGuesser.sample(text, chars);
      assertTrue(sample.length() <= chars);
      assertTrue(sample.length() >= chars - 10, sample.toString());
      assertTrue(sample.toString().startsWith("wort"), sample.toString());
      String noSpaces = "字".repeat(10_000);
      assertEquals(chars, LanguageGuesser.sample(noSpaces, chars).length());
    }
  }

  /**
   * The short first sample decides only where it is clear, and then as the long sample would: on
   * every test article and on each paragraph of them, the two-step guess is the long sample's.
   */
  @Test
  void theFirstSampleSettlesOnlyClearCasesAndAgreesWithTheLongSample() throws IOException {
    int settled = 0;
    int total = 0;
    for (String text : texts()) {
      List<String> pieces = new ArrayList<>(List.of(text));
      for (String paragraph : text.split("\n\n")) {
        if (paragraph.length() > 2 * LanguageGuesser.FIRST_SAMPLE_CHARS) {
          pieces.add(paragraph);
        }
      }
      for (String piece : pieces) {
        LanguageScores.Best first = ours.best(LanguageGuesser.sample(piece, LanguageGuesser.FIRST_SAMPLE_CHARS));
        LanguageScores.Best full = ours.best(LanguageGuesser.sample(piece, LanguageGuesser.SAMPLE_CHARS));
        LanguageGuesser.Guess guess = LanguageGuesser.guess(piece);
        if (first.margin() >= LanguageGuesser.CLEAR_MARGIN) {
          settled++;
          assertEquals(full.language(), first.language(), piece);
          assertEquals(1 / (1 + Math.exp(-first.margin())), guess.confidence(), 1e-9);
        } else {
          assertEquals(1 / (1 + Math.exp(-full.margin())), guess.confidence(), 1e-9);
        }
        assertTrue(guess.confidence() >= 0.5 && guess.confidence() <= 1, piece);
        total++;
      }
    }
    assertTrue(total > 40, "pieces " + total);
    assertTrue(settled > total / 2, "settled by the first sample: " + settled + " of " + total);
  }
}
