package dev.salient.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.clean.CleanedText;
import dev.salient.lang.LanguageResources;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The rule-based and Unicode segmentation of languages without OpenNLP models (issue 16). */
class RuleSegmentationTest {
  private static final LanguageResources ES = LanguageResources.of("es");
  private static final LanguageResources IT = LanguageResources.of("it");
  private static final LanguageResources FR = LanguageResources.of("fr");
  private static final LanguageResources DE = LanguageResources.of("de");

  private static List<String> sentences(LanguageResources language, String text) {
    Document d = new SentenceSplitter(language).split(CleanedText.identity(text));
    return d.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  private static List<String> tokens(LanguageResources language, String text) {
    Document d = new SentenceSplitter(language).split(CleanedText.identity(text));
    return d.sentences().stream().flatMap(s -> Arrays.stream(s.tokens())).toList();
  }

  @Test
  void spanishAbbreviationsDoNotEndSentences() {
    assertEquals(
        List.of("«Es un día importante», dijo el Sr. Sánchez en Madrid.",
            "Los datos de EE. UU. llegaron después, p. ej. los de empleo.",
            "¿Y ahora qué?"),
        sentences(ES, "«Es un día importante», dijo el Sr. Sánchez en Madrid. Los datos de EE. UU."
            + " llegaron después, p. ej. los de empleo. ¿Y ahora qué?"));
  }

  @Test
  void italianAbbreviationsAndElisions() {
    String text = "Il ministro dell'Interno ha parlato con il dott. Rossi, il sig. Bianchi ecc. "
        + "L'incontro è durato un'ora.";
    assertEquals(
        List.of("Il ministro dell'Interno ha parlato con il dott. Rossi, il sig. Bianchi ecc.",
            "L'incontro è durato un'ora."),
        sentences(IT, text));
    List<String> tokens = tokens(IT, text);
    assertTrue(tokens.containsAll(List.of("dell'", "Interno", "L'", "incontro", "un'", "ora", "dott.")), tokens.toString());
  }

  @Test
  void frenchElisionsAreTokensOfTheirOwn() {
    List<String> tokens = tokens(FR, "M. Macron a reçu l'émir d'Abou Dhabi à l'Élysée, puis « il a dit qu'il partait ».");
    assertTrue(tokens.containsAll(List.of("M.", "l'", "émir", "d'", "Abou", "Élysée", ",", "«", "qu'", "il", "»", ".")),
        tokens.toString());
  }

  @Test
  void frenchAbbreviationsCorrectTheModel() {
    List<String> s = sentences(FR, "Il a cité des pays, p. ex. la Belgique et la Suisse. M. Dupont a répondu.");
    assertEquals(List.of("Il a cité des pays, p. ex. la Belgique et la Suisse.", "M. Dupont a répondu."), s);
  }

  @Test
  void germanOrdinalDatesAndAbbreviations() {
    List<String> s = sentences(DE, "Die Wahl findet am 3. Oktober statt. Es gibt z. B. Briefwahl. "
        + "Dr. Weber sagte das.");
    assertEquals(List.of("Die Wahl findet am 3. Oktober statt.", "Es gibt z. B. Briefwahl.", "Dr. Weber sagte das."), s);
  }

  @Test
  void aQuotationsAttributionStaysInItsSentence() {
    assertEquals(List.of("«¡Es increíble!» —dijo Pérez.", "Nadie lo esperaba."),
        sentences(ES, "«¡Es increíble!» —dijo Pérez. Nadie lo esperaba."));
    LanguageResources und = LanguageResources.of(LanguageResources.NEUTRAL_CODE);
    assertEquals(List.of("«Часы снова идут!» — добавил Орлов.", "Выставка откроется в мае."),
        sentences(und, "«Часы снова идут!» — добавил Орлов. Выставка откроется в мае."));
  }

  @Test
  void lowerCasedTextStillSplits() {
    List<String> s = sentences(ES, "el gobierno aprobó la ley. la oposición votó en contra.");
    assertEquals(2, s.size(), s.toString());
  }

  @Test
  void neutralLanguageSplitsChineseWithoutSpaces() {
    LanguageResources und = LanguageResources.of(LanguageResources.NEUTRAL_CODE);
    String text = "北京市政府周一宣布新的交通计划。该计划将于明年实施！市民对此表示欢迎。";
    List<String> s = sentences(und, text);
    assertEquals(List.of("北京市政府周一宣布新的交通计划。", "该计划将于明年实施！", "市民对此表示欢迎。"), s);
    assertTrue(tokens(und, text).size() > 10, "ideographs are words");
  }

  /** Offsets of every token point into the text, in order, for any input. */
  @Property(tries = 300)
  void ruleTokensAreSubstringsInOrder(@ForAll @StringLength(max = 200) String text) {
    for (LanguageResources language : List.of(ES, IT, LanguageResources.of("und"))) {
      Document d = new SentenceSplitter(language).split(CleanedText.identity(text));
      int last = 0;
      for (Sentence s : d.sentences()) {
        assertTrue(s.start() >= last && s.end() <= text.length() && s.start() < s.end());
        for (int i = 0; i < s.tokenCount(); i++) {
          assertEquals(s.token(i), text.substring(s.tokenStart(i), s.tokenEnd(i)));
        }
        last = s.end();
      }
    }
  }

  @Test
  void ruleDetectorSpansCoverTheText() {
    RuleSentenceDetector detector = new RuleSentenceDetector(new Abbreviations(ES));
    String text = "Uno. Dos! Tres? Cuatro... Cinco";
    Span[] spans = detector.sentPosDetect(text);
    assertEquals(5, spans.length);
    assertEquals("Cuatro...", spans[3].getCoveredText(text).toString());
  }
}
