package dev.salient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class SummarizerTest {
  static final List<String> SEEDS = Seeds.NAMES;

  @ParameterizedTest
  @FieldSource("SEEDS")
  void summarizesSeedInThreeSentencesInDocumentOrder(String name) {
    String input = Seeds.read(name);
    Summary summary = Salient.summarize(input);
    assertEquals(3, summary.sentences().size(), summary::toString);
    int last = -1;
    for (SummarySentence s : summary.sentences()) {
      assertTrue(s.index() > last, "document order: " + summary.sentences());
      last = s.index();
    }
    assertSame(input, summary.source());
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void offsetsLeadBackToTheInput(String name) {
    String input = Seeds.read(name);
    for (SummarySentence s : Salient.summarize(input).sentences()) {
      assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= input.length(), s::toString);
      String original = input.substring(s.start(), s.end());
      // cleaning only removes or normalizes characters: the cleaned text's letters and digits
      // appear, in order, among the original's
      assertTrue(
          isSubsequence(lettersAndDigits(s.text()), lettersAndDigits(original)),
          () -> "'" + s.text() + "' is not the cleaned form of '" + original + "'");
      assertFalse(s.text().isBlank());
    }
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void topFiveEntitiesIncludeChinaAndRussia(String name) {
    List<String> top =
        Salient.summarize(Seeds.read(name)).entities().stream().limit(5).map(Entity::name).toList();
    assertTrue(top.contains("China"), () -> "top five: " + top);
    assertTrue(top.contains("Russia"), () -> "top five: " + top);
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void entitySaliencesSumToOneAndRankHighestFirst(String name) {
    String input = Seeds.read(name);
    List<Entity> entities = Salient.summarize(input).entities();
    assertFalse(entities.isEmpty());
    double sum = 0;
    double previous = Double.MAX_VALUE;
    for (Entity e : entities) {
      assertTrue(e.salience() <= previous, "ranked by salience");
      previous = e.salience();
      sum += e.salience();
      for (Mention m : e.mentions()) {
        assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= input.length(), m::toString);
      }
    }
    assertEquals(1.0, sum, 1e-9);
  }

  @Test
  void rejectsNullText() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Salient.summarize(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void blankTextGivesEmptySummary() {
    Summary summary = Salient.summarize(" \n\t ");
    assertTrue(summary.isEmpty());
    assertTrue(summary.entities().isEmpty());
    assertNotNull(summary.emptyReason());
    assertEquals("", summary.text());
  }

  @Test
  void rejectsTextOverTheInputLimitBeforeWork() {
    Summarizer small = Summarizer.builder().maxInputChars(10).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> small.summarize("12345678901"));
    assertEquals("text is too long: length=11, maxInputChars=10", e.getMessage());
  }

  @Test
  void rejectsNegativeMaxSentences() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Summarizer.builder().maxSentences(-1));
    assertEquals("maxSentences must be positive or Budget.UNLIMITED: maxSentences=-1", e.getMessage());
  }

  @Test
  void rejectsRatioOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Summarizer.builder().ratio(1.5));
    assertEquals("ratio must be in (0, 1]: ratio=1.5", e.getMessage());
  }

  @Test
  void toBuilderDerivesAVariantWithoutChangingTheOriginal() {
    Summarizer one = Summarizer.builder().maxSentences(1).build();
    Summarizer two = one.toBuilder().maxSentences(2).build();
    String input = Seeds.read(SEEDS.get(0));
    assertEquals(1, one.summarize(input).sentences().size());
    assertEquals(2, two.summarize(input).sentences().size());
  }

  static String lettersAndDigits(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  static boolean isSubsequence(String needle, String haystack) {
    int j = 0;
    for (int i = 0; i < haystack.length() && j < needle.length(); i++) {
      if (haystack.charAt(i) == needle.charAt(j)) {
        j++;
      }
    }
    return j == needle.length();
  }
}
