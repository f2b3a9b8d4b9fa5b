package dev.salient.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The runnable examples run on the bundled articles and print what they promise. */
class ExamplesTest {

  interface Main {
    void run(String[] args) throws Exception;
  }

  private static String capture(Main main, String... args) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run(args);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStartPrintsThreeSentencesAndEntities() throws Exception {
    String out = capture(QuickStart::main);
    long bullets = out.lines().filter(l -> l.startsWith("- ")).count();
    assertEquals(3, bullets, out);
    assertTrue(out.contains("Entities:"), out);
  }

  @Test
  void budgetsPrintsEachVariantWithItsBreakdown() throws Exception {
    String out = capture(Budgets::main);
    assertTrue(out.contains("== At most 280 characters"), out);
    assertTrue(out.contains("== At most 60 words"), out);
    assertTrue(out.contains("score "), out);
  }

  @Test
  void highlightOffsetsMarksSentencesInTheOriginal() throws Exception {
    String out = capture(HighlightOffsets::main);
    assertTrue(out.contains("[[") && out.contains("]]"), out);
  }

  @Test
  void sharedAcrossThreadsSummarizesEveryArticle() throws Exception {
    String out = capture(SharedAcrossThreads::main);
    assertEquals(2, out.lines().filter(l -> l.contains(".txt: ")).count(), out);
  }
}
