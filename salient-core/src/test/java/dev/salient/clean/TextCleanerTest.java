package dev.salient.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private static final TextCleaner CLEANER = new TextCleaner();
  private static final String HEADLINE = "Drought hits the Rhine shipping lanes";
  private static final String BODY =
      "Barges on the Rhine are carrying a third of their usual loads after weeks without rain.\n"
          + "Shipping companies in Duisburg said the water level at Kaub fell below one metre on Monday.";

  private static String clean(String text) {
    CleanedText cleaned = CLEANER.clean(text);
    CleanAssertions.assertMapsBack(cleaned);
    return cleaned.text();
  }

  // typography

  @Test
  void straightensCurlyQuotes() {
    assertEquals("He said: \"It's over.\" 'Yes.'", clean("He said: \u201CIt\u2019s over.\u201D \u2018Yes.\u2019"));
  }

  @Test
  void turnsNonBreakingAndOtherSpacesIntoOneSpace() {
    assertEquals("10 km from Kabul", clean("10\u00A0km\u2009 from\u202FKabul"));
  }

  @Test
  void removesSoftHyphensAndZeroWidthCharacters() {
    assertEquals("Uzbekistan border", clean("Uz\u00ADbek\u200Bistan\uFEFF bor\u200Dder\u2060"));
  }

  @Test
  void decodesHtmlEntities() {
    assertEquals("Tom & Jerry's \"show\" \u00A9 2024 <b>", clean("Tom &amp; Jerry&#8217;s &quot;show&quot; &copy; 2024 &lt;b&gt;"));
  }

  @Test
  void leavesUnknownEntitiesAndLoneAmpersandsAlone() {
    assertEquals("AT&T and R&D; &bogus; fine", clean("AT&T and R&D; &bogus; fine"));
  }

  @Test
  void numericReferenceToNoCharacterBecomesTheReplacementCharacter() {
    // past U+10FFFF, far past it (saturating, no overflow), NUL and a surrogate
    assertEquals("a \uFFFD b \uFFFD c \uFFFD d \uFFFD e \uFFFD f",
        clean("a &#x110000; b &#1114112; c &#x7FFFFFFF; d &#99999999999999999999999999999; e &#0; f"));
    assertEquals("g \uFFFD h", clean("g &#xD800; h"));
    assertEquals("\uD83D\uDE00 A z", clean("&#x1F600; &#65; &#X7a;"));
  }

  @Test
  void malformedNumericReferencesStayLiteral() {
    assertEquals("&#x; &#12a; &#xZZ; &#;", clean("&#x; &#12a; &#xZZ; &#;"));
  }

  @Test
  void longLinesWithoutSpacesCleanBackSentenceBySentence() {
    // the splitter cuts lines longer than 20,000 characters: never inside a word, where the word
    // repair (digits glued to "T-aliban" keep its hyphen) would differ for the fragment
    for (String text : new String[] {
        "9".repeat(20_000) + "T-aliban fighters entered Kabul on Sunday.",
        "9".repeat(19_990) + " x" + "9".repeat(30) + "T-aliban fighters entered Kabul on Sunday.",
        "x ".repeat(5_000) + "9".repeat(15_000) + "T-aliban fighters entered Kabul on Sunday.",
        ("The T-aliban took the town." + "9".repeat(9_000) + "T-aliban ").repeat(6)}) {
      CleanedText cleaned = CLEANER.clean(text);
      CleanAssertions.assertMapsBack(cleaned);
      CleanAssertions.assertSentencesCleanBack(CLEANER, cleaned);
    }
  }

  @Test
  void decodedEntityMapsToTheWholeEntity() {
    CleanedText cleaned = CLEANER.clean("Tom &amp; Jerry");
    int amp = cleaned.text().indexOf('&');
    assertEquals(4, cleaned.toOriginalStart(amp));
    assertEquals(9, cleaned.toOriginalEnd(amp + 1));
  }

  @Test
  void turnsWindowsAndOldMacLineEndingsIntoLineBreaks() {
    assertEquals(
        "First line of the report is here.\nSecond line of the report is here.\nThird line of it is here.",
        clean("First line of the report is here.\r\nSecond line of the report is here.\rThird line of it is here."));
  }

  @Test
  void collapsesRunsOfBlankLinesAndSpaces() {
    assertEquals(
        "The ministers met in Vienna on Monday.\n\nThey agreed on a new plan.",
        clean("  The ministers   met in Vienna on Monday.  \n \n\n\t\n   They agreed on a new \t plan.  \n\n"));
  }

  // headline

  @Test
  void detectsTheFirstShortLineWithoutTerminalPunctuationAsHeadline() {
    CleanedText cleaned = CLEANER.clean(HEADLINE + "\n\n" + BODY);
    assertEquals(HEADLINE, cleaned.text().substring(0, cleaned.headlineEnd()));
  }

  @Test
  void includesTheDeckBelowTheHeadline() {
    String deck = "Barge operators warn of fuel shortages in southern Germany";
    CleanedText cleaned = CLEANER.clean(HEADLINE + "\n\n" + deck + "\n\n" + BODY);
    assertEquals(HEADLINE + "\n\n" + deck, cleaned.text().substring(0, cleaned.headlineEnd()));
  }

  @Test
  void aLongLedeWithoutFullStopBelowTheHeadlineIsNotADeck() {
    String lede =
        "Japanese brewers are increasingly making money from beer-flavoured drinks rather than"
            + " beer itself";
    CleanedText cleaned = CLEANER.clean(HEADLINE + "\n\n" + lede + "\n\n" + BODY);
    assertEquals(HEADLINE, cleaned.text().substring(0, cleaned.headlineEnd()));
  }

  @Test
  void findsNoHeadlineWhenTheTextStartsWithASentence() {
    assertEquals(-1, CLEANER.clean(BODY).headlineEnd());
  }

  @Test
  void headlineComesAfterDroppedLabels() {
    CleanedText cleaned = CLEANER.clean("Categories: Article\n\n" + HEADLINE + "\n\n" + BODY);
    assertEquals(HEADLINE, cleaned.text().substring(0, cleaned.headlineEnd()));
  }

  // boilerplate

  @Test
  void dropsSignUpNotices() {
    String notice = "We use your sign-up to provide content in ways you\u2019ve consented to and to improve our "
        + "understanding of you. This may include adverts from us and 3rd parties based on our "
        + "understanding. You can unsubscribe at any time. More info";
    assertEquals(BODY, clean(notice + "\n\n" + BODY));
  }

  @Test
  void dropsCookieNoticeLines() {
    assertEquals(BODY, clean(BODY + "\n\nThis website uses cookies."));
    assertEquals(BODY, clean("We use cookies to give you the best experience. Accept all\n" + BODY));
  }

  @Test
  void keepsSentencesThatMerelyMentionNoticeWords() {
    String news = "Regulators said the company had ignored users who refused consent to tracking cookies "
        + "and had kept sending newsletters to people who tried to unsubscribe.";
    assertEquals(news + "\n" + BODY, clean(news + "\n" + BODY));
  }

  @Test
  void dropsReadMoreAndSourceLabels() {
    assertEquals(BODY, clean(BODY + "\nRead more\n\nSource: Read Full ArticleCategories: Article"));
  }

  @Test
  void dropsShareAndFollowLines() {
    assertEquals(BODY, clean("Share this article\nFollow us on Twitter\n" + BODY));
  }

  @Test
  void dropsMenuLines() {
    assertEquals(BODY, clean("Home | World | Politics | Business | Sport\n" + BODY));
    assertEquals(BODY, clean("Home News World Business Sport Weather\n" + BODY));
  }

  @Test
  void dropsLoneNameBylineBelowTheHeadline() {
    assertEquals(HEADLINE + "\n\n" + BODY, clean(HEADLINE + "\n\nReid Standish\n" + BODY));
    assertEquals(HEADLINE + "\n\n" + BODY, clean(HEADLINE + "\nBy Anna Keller and Tom Brandt\n" + BODY));
  }

  @Test
  void keepsAShortLineOfCommonWordsBelowTheHeadlineAsDeck() {
    CleanedText cleaned = CLEANER.clean(HEADLINE + "\nLow Water Woes\n" + BODY);
    assertTrue(cleaned.text().startsWith(HEADLINE + "\nLow Water Woes\n"), cleaned.text());
  }

  @Test
  void dropsDatelinesAndTimeStamps() {
    assertEquals(HEADLINE + "\n\n" + BODY,
        clean(HEADLINE + "\nPublished: 10:32, Sat, Aug 21, 2021 | UPDATED: 10:40, Sat, Aug 21, 2021\n" + BODY));
    assertEquals(HEADLINE + "\n\n" + BODY, clean(HEADLINE + "\nAugust 20, 2021\n" + BODY));
  }

  @Test
  void dropsTrailingListOfOtherStoriesWithTimeStamps() {
    String list = "The Rhine Post\n\nRecent Posts\n\nFloods in Bavaria\n\n"
        + "MUNICH (AFP): Heavy rain flooded towns across southern Bavaria on Saturday, police said,\u2026\n\n"
        + "6 mins ago\n\nStrike halts trains\n\nBERLIN (AFP): A strike by train drivers halted most\u2026\n\n7 mins ago\n\n";
    assertEquals(BODY, clean(BODY + "\n\n" + list));
  }

  @Test
  void dropsListOfOtherStoriesInTheMiddle() {
    String list = "Floods in Bavaria\n6 mins ago\nStrike halts trains\n7 mins ago\n";
    assertEquals(BODY + "\n\n" + BODY, clean(BODY + "\n" + list + BODY));
  }

  @Test
  void dropsTitlesAfterTheLastSentence() {
    assertEquals(BODY, clean(BODY + "\n\nRelated\nFloods in Bavaria\nStrike halts trains across Germany"));
  }

  @Test
  void keepsSubheadingsBetweenParagraphs() {
    String text = BODY + "\n\nWhat comes next\n\n" + BODY;
    assertEquals(text, clean(text));
  }

  @Test
  void keepsTextOfOnlyShortLines() {
    String text = "Rhine levels\nKaub gauge low\nBarges half empty";
    assertEquals(text, clean(text));
  }

  @Test
  void droppedBlockLeavesALineBreak() {
    String first = "The first paragraph ends here without a full stop";
    assertEquals(
        HEADLINE + "\n" + BODY + "\n\n" + first + " and goes on.",
        clean(HEADLINE + "\n" + BODY + "\nRead more\n" + first + " and goes on."));
  }

  // input rules and cost

  @Test
  void rejectsNullText() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> CLEANER.clean(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void cleansEmptyTextToEmptyText() {
    assertEquals("", clean(""));
    assertEquals("", clean(" \n\r\n\u00A0 "));
  }

  @Test
  void cleansLargeInputsInLinearTime() {
    // a 2 MB line, 100,000 lines, 10 MB: seconds, not minutes, on a busy machine
    String line = "The T-aliban took Kabul and the Taliban envoy said they would talk, &amp; more. ".repeat(26_000);
    String manyLines = (BODY + "\nRead more\n6 mins ago\n").repeat(25_000);
    String tenMegabytes = (HEADLINE + "\r\n\r\n" + BODY + "\n\u00A0\nRecent Posts\n").repeat(45_000);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      assertFalse(CLEANER.clean(line).text().contains("T-aliban"));
      assertFalse(CLEANER.clean(manyLines).text().contains("Read more"));
      assertTrue(tenMegabytes.length() > 10_000_000);
      assertFalse(CLEANER.clean(tenMegabytes).text().contains("Recent Posts"));
    });
  }
}
