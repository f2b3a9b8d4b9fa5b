package dev.salient.spark;

import dev.salient.Summarizer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@link Summarizer} per executor JVM and options value. A Summarizer is not Serializable, so
 * it is never part of a task closure: the closure carries the {@link SparkOptions} (a few bytes),
 * and the first task of each JVM that needs a summarizer builds it here; every later task and
 * record of that JVM reuses it (it is immutable and thread-safe). The key space is small: the
 * options of the calls, times the per-row {@code sentences} values (at most
 * {@value SparkOptions#MAX_SENTENCES_PER_ROW}).
 */
final class SummarizerHolder {
  private static final ConcurrentMap<SparkOptions, Summarizer> BY_OPTIONS = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private SummarizerHolder() {}

  static Summarizer get(SparkOptions options) {
    Summarizer s = BY_OPTIONS.get(options);
    if (s != null) {
      return s;
    }
    return BY_OPTIONS.computeIfAbsent(options, o -> {
      BUILDS.incrementAndGet();
      return o.toSummarizerBuilder().build();
    });
  }

  /** How many summarizers this JVM has built (tests). */
  static int builds() {
    return BUILDS.get();
  }
}
