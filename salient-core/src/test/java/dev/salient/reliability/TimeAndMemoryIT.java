package dev.salient.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Summarizer;
import dev.salient.Summary;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Time and memory grow linearly: doubling the input must not more than about double the work.
 * Each case runs at size {@code n} and {@code 2n}, after a warm-up, interleaved, and takes the
 * least of {@value #RUNS} runs of each. Time is the working thread's CPU time, which other
 * processes on a shared machine disturb far less than wall time; the ratio must stay under
 * {@value #MAX_RATIO} for time and for the bytes allocated by the working thread. A quadratic
 * stage gives about 4, a cubic one 8. A case over the limit is measured once more, and the better
 * of the two attempts counts, so one burst of load cannot fail it.
 *
 * <pre>{@code
 * mvn -pl salient-core verify -Dit.test=TimeAndMemoryIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class TimeAndMemoryIT {
  private static final int RUNS = 4;
  private static final double MAX_RATIO = 3.0;
  /** About 0.5 s of work per run at the base size on one laptop core. */
  private static final int BASE_CHARS = 60_000;

  /** News text of about {@code chars} characters: the seed articles in turn, a blank line apart. */
  static String news(int chars) {
    StringBuilder text = new StringBuilder(chars + 10_000);
    for (int i = 0; text.length() < chars; i++) {
      text.append(Articles.SEEDS.get(i % Articles.SEEDS.size())).append("\n\n");
    }
    return text.toString();
  }

  /** One measurement: the fastest time and the fewest allocated bytes of {@value #RUNS} runs. */
  private record Cost(long nanos, long bytes) {}

  /**
   * The bytes this thread has allocated so far (HotSpot's {@code com.sun.management.ThreadMXBean},
   * by reflection: the tests compile inside module dev.salient, which does not read jdk.management).
   */
  private static long allocatedBytes() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      Method allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
      return (Long) allocated.invoke(bean, Thread.currentThread().getId());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("this test needs HotSpot's ThreadMXBean", e);
    }
  }

  /** This thread's CPU time in nanoseconds (java.lang.management, by reflection as above). */
  private static long cpuNanos() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      return (Long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime").invoke(bean);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("this test needs a ThreadMXBean with CPU time", e);
    }
  }

  private static <T> Cost once(String input, Function<String, T> work) {
    long bytes = allocatedBytes();
    long start = cpuNanos();
    T result = work.apply(input);
    long nanos = cpuNanos() - start;
    bytes = allocatedBytes() - bytes;
    assertFalse(result == null);
    return new Cost(nanos, bytes);
  }

  private static Cost min(Cost a, Cost b) {
    return a == null ? b : new Cost(Math.min(a.nanos(), b.nanos()), Math.min(a.bytes(), b.bytes()));
  }

  /** Asserts that {@code work} on {@code input.apply(2n)} costs under MAX_RATIO times {@code n}'s. */
  static <T> void assertLinear(String name, IntFunction<String> input, Function<String, T> work) {
    String small = input.apply(BASE_CHARS);
    String large = input.apply(2 * BASE_CHARS);
    work.apply(small); // warm-up: class loading, JIT, the models
    work.apply(large);
    double length = (double) large.length() / small.length();
    double time = Double.MAX_VALUE;
    double memory = Double.MAX_VALUE;
    Cost one = null;
    Cost two = null;
    for (int attempt = 0; attempt < 2 && (time >= MAX_RATIO || memory >= MAX_RATIO); attempt++) {
      one = null;
      two = null;
      for (int run = 0; run < RUNS; run++) { // interleaved: both sizes see the same load
        one = min(one, once(small, work));
        two = min(two, once(large, work));
      }
      time = Math.min(time, (double) two.nanos() / one.nanos() / length * 2);
      memory = Math.min(memory, (double) two.bytes() / one.bytes() / length * 2);
    }
    String report = String.format(Locale.ROOT,
        "%s: %d chars %.0f ms %.1f MB, %d chars %.0f ms %.1f MB; doubling costs %.2fx time, %.2fx memory",
        name, small.length(), one.nanos() / 1e6, one.bytes() / 1e6, large.length(), two.nanos() / 1e6,
        two.bytes() / 1e6, time, memory);
    System.out.println(report);
    assertTrue(time < MAX_RATIO, report);
    assertTrue(memory < MAX_RATIO, report);
  }

  // --- the sentence budget ---

  @Test
  void threeSentenceSummaryOfLongerNewsTakesLinearTimeAndMemory() {
    Summarizer summarizer = Summarizer.builder().maxSentences(3).build();
    assertLinear("maxSentences=3", TimeAndMemoryIT::news, summarizer::summarize);
  }

  // --- long inputs of hostile shapes ---

  @Test
  void oneLongLineWithoutSpacesTakesLinearTimeAndMemory() {
    // cut into chunks at whitespace, never inside a word; a longer word is one unit
    // four times the base size: this shape is fast, and runs of a few ms are all noise
    assertLinear("one line, few spaces", chars -> ("Kabul." + "9".repeat(997) + " ").repeat(4 * chars / 1004 + 1),
        Summarizer.builder().build()::summarize);
  }

  @Test
  void manyShortLinesTakeLinearTimeAndMemory() {
    assertLinear("one-word lines", chars -> "Moscow\ntalks\nBeijing\n".repeat(chars / 21 + 1),
        Summarizer.builder().build()::summarize);
  }

  @Test
  void manyEntitiesTakeLinearTimeAndMemory() {
    assertLinear("distinct names", chars -> {
      StringBuilder text = new StringBuilder();
      for (int i = 0; text.length() < chars; i++) {
        text.append("Minister Alex").append(Integer.toString(i, 26).replaceAll("[0-9]", "q"))
            .append(" met officials in Kabul on Monday. ");
      }
      return text.toString();
    }, (Function<String, Summary>) Summarizer.builder().build()::summarize);
  }

  // --- ratio, word and character budgets (issue 13 item 7, fixed by issue 14's lazy greedy) ---

  @Test
  void ratioBudgetTakesLinearTimeAndMemory() {
    assertLinear("ratio=0.3", TimeAndMemoryIT::news, Summarizer.builder().ratio(0.3).build()::summarize);
  }

  @Test
  void wordBudgetThatGrowsWithTheInputTakesLinearTimeAndMemory() {
    // about a third of the words: the cap grows with the input, as a ratio does
    assertLinear("maxWords=chars/20", TimeAndMemoryIT::news,
        text -> Summarizer.builder().maxWords(text.length() / 20).build().summarize(text));
  }

  @Test
  void characterBudgetThatGrowsWithTheInputTakesLinearTimeAndMemory() {
    assertLinear("maxChars=chars/3", TimeAndMemoryIT::news,
        text -> Summarizer.builder().maxChars(text.length() / 3).build().summarize(text));
  }

  @Test
  void sentenceCapThatGrowsWithTheInputTakesLinearTimeAndMemory() {
    assertLinear("maxSentences=chars/2000", TimeAndMemoryIT::news,
        text -> Summarizer.builder().maxSentences(text.length() / 2000).build().summarize(text));
  }

  @Test
  void oneWordLinesAtARatioTakeLinearTimeAndMemory() {
    assertLinear("one-word lines, ratio=0.3", chars -> {
      StringBuilder text = new StringBuilder();
      for (int i = 0; text.length() < chars; i++) {
        text.append("Word").append(Integer.toString(i, 26).replaceAll("[0-9]", "q")).append('\n');
      }
      return text.toString();
    }, Summarizer.builder().ratio(0.3).build()::summarize);
  }

  // --- nested HTML: issue 15 (nested-HTML time) adds its cases here ---
}
