package dev.salient.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.salient.lang.LanguageResources;
import dev.salient.split.Document;
import dev.salient.split.Sentence;
import dev.salient.split.SentenceSplitter;

/** Shared checks of the invariants of cleaned text. */
final class CleanAssertions {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(LanguageResources.ENGLISH);

  private CleanAssertions() {}

  /**
   * Every clean character maps to an in-bounds, ordered original range, and a character that stands
   * for one original character is that character or its normalized form.
   */
  static void assertMapsBack(CleanedText cleaned) {
    String original = cleaned.original();
    String text = cleaned.text();
    int previousStart = 0;
    for (int i = 0; i < text.length(); i++) {
      int start = cleaned.toOriginalStart(i);
      int end = cleaned.toOriginalEnd(i + 1);
      assertTrue(0 <= start && start < end && end <= original.length(),
          "range of clean char " + i + ": [" + start + ", " + end + ")");
      assertTrue(start >= previousStart, "ranges in order at clean char " + i);
      previousStart = start;
      char c = text.charAt(i);
      if (end - start == 1) {
        char o = original.charAt(start);
        int mapped = Typography.map(o);
        boolean same = o == c || mapped == c
            || (mapped == Typography.SPACE && c == ' ')
            || ((mapped == Typography.BREAK || o == '\r') && c == '\n');
        assertTrue(same, "clean char " + i + " '" + c + "' stands for '" + o + "'");
      }
    }
  }

  /**
   * For every sentence the splitter finds in the clean text, cleaning the original text it maps back
   * to (as a fragment of the same document) gives the sentence's text.
   */
  static void assertSentencesCleanBack(TextCleaner cleaner, CleanedText cleaned) {
    Document document = SPLITTER.split(cleaned);
    for (Sentence s : document.sentences()) {
      int start = cleaned.toOriginalStart(s.start());
      int end = cleaned.toOriginalEnd(s.end());
      String fragment = cleaned.original().substring(start, end);
      String expected = cleaned.text().substring(s.start(), s.end());
      String actual = cleaner.cleanFragment(fragment, cleaned).text();
      if (!expected.equals(actual)) {
        fail("fragment [" + start + ", " + end + ") '" + fragment + "' cleans to '" + actual
            + "', not to its sentence '" + expected + "'");
      }
      assertEquals(expected, actual);
    }
  }
}
