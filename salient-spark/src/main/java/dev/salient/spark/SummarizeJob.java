package dev.salient.spark;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A ready-made Spark job, for {@code spark-submit --class dev.salient.spark.SummarizeJob}: reads
 * articles, summarizes them with {@link SalientSpark#summarize}, writes one row per article.
 *
 * <pre>
 * SummarizeJob INPUT OUTPUT [SENTENCES=3] [OUTPUT_FORMAT=jsonl|parquet]
 * </pre>
 *
 * <p>INPUT is read as Parquet if its path ends with {@code .parquet}, else as JSON Lines
 * ({@link SalientSpark#readJsonLines}); OUTPUT is overwritten. The master comes from
 * {@code spark-submit} (or {@code -Dspark.master=local[2]} for a plain {@code java} run).
 */
public final class SummarizeJob {
  private SummarizeJob() {}

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 4) {
      System.err.println("usage: SummarizeJob INPUT OUTPUT [SENTENCES=3] [OUTPUT_FORMAT=jsonl|parquet]");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("salient-summarize").getOrCreate();
    try {
      long errors = run(spark, args);
      System.out.println("Summaries written to " + args[1] + " (" + errors + " error rows)");
    } finally {
      spark.stop();
    }
  }

  /** Runs the job in {@code spark}; returns the number of error rows written. */
  static long run(SparkSession spark, String... args) {
    String input = args[0];
    String output = args[1];
    int sentences = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String format = args.length > 3 ? args[3].toLowerCase(Locale.ROOT) : "jsonl";
    if (!format.equals("jsonl") && !format.equals("parquet")) {
      throw new IllegalArgumentException("output format must be jsonl or parquet: format=" + args[3]);
    }
    Dataset<Row> articles = input.endsWith(".parquet")
        ? SalientSpark.readParquet(spark, input)
        : SalientSpark.readJsonLines(spark, input);
    Dataset<Row> summaries =
        SalientSpark.summarize(articles, SparkOptions.defaults().maxSentences(sentences)).cache();
    try {
      if (format.equals("parquet")) {
        SalientSpark.writeParquet(summaries, output, SaveMode.Overwrite);
      } else {
        SalientSpark.writeJsonLines(summaries, output, SaveMode.Overwrite);
      }
      return summaries.filter("error IS NOT NULL").count();
    } finally {
      summaries.unpersist();
    }
  }
}
