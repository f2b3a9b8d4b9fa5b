package dev.salient.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Order;
import dev.salient.Salient;
import dev.salient.Budget;
import dev.salient.Summarizer;
import dev.salient.Summary;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Null, blank, oversized and malformed input, and every option out of range. */
class HostileInputTest {
  private static final Summarizer SUMMARIZER = Summarizer.builder().build();

  @Test
  void nullTextThrowsNullPointerExceptionNamingText() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> SUMMARIZER.summarize(null));
    assertEquals("text", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Salient.summarize(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void nullHtmlThrowsNullPointerExceptionNamingHtml() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> SUMMARIZER.summarizeHtml(null));
    assertEquals("html", e.getMessage());
  }

  @Test
  void htmlLongerThanMaxInputCharsIsRejectedWithSizeAndLimit() {
    Summarizer small = Summarizer.builder().maxInputChars(50).build();
    String html = "<p>" + "a".repeat(60) + "</p>";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.summarizeHtml(html));
    assertTrue(e.getMessage().contains("length=" + html.length()), e.getMessage());
    assertTrue(e.getMessage().contains("maxInputChars=50"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "<html></html>", "<html><body><nav>Home | World</nav><script>var x;</script></body></html>", "<<<>>>", "<!-- only a comment -->"})
  void htmlWithoutArticleTextGivesAValidSummary(String html) {
    Summary summary = SUMMARIZER.summarizeHtml(html);
    SummaryAssertions.assertValid(summary, Order.DOCUMENT);
    SummaryAssertions.assertWithinBudget(summary, SummaryBudget.DEFAULT);
  }

  @ParameterizedTest
  @MethodSource("hostileStrings")
  void hostileStringInsideHtmlGivesAValidSummary(String hostile) {
    String seed = Articles.SEEDS.get(1);
    StringBuilder html = new StringBuilder("<html><head><title>" + hostile + "</title></head><body><article>");
    for (String line : seed.split("\n")) {
      html.append("<p>").append(line).append(' ').append(hostile).append("</p>\n");
    }
    html.append("<p>").append(hostile).append("</p></article></body></html>");
    Summary summary = SUMMARIZER.summarizeHtml(html.toString());
    SummaryAssertions.assertValid(summary, Order.DOCUMENT);
    SummaryAssertions.assertWithinBudget(summary, SummaryBudget.DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n", "\n\n\t\r\n  ", "\u2003\u2028\u2029\u000B\u000C", "\u001C\u001D\u001E\u001F"})
  void blankTextGivesAnEmptySummary(String blank) {
    Summary summary = SUMMARIZER.summarize(blank);
    assertTrue(summary.isEmpty());
    assertTrue(summary.entities().isEmpty());
    assertTrue(summary.rankedSentences().isEmpty());
    assertEquals(blank, summary.source());
    assertEquals("", summary.text());
    SummaryAssertions.assertValid(summary, blank);
  }

  // --- options: rejected at setter time, the message names the option and the value ---

  static Stream<Arguments> badOptions() {
    return Stream.of(
        option("maxSentences", "-1", b -> b.maxSentences(-1)),
        option("maxSentences", "-2147483648", b -> b.maxSentences(Integer.MIN_VALUE)),
        option("ratio", "-0.1", b -> b.ratio(-0.1)),
        option("ratio", "1.5", b -> b.ratio(1.5)),
        option("ratio", "NaN", b -> b.ratio(Double.NaN)),
        option("ratio", "Infinity", b -> b.ratio(Double.POSITIVE_INFINITY)),
        option("maxWords", "-1", b -> b.maxWords(-1)),
        option("maxChars", "-7", b -> b.maxChars(-7)),
        option("maxInputChars", "0", b -> b.maxInputChars(0)),
        option("maxInputChars", "-5", b -> b.maxInputChars(-5)),
        option("focus", "\"  \"", b -> b.focus("  ")),
        option("focus", "\"\u00A0\"", b -> b.focus("\u00A0")),
        option("focus", "\"\u200B\u3000\u2003\"", b -> b.focus("\u200B\u3000\u2003")));
  }

  private static Arguments option(String name, String value, Consumer<Summarizer.Builder> setter) {
    return Arguments.of(name, value, setter);
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("badOptions")
  void outOfRangeOptionIsRejectedAtSetterTimeNamingOptionAndValue(
      String name, String value, Consumer<Summarizer.Builder> setter) {
    Summarizer.Builder builder = Summarizer.builder();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> setter.accept(builder));
    assertTrue(
        e.getMessage().contains(name + "=" + value),
        "message should name " + name + "=" + value + ": " + e.getMessage());
    assertTrue(e.getMessage().startsWith(name), "message should start with the option: " + e.getMessage());
  }

  @Test
  void rejectedOptionLeavesTheBuilderUsable() {
    Summarizer.Builder builder = Summarizer.builder().maxSentences(2);
    assertThrows(IllegalArgumentException.class, () -> builder.maxSentences(-1));
    String text = Articles.SEEDS.get(0);
    Summary summary = builder.build().summarize(text);
    SummaryAssertions.assertWithinBudget(summary, new SummaryBudget(2, 0, 0, 0));
    assertEquals(2, summary.sentences().size());
  }

  @Test
  void nullOptionsAreRejectedNamingTheOption() {
    Summarizer.Builder builder = Summarizer.builder();
    assertEquals("order", assertThrows(NullPointerException.class, () -> builder.order(null)).getMessage());
    assertEquals("language", assertThrows(NullPointerException.class, () -> builder.language(null)).getMessage());
  }

  @Test
  void zeroIsNotUnlimitedAndAnExplicitlyUncappedBudgetKeepsEverySentence() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Summarizer.builder().maxSentences(0));
    assertEquals("maxSentences must be positive or Budget.UNLIMITED: maxSentences=0", e.getMessage());
    Summary all =
        Summarizer.builder().maxSentences(Budget.UNLIMITED).build().summarize(Articles.SEEDS.get(0));
    // every sentence but near-duplicates of one already chosen
    assertTrue(all.sentences().size() > all.rankedSentences().size() * 3 / 4, all::toString);
  }

  // --- input size ---

  @Test
  void inputLongerThanMaxInputCharsIsRejectedWithSizeAndLimit() {
    Summarizer small = Summarizer.builder().maxInputChars(100).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> small.summarize("a".repeat(101)));
    assertTrue(e.getMessage().contains("101"), e.getMessage());
    assertTrue(e.getMessage().contains("maxInputChars=100"), e.getMessage());
    SummaryAssertions.assertValid(small.summarize("word ".repeat(20)), "word ".repeat(20));
  }

  @Test
  void inputAtExactlyMaxInputCharsIsAccepted() {
    String text = "Anna met Bob in Paris. ".repeat(5);
    Summarizer exact = Summarizer.builder().maxInputChars(text.length()).build();
    SummaryAssertions.assertValid(exact.summarize(text), text);
  }

  @Test
  void defaultLimitIsTenMillionCharactersAndOversizedInputFailsBeforeAnyWork() {
    assertEquals(10_000_000, Summarizer.DEFAULT_MAX_INPUT_CHARS);
    String huge = "Word. ".repeat(1_666_667); // 10,000,002 characters
    // rejected at once: far faster than summarizing even a small part of it would be
    IllegalArgumentException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> assertThrows(IllegalArgumentException.class, () -> SUMMARIZER.summarize(huge)));
    assertTrue(e.getMessage().contains("length=" + huge.length()), e.getMessage());
    assertTrue(e.getMessage().contains("maxInputChars=10000000"), e.getMessage());
  }

  @Test
  void longWordWithoutSpacesTakesNoLongerThanOrdinaryTextOfTheSameLength() {
    // 200,000 characters without a space against 200,000 characters of short words. OpenNLP's
    // tokenizer is quadratic in a word's length: handing it such a word whole took about 60 times
    // as long as the ordinary text (3.8 s against 55 ms)
    StringBuilder words = new StringBuilder("Moscow said so. ");
    while (words.length() < 200_000) {
      words.append("troops near Kabul ");
    }
    String ordinary = words + ". Beijing agreed.";
    String longWord = "Moscow said so. " + "x".repeat(ordinary.length() - 33) + ". Beijing agreed.";
    SUMMARIZER.summarize(ordinary); // warm up
    long ordinaryNanos = nanosToSummarize(ordinary);
    long longWordNanos = nanosToSummarize(longWord);
    assertTrue(
        longWordNanos <= 10 * ordinaryNanos + 500_000_000L,
        "a long word is summarized much slower than ordinary text: longWord="
            + longWordNanos / 1_000_000 + " ms, ordinary=" + ordinaryNanos / 1_000_000 + " ms");
  }

  private static long nanosToSummarize(String text) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          long start = System.nanoTime();
          SummaryAssertions.assertValid(SUMMARIZER.summarize(text), text);
          return System.nanoTime() - start;
        });
  }

  // --- any Unicode: a valid summary (maybe empty), never an exception ---

  static Stream<String> hostileStrings() {
    return Articles.HOSTILE.stream();
  }

  @ParameterizedTest
  @MethodSource("hostileStrings")
  void hostileStringAloneGivesAValidSummary(String text) {
    for (Order order : Order.values()) {
      Summary summary = SummaryBudget.DEFAULT.summarizer(order).summarize(text);
      SummaryAssertions.assertValid(summary, text, order);
      SummaryAssertions.assertWithinBudget(summary, SummaryBudget.DEFAULT);
    }
  }

  @ParameterizedTest
  @MethodSource("hostileStrings")
  void hostileStringInsideAnArticleGivesAValidNonEmptySummary(String hostile) {
    String seed = Articles.SEEDS.get(0);
    int middle = seed.indexOf('\n', seed.length() / 2);
    String text = hostile + "\n" + seed.substring(0, middle) + " " + hostile + " " + seed.substring(middle) + hostile;
    Summary summary = SUMMARIZER.summarize(text);
    SummaryAssertions.assertValid(summary, text);
    SummaryAssertions.assertWithinBudget(summary, SummaryBudget.DEFAULT);
    assertFalse(summary.isEmpty());
  }

  @Test
  void everyCharValueAloneAndInASentenceGivesAValidSummary() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= 0xFFFF; c += 1) {
      String one = String.valueOf((char) c);
      if (c % 97 == 0) { // a sample alone, all of them together below
        SummaryAssertions.assertValid(SUMMARIZER.summarize(one), one);
      }
      all.append((char) c);
      if (c % 64 == 63) {
        all.append(". The Foreign Minister said so.\n");
      }
    }
    String text = all.toString();
    Summary summary = SUMMARIZER.summarize(text);
    SummaryAssertions.assertValid(summary, text);
    SummaryAssertions.assertWithinBudget(summary, SummaryBudget.DEFAULT);
  }

  @Test
  void nonEnglishArticlesGiveValidSummaries() {
    List<String> texts =
        List.of(
            "Россия и Китай провели совместные учения. Министр обороны заявил об успехе. "
                + "Учения продлятся неделю.\nМосква приветствовала решение.",
            "中国和俄罗斯在阿富汗问题上加强合作。塔利班表示欢迎。北京表示将继续提供援助。",
            "قال وزير الخارجية إن المحادثات ستستمر. وأضاف أن موسكو وبكين تدعمان الحوار.",
            "Die Regierung in Berlin hat am Montag neue Sanktionen beschlossen. Der Kanzler sagte, "
                + "man werde nicht nachgeben. Die Opposition kritisierte den Schritt.");
    for (String text : texts) {
      Summary summary = SUMMARIZER.summarize(text);
      SummaryAssertions.assertValid(summary, text);
      // maybe empty (the cleaner may judge a line in another script to be page furniture), but
      // never empty when a sentence was found
      SummaryAssertions.assertWithinBudget(summary, SummaryBudget.DEFAULT);
    }
  }
}
