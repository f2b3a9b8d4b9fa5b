package dev.salient.spark;

import dev.salient.Summarizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Articles per second on the same generated articles: {@link Summarizer#summarize} in a loop on one
 * thread, then {@link SalientSpark#summarize} in {@code local[1]} and {@code local[2]}. Each is
 * warmed up by one full pass first; then {@code PASSES} timed passes. Each line also gives the CPU
 * time the JVM got per wall second: on a shared machine, the cores it actually had. The Spark input is written to
 * Parquet and read back, cached (8 partitions) and the output goes to the "noop" sink, so the time is summarizing and
 * Spark's per-row overhead, not reading or writing files. Run by salient-spark/throughput.sh.
 *
 * <pre>SparkThroughput [ARTICLES=2000] [PASSES=2] [MASTERS=local[1],local[2]]</pre>
 */
public final class SparkThroughput {
  private SparkThroughput() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    String[] masters = (args.length > 2 ? args[2] : "local[1],local[2]").split(",");
    List<String> texts = GeneratedArticles.generate(count);
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf("articles=%d, mean length=%d chars, cores=%d, load average at start=%s%n",
        count, chars / count, Runtime.getRuntime().availableProcessors(), load());

    Summarizer summarizer = SparkOptions.defaults().toSummarizerBuilder().build();
    for (int pass = 0; pass <= passes; pass++) {
      long start = start();
      long sentences = 0;
      for (String t : texts) {
        sentences += summarizer.summarize(t).sentences().size();
      }
      report("single JVM, 1 thread", pass, count, start, sentences);
    }

    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    List<Row> rows = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      rows.add(RowFactory.create("a-" + k, texts.get(k)));
    }
    for (String master : masters) {
      SparkSession spark = SparkSession.builder().master(master).appName("SparkThroughput")
          .config("spark.ui.enabled", "false").getOrCreate();
      try {
        // through a Parquet file, as a job reads its input (and no oversized local tasks)
        String parquet = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
            "salient-spark-throughput-" + ProcessHandle.current().pid()).toString();
        spark.createDataFrame(rows, schema).repartition(8).write().mode("overwrite").parquet(parquet);
        Dataset<Row> input = SalientSpark.readParquet(spark, parquet).cache();
        input.count();
        for (int pass = 0; pass <= passes; pass++) {
          long start = start();
          SalientSpark.summarize(input).write().format("noop").mode("overwrite").save();
          report("SalientSpark " + master, pass, count, start, -1);
        }
      } finally {
        spark.stop();
      }
    }
    System.out.printf("load average at end=%s%n", load());
  }

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
  private static long cpuAtStart;

  private static long start() {
    cpuAtStart = OS.getProcessCpuTime();
    return System.nanoTime();
  }

  /** Wall time, rate, and the CPU this JVM got per wall second (the cores it actually had). */
  private static void report(String what, int pass, int count, long start, long sentences) {
    double seconds = (System.nanoTime() - start) / 1e9;
    double cores = (OS.getProcessCpuTime() - cpuAtStart) / 1e9 / seconds;
    System.out.printf("%-24s %s: %5.1f s, %6.1f articles/s, %.2f cores used%s%n", what,
        pass == 0 ? "warm-up" : "pass " + pass, seconds, count / seconds, cores,
        sentences >= 0 ? " (" + sentences + " sentences)" : "");
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
