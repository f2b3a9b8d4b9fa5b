package dev.salient.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.clean.CleanedText;
import dev.salient.lang.LanguageResources;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(LanguageResources.ENGLISH);

  private static List<String> sentences(String text) {
    Document d = SPLITTER.split(CleanedText.identity(text));
    return d.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void headlineWithoutFullStopIsItsOwnUnit() {
    List<String> s = sentences("Markets fall as rates rise\nShares fell on Monday. Bonds rallied.");
    assertEquals(List.of("Markets fall as rates rise", "Shares fell on Monday.", "Bonds rallied."), s);
  }

  @Test
  void sentenceNeverCrossesALineBreak() {
    List<String> s = sentences("The minister said the plan\nwould be delayed until spring.");
    assertEquals(2, s.size());
  }

  @Test
  void cutsACaptionRunIntoTheNextSentence() {
    List<String> s =
        sentences(
            "Rhodri Giggs outside the court yesterday, where he was banned from driving The brother"
                + " of the former footballer has lost his job at the club.");
    assertEquals(
        List.of(
            "Rhodri Giggs outside the court yesterday, where he was banned from driving",
            "The brother of the former footballer has lost his job at the club."),
        s);
  }

  @Test
  void keepsTitlesThatStartWithThe() {
    String sentence =
        "The document was seen by The Mail on Sunday and later told The Times about the plan.";
    assertEquals(List.of(sentence), sentences(sentence));
  }

  @Test
  void tokensAreExactSubstringsAndSentencesAreNumberedInOrder() {
    String text =
        "Beijing and Moscow held drills this week. China's army took part.\n\nRussia's too.";
    Document d = SPLITTER.split(CleanedText.identity(text));
    for (int i = 0; i < d.sentences().size(); i++) {
      Sentence s = d.sentences().get(i);
      assertEquals(i, s.index());
      for (int t = 0; t < s.tokenCount(); t++) {
        assertEquals(s.token(t), text.substring(s.tokenStart(t), s.tokenEnd(t)));
        assertTrue(s.start() <= s.tokenStart(t) && s.tokenEnd(t) <= s.end());
      }
    }
    assertEquals(2, d.paragraphCount());
  }

  @Test
  void keepsAQuotationThatOpensMidSentenceWhole() {
    List<String> s =
        sentences("She said \"It is over. We lost.\" and walked out. Then the hall emptied.");
    assertEquals(
        List.of("She said \"It is over. We lost.\" and walked out.", "Then the hall emptied."), s);
  }

  @Test
  void leavesAQuotationThatOpensTheSentenceAsDetected() {
    List<String> s = sentences("\"We will win. We always do,\" he said.");
    assertTrue(s.size() >= 1);
    assertEquals("\"We will win. We always do,\" he said.", String.join(" ", s));
  }

  @Test
  void headlineWithAFullStopStaysOneUnit() {
    String text = "Biden meets Xi in Bali. Talks stall over Taiwan\n\nThe two leaders met on Monday.";
    dev.salient.clean.CleanedText cleaned =
        new dev.salient.clean.TextCleaner(LanguageResources.ENGLISH).clean(text);
    Document d = SPLITTER.split(cleaned);
    assertTrue(d.sentences().get(0).headline(), d.sentences()::toString);
    assertEquals("Biden meets Xi in Bali. Talks stall over Taiwan", d.sentenceText(0));
    assertTrue(!d.sentences().get(1).headline());
  }

  @Test
  void longLinesAreCutAtWhitespaceNeverInsideAWord() {
    String text = ("word " + "9.".repeat(3_000) + " and more text. ").repeat(20) + "y".repeat(50_000) + " end.";
    Document d = SPLITTER.split(new dev.salient.clean.TextCleaner(LanguageResources.ENGLISH).clean(text));
    String clean = d.cleaned().text();
    for (int i = 0; i < d.sentences().size(); i++) {
      dev.salient.split.Sentence s = d.sentences().get(i);
      assertTrue(s.start() == 0 || Character.isWhitespace(clean.charAt(s.start() - 1))
          || !Character.isLetterOrDigit(clean.charAt(s.start() - 1)), "sentence " + i + " starts inside a word");
      assertTrue(s.end() == clean.length() || Character.isWhitespace(clean.charAt(s.end()))
          || !Character.isLetterOrDigit(clean.charAt(s.end())), "sentence " + i + " ends inside a word");
    }
    // a word longer than a chunk is one unit of its own
    assertTrue(d.sentences().stream().anyMatch(s -> s.end() - s.start() == 50_000), d.sentences()::toString);
  }

  @Test
  void aHugeWordFullOfStopsTakesLinearTime() {
    // the sentence detector scans the whole word around each full stop: it must not see this word
    String text = "Start here. " + "a.".repeat(400_000) + " The end.";
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> SPLITTER.split(new dev.salient.clean.TextCleaner(LanguageResources.ENGLISH).clean(text)));
  }
}
