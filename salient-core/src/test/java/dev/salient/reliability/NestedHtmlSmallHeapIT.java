package dev.salient.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Page;
import dev.salient.Salient;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 8: extraction from nested {@code <blockquote>} and {@code <div>} pages is linear
 * in the depth (it was quadratic: every nested candidate's text was recomputed). Runs in the
 * {@code -Xmx256m} JVM with the other {@code *SmallHeapIT} classes.
 */
class NestedHtmlSmallHeapIT {

  private static String nested(String tag, int depth) {
    StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
    for (int i = 0; i < depth; i++) {
      html.append('<').append(tag).append(">Level ").append(i)
          .append(" of a quoted reply, with some words in it.");
    }
    return html.append("</body></html>").toString();
  }

  /** The fastest of a few runs, in nanoseconds (the fastest is the least disturbed by others). */
  private static long fastest(String html) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long start = System.nanoTime();
      Page page = Salient.extract(html);
      best = Math.min(best, System.nanoTime() - start);
      assertFalse(page.body().isEmpty());
    }
    return best;
  }

  private static void assertLinear(String tag) {
    fastest(nested(tag, 4_000)); // warm up
    long small = fastest(nested(tag, 8_000));
    long large = fastest(nested(tag, 16_000));
    // doubling the depth must not much more than double the time (quadratic work gives 4x)
    assertTrue(large < 3.0 * small + 50_000_000L,
        tag + ": 8,000 levels took " + small / 1_000_000 + " ms, 16,000 took " + large / 1_000_000 + " ms");
  }

  @Test
  void nestedBlockquotesAreLinear() {
    assertLinear("blockquote");
  }

  @Test
  void nestedDivsAreLinear() {
    assertLinear("div");
  }
}
