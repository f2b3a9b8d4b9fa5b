package dev.salient.benchmarks;

import dev.salient.Summarizer;
import dev.salient.Summary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;

/**
 * Summarizes one article just under the default input cap of 10,000,000 characters (the bundled
 * articles' variants, one after another) and prints the time, the sizes and the peak heap (the
 * sum of the heap pools' peaks, an upper bound). Run it with a small heap to check that a 10 MB
 * text fits:
 *
 * <pre>{@code
 * benchmarks/run.sh large          # java -Xmx256m ... dev.salient.benchmarks.LargeText
 * }</pre>
 */
public final class LargeText {
  private LargeText() {}

  public static void main(String[] args) {
    int chars = args.length > 0 ? Integer.parseInt(args[0]) : Summarizer.DEFAULT_MAX_INPUT_CHARS;
    String text = Articles.longText(chars);
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    long start = System.nanoTime();
    Summary summary = Summarizer.builder().build().summarize(text);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "large-text chars=%d utf8Bytes=%d sentences=%d entities=%d summarySentences=%d time=%dms"
            + " maxHeap=%dMB peakHeapPools=%dMB%n",
        text.length(),
        bytes,
        summary.rankedSentences().size(),
        summary.entities().size(),
        summary.sentences().size(),
        millis,
        Runtime.getRuntime().maxMemory() >> 20,
        peak >> 20);
  }
}
