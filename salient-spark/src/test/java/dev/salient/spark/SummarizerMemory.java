package dev.salient.spark;

import dev.salient.Summarizer;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What Salient adds to an executor's heap: the heap retained by one Summarizer (models and word
 * lists, once per JVM) after a GC, and the bytes allocated per article of the generated set and per
 * input character of a long article (transient, per task thread). Run by
 * {@code MAIN=dev.salient.spark.SummarizerMemory salient-spark/throughput.sh}.
 */
public final class SummarizerMemory {
  private SummarizerMemory() {}

  public static void main(String[] args) {
    Runtime rt = Runtime.getRuntime();
    long before = used(rt);
    Summarizer summarizer = SparkOptions.defaults().toSummarizerBuilder().build();
    List<String> texts = GeneratedArticles.generate(300);
    for (String t : texts) {
      summarizer.summarize(t); // loads everything and warms up
    }
    long retained = used(rt) - before;
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    long start = threads.getThreadAllocatedBytes(tid);
    long chars = 0;
    for (String t : texts) {
      summarizer.summarize(t);
      chars += t.length();
    }
    long perArticle = (threads.getThreadAllocatedBytes(tid) - start) / texts.size();
    String big = String.join("\n\n", texts).substring(0, 1_000_000);
    start = threads.getThreadAllocatedBytes(tid);
    summarizer.summarize(big);
    long perMillion = threads.getThreadAllocatedBytes(tid) - start;
    System.out.printf("retained by one Summarizer after GC: %.1f MB%n", retained / 1e6);
    System.out.printf("allocated per article (mean %d chars): %.1f MB%n", chars / texts.size(), perArticle / 1e6);
    System.out.printf("allocated for one 1,000,000-char article: %.0f MB%n", perMillion / 1e6);
  }

  private static long used(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
