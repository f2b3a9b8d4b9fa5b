package dev.salient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The result records check their invariants and describe themselves briefly. */
class ResultRecordsTest {
  private static final SummarySentence FIRST =
      new SummarySentence(0, 0, 10, "First one.", List.of(), 1, ScoreBreakdown.ZERO, true, 1);

  @Test
  void summaryWithSentencesRejectsAnEmptyReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Summary("First one.", List.of(), List.of(FIRST), List.of(FIRST), List.of(), null, Optional.empty(), EmptyReason.NO_SENTENCES));
    assertEquals(
        "emptyReason must be set exactly when there are no sentences: sentences=1, emptyReason=NO_SENTENCES",
        e.getMessage());
  }

  @Test
  void emptySummaryRequiresAReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Summary("text", List.of(), List.of(), List.of(), List.of(), null, Optional.empty(), null));
    assertEquals(
        "emptyReason must be set exactly when there are no sentences: sentences=0, emptyReason=null",
        e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Summary.empty("text", null));
    assertEquals("reason", npe.getMessage());
  }

  @Test
  void summaryNamesANullList() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> new Summary("text", List.of(), List.of(FIRST), null, List.of(), null, Optional.empty(), null));
    assertEquals("rankedSentences", e.getMessage());
  }

  @Test
  void summaryToStringKeepsTheSentencesButNotTheSource() {
    String source = "First one. " + "Filler text that nobody wants in a log line. ".repeat(500);
    Entity anna = new Entity("Anna", EntityType.PERSON, 1.0, List.of(new Mention(0, 5, "First")));
    Summary summary = new Summary(source, List.of(), List.of(FIRST), List.of(FIRST), List.of(anna), null, Optional.empty(), null);

    String described = summary.toString();

    assertTrue(described.contains("First one."), described);
    assertTrue(described.contains("sourceChars=" + source.length()), described);
    assertTrue(described.contains("top: Anna"), described);
    assertFalse(described.contains("Filler"), described);
    assertTrue(described.length() < 600, () -> "toString is " + described.length() + " chars");
  }

  @Test
  void realSummaryToStringIsShortForALongArticle() {
    String article = Seeds.read(Seeds.NAMES.get(0));
    Summary summary = Salient.summarize(article);

    assertTrue(
        summary.toString().length() < summary.text().length() + 1_500,
        () -> "toString of " + summary.toString().length() + " chars for a summary of "
            + summary.text().length());
  }

  @Test
  void entityNamesANullMentionList() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new Entity("Anna", EntityType.PERSON, 0.5, null));
    assertEquals("mentions", e.getMessage());
  }
}
