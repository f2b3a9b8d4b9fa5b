package dev.salient.benchmarks;

import dev.salient.Salient;
import dev.salient.eval.ExtractionEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;

/**
 * Salient's article extraction beside Readability4J (a Kotlin port of Mozilla Readability), both
 * scored by {@link ExtractionEvaluation} (the Zyte benchmark's shingle metric) on the development
 * pages, with the pages per second of each on one thread.
 *
 * <pre>{@code
 * java -cp "$(cat benchmarks/target/bench/classpath.txt)" dev.salient.benchmarks.ExtractionComparison ../shared/eval/html
 * }</pre>
 */
public final class ExtractionComparison {
  /** Passes over the pages before timing (the JIT compiles both extractors' hot paths). */
  private static final int WARM_UP_PASSES = 3;
  private static final int PASSES = 3;

  private ExtractionComparison() {}

  /** Readability4J's article text, or "" when it finds none. */
  static String readability4j(String html) {
    try {
      var article = new Readability4J("https://example.org/", html).parse();
      String text = article.getTextContent();
      return text == null ? "" : text;
    } catch (RuntimeException e) {
      return "";
    }
  }

  static String salient(String html) {
    return Salient.extract(html).body();
  }

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/eval/html");
    List<Set> sets = new ArrayList<>();
    if (Files.isDirectory(root.resolve("zyte-dev"))) {
      sets.add(new Set("zyte-dev", ExtractionEvaluation.zytePages(root.resolve("zyte-dev"))));
    }
    if (Files.isDirectory(root.resolve("readability"))) {
      sets.add(new Set("readability", ExtractionEvaluation.readabilityPages(root.resolve("readability"))));
    }
    for (Set set : sets) {
      for (var system : List.<Named>of(new Named("salient", ExtractionComparison::salient),
          new Named("readability4j", ExtractionComparison::readability4j))) {
        ExtractionEvaluation.Result r = ExtractionEvaluation.evaluate(set.pages(), system.extractor());
        double rate = pagesPerSecond(set.pages(), system.extractor());
        System.out.printf("%-12s %-14s pages=%d  F1 %.3f  precision %.3f  recall %.3f  %.1f pages/CPU-s%n",
            set.name(), system.name(), set.pages().size(), r.f1(), r.precision(), r.recall(), rate);
      }
    }
  }

  /**
   * Pages per CPU-second of this thread over three passes after three warm-up passes (CPU time rather
   * than wall time, so that other processes on a shared machine disturb the figure less).
   */
  private static double pagesPerSecond(List<ExtractionEvaluation.Page> pages, Function<String, String> f) {
    long sink = 0;
    for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
      for (ExtractionEvaluation.Page p : pages) {
        sink += f.apply(p.html()).length();
      }
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    for (int pass = 0; pass < PASSES; pass++) {
      for (ExtractionEvaluation.Page p : pages) {
        sink += f.apply(p.html()).length();
      }
    }
    double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    if (sink == 42) {
      System.out.print("");
    }
    return PASSES * pages.size() / seconds;
  }

  private record Set(String name, List<ExtractionEvaluation.Page> pages) {}

  private record Named(String name, Function<String, String> extractor) {}
}
