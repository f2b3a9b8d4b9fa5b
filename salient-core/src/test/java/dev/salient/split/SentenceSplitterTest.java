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
}
