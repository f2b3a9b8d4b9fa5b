package dev.salient.examples.spark;

import static org.apache.spark.sql.functions.col;

import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Summarize a JSON Lines file of articles ({@code {"id": ..., "text": ...}}) with Apache Spark and
 * write one JSON line per article: its id, its summary sentences and its top entities with salience.
 *
 * <pre>
 * SparkSummarize INPUT.jsonl OUTPUT_DIR [MASTER]     e.g. articles.jsonl summaries local[2]
 * </pre>
 *
 * <p>Each executor JVM builds one {@link Summarizer}, the first time one of its tasks needs it, and
 * every task thread of that JVM shares it.
 */
public final class SparkSummarize {
  private SparkSummarize() {}

  private static final int TOP_ENTITIES = 5;

  private static final StructType ENTITY = new StructType()
      .add("name", DataTypes.StringType)
      .add("type", DataTypes.StringType)
      .add("salience", DataTypes.DoubleType);
  private static final StructType RESULT = new StructType()
      .add("id", DataTypes.StringType)
      .add("summary", DataTypes.createArrayType(DataTypes.StringType))
      .add("entities", DataTypes.createArrayType(ENTITY));

  /**
   * One Summarizer per executor JVM. It is not Serializable, so it cannot be built on the driver
   * and shipped inside the task closure; it is immutable and thread-safe, so all tasks of a JVM can
   * share one. The JVM initializes this holder class on first use, once, on the executor itself.
   * Building one per record or per partition would reload the language models each time.
   */
  private static final class Holder {
    static final Summarizer SUMMARIZER = Summarizer.builder().maxSentences(3).build();
  }

  public static void main(String[] args) {
    String input = args.length > 0 ? args[0] : "articles.jsonl";
    String output = args.length > 1 ? args[1] : "summaries";
    SparkSession.Builder builder = SparkSession.builder().appName("salient-summarize");
    if (args.length > 2) {
      builder.master(args[2]); // spark-submit sets the master itself: leave it out there
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Dataset<Row> articles = spark.read().json(input).select(col("id").cast("string"), col("text"));
      Dataset<Row> summaries = articles.mapPartitions(
          (MapPartitionsFunction<Row, Row>) rows ->
              StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, 0), false)
                  .map(SparkSummarize::summarize)
                  .iterator(),
          Encoders.row(RESULT));
      summaries.write().mode(SaveMode.Overwrite).json(output);
      System.out.println("Summaries written to " + output);
    } finally {
      spark.stop();
    }
  }

  private static Row summarize(Row article) {
    String text = article.getAs("text");
    Summary summary = Holder.SUMMARIZER.summarize(text == null ? "" : text);
    // array columns take Java arrays (or Scala Seqs), not java.util.List
    String[] sentences = summary.sentences().stream().map(SummarySentence::text).toArray(String[]::new);
    Row[] entities = summary.entities().stream()
        .limit(TOP_ENTITIES)
        .map(e -> RowFactory.create(e.name(), e.type().name(), e.salience()))
        .toArray(Row[]::new);
    return RowFactory.create(article.<String>getAs("id"), sentences, entities);
  }
}
