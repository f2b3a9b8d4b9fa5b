package dev.salient.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.salient.Salient;
import dev.salient.Summary;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pathological sizes and shapes finish in bounded time and memory. {@code mvn verify} runs this
 * class in its own test JVM with {@code -Xmx256m} (failsafe execution {@code small-heap} in the
 * pom), so an input whose processing is not linear in memory fails here with
 * {@link OutOfMemoryError}; the generous time limits catch quadratic work.
 *
 * <pre>{@code
 * mvn test-compile failsafe:integration-test@small-heap failsafe:verify@small-heap
 * }</pre>
 */
class LargeInputSmallHeapIT {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  private static Summary summarizeInTime(String text) {
    Summary summary = assertTimeoutPreemptively(LIMIT, () -> Salient.summarize(text));
    // the invariants, but without re-reading every sentence of a huge input character by character
    assertTrue(summary.sentences().size() <= 3);
    summary.sentences().forEach(s -> SummaryAssertions.assertSentenceValid(s, text));
    return summary;
  }

  @Test
  void smallHeapExecutionReallyHasASmallHeap() {
    // guards the guarantee itself; skipped when the class is run by hand in the default JVM
    assumeTrue("true".equals(System.getProperty("salient.smallHeap")), "not the small-heap JVM");
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(max <= 300L * 1024 * 1024, "the small-heap JVM has more than 256 MB: maxMemory=" + max);
  }

  @Test
  void twoMegabyteLineWithoutPunctuationFinishes() {
    Random random = new Random(1);
    StringBuilder line = new StringBuilder(2_000_100);
    String[] words = {"china", "russia", "Taliban", "the", "and", "Kabul", "troops", "of", "Beijing"};
    while (line.length() < 2_000_000) {
      line.append(words[random.nextInt(words.length)]).append(' ');
    }
    Summary summary = summarizeInTime(line.toString());
    assertFalse(summary.isEmpty());
  }

  @Test
  void hundredThousandOneWordLinesFinish() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      text.append(i % 3 == 0 ? "Moscow" : i % 3 == 1 ? "talks" : "Beijing").append('\n');
    }
    Summary summary = summarizeInTime(text.toString());
    // one-word lines may all be judged page furniture; if any is a sentence, one is chosen
    assertTrue(summary.rankedSentences().isEmpty() || !summary.isEmpty());
  }

  @Test
  void fiveMegabytesOfOneRepeatedSentenceFinish() {
    String sentence = "China and Russia held joint military exercises near Afghanistan this week. ";
    String text = sentence.repeat(5_000_000 / sentence.length() + 1);
    Summary summary = summarizeInTime(text);
    assertFalse(summary.isEmpty());
  }

  @Test
  void deeplyNestedHtmlFinishes() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><head><title>Deep page</title></head><body>");
    html.append("<div>".repeat(depth));
    html.append("<p>China and Russia held joint exercises near Afghanistan this week.</p>");
    html.append("<span><b><i>".repeat(depth / 3)); // never closed
    html.append("<p>Beijing and Moscow said the drills were a success.</p>");
    html.append("</div>".repeat(depth));
    html.append("</body></html>");
    Summary summary =
        assertTimeoutPreemptively(LIMIT, () -> Salient.defaultSummarizer().summarizeHtml(html.toString()));
    SummaryAssertions.assertValid(summary, dev.salient.Order.DOCUMENT);
  }

  @Test
  void manyParagraphsOfHtmlFinish() {
    String paragraph = "<p>China and Russia held <a href=\"/x\">joint</a> exercises &amp; talks near Kabul.</p>\n";
    String html = "<html><body><article>" + paragraph.repeat(30_000) + "</article></body></html>";
    Summary summary = assertTimeoutPreemptively(LIMIT, () -> Salient.defaultSummarizer().summarizeHtml(html));
    assertFalse(summary.isEmpty());
    summary.sentences().forEach(s -> SummaryAssertions.assertSentenceValid(s, summary.source()));
  }

  @Test
  void oneMegabyteWordWithoutSpacesFinishes() {
    // found by this test: OpenNLP's tokenizer is quadratic in the length of one word
    String text = "x".repeat(1_000_000) + ". " + "Ab".repeat(500_000);
    summarizeInTime(text);
  }

  @Test
  void megabyteOfSentenceEndingsFinishes() {
    String text = ". ! ? ".repeat(200_000) + "\n".repeat(100_000);
    summarizeInTime(text);
  }
}
