package dev.salient.spark;

import dev.salient.Summarizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Salient inside Apache Spark: summarize a Dataset of articles, one output row per input row.
 *
 * <pre>{@code
 * Dataset<Row> articles = SalientSpark.readJsonLines(spark, "hdfs:///articles/*.jsonl");
 * Dataset<Row> summaries = SalientSpark.summarize(articles, SparkOptions.defaults().maxSentences(3));
 * SalientSpark.writeParquet(summaries, "hdfs:///summaries", SaveMode.Overwrite);
 *
 * SalientSpark.registerFunctions(spark);
 * spark.sql("SELECT id, salient_summarize(text, 2) AS summary FROM articles");
 * }</pre>
 *
 * <p>Input columns: {@code id} (any type, passed through), {@code text} (string), and optionally
 * {@code html} (string: a whole news page, used when {@code text} is null or absent),
 * {@code sentences} (an integer type: this row's sentence cap, 1..100, instead of the options'),
 * {@code language} (string: null or an English tag such as "en" or "en-GB"; other languages give
 * an error row). Other columns are ignored. See {@link #OUTPUT_SCHEMA} for the output.
 *
 * <p>Each executor JVM builds one {@link Summarizer} per options value, lazily, on its first task;
 * all its tasks share it. A record that fails (null text, text over
 * {@link SparkOptions#maxInputChars()}, an unsupported language, a bad {@code sentences} value, a
 * malformed JSON line) gives a row with {@code error} set and null {@code summary},
 * {@code sentences} and {@code entities}: no record is dropped and no bad record fails the job.
 * Blank text, or a page with no article text, is not an error: it gives empty arrays.
 */
public final class SalientSpark {
  private SalientSpark() {}

  /** The name of the SQL function {@link #registerFunctions} registers. */
  public static final String SQL_FUNCTION = "salient_summarize";

  /** {@code struct<start:int, end:int, score:double>}: a chosen sentence's offsets and score. */
  public static final StructType SENTENCE = new StructType()
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("score", DataTypes.DoubleType, false);

  /** {@code struct<name:string, type:string, salience:double>}: an entity, most salient first. */
  public static final StructType ENTITY = new StructType()
      .add("name", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("salience", DataTypes.DoubleType, false);

  /**
   * The output, with {@code id} of string type (it takes the input's {@code id} type):
   * {@code id}; {@code summary} array&lt;string&gt;, the chosen sentences; {@code sentences}, their
   * offsets into the text ({@link #SENTENCE}; for html input, into the extracted article text) and
   * scores; {@code entities} ({@link #ENTITY}, at most {@link SparkOptions#topEntities()});
   * {@code language}, the language code used ("en"); {@code error}, null unless the record failed.
   */
  public static final StructType OUTPUT_SCHEMA = outputSchema(DataTypes.StringType);

  /**
   * What {@link #readJsonLines} reads: every input column as its type, plus
   * {@code _corrupt_record} (a malformed line, which gives an error row).
   */
  public static final StructType JSON_INPUT_SCHEMA = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("html", DataTypes.StringType)
      .add("sentences", DataTypes.LongType)
      .add("language", DataTypes.StringType)
      .add("_corrupt_record", DataTypes.StringType);

  /** {@link #summarize(Dataset, SparkOptions)} with {@link SparkOptions#defaults()}. */
  public static Dataset<Row> summarize(Dataset<Row> articles) {
    return summarize(articles, SparkOptions.defaults());
  }

  /**
   * Summarizes each row of {@code articles}: one output row per input row, in the same partitions.
   * Lazy, like any Spark transformation; the schema is checked now.
   *
   * @throws IllegalArgumentException if there is no {@code id} column, neither a {@code text} nor
   *     an {@code html} column, or a known column has the wrong type (the message names it)
   */
  public static Dataset<Row> summarize(Dataset<Row> articles, SparkOptions options) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(options, "options");
    ArticleFunction function = function(articles.schema(), options);
    DataType idType = articles.schema().apply(articles.schema().fieldIndex("id")).dataType();
    return articles.mapPartitions(function, Encoders.row(outputSchema(idType)));
  }

  /** The per-partition function for {@code schema}, checked (package-private for the tests). */
  static ArticleFunction function(StructType schema, SparkOptions options) {
    List<String> names = Arrays.asList(schema.fieldNames());
    if (!names.contains("id")) {
      throw new IllegalArgumentException("articles must have an id column: columns=" + names);
    }
    if (!names.contains("text") && !names.contains("html")) {
      throw new IllegalArgumentException("articles must have a text or an html column: columns=" + names);
    }
    return new ArticleFunction(
        options,
        schema.fieldIndex("id"),
        column(schema, "text", true),
        column(schema, "html", true),
        column(schema, "sentences", false),
        column(schema, "language", true),
        column(schema, "_corrupt_record", true));
  }

  private static int column(StructType schema, String name, boolean string) {
    if (!Arrays.asList(schema.fieldNames()).contains(name)) {
      return -1;
    }
    StructField field = schema.apply(name);
    DataType type = field.dataType();
    boolean ok = string ? type.equals(DataTypes.StringType) : type instanceof IntegralType;
    if (!ok) {
      throw new IllegalArgumentException("column " + name + " must be "
          + (string ? "a string" : "an integer") + ": " + name + "=" + type.simpleString());
    }
    return schema.fieldIndex(name);
  }

  private static StructType outputSchema(DataType idType) {
    return new StructType()
        .add("id", idType)
        .add("summary", DataTypes.createArrayType(DataTypes.StringType, false))
        .add("sentences", DataTypes.createArrayType(SENTENCE, false))
        .add("entities", DataTypes.createArrayType(ENTITY, false))
        .add("language", DataTypes.StringType)
        .add("error", DataTypes.StringType);
  }

  /** {@link #registerFunctions(SparkSession, SparkOptions)} with {@link SparkOptions#defaults()}. */
  public static void registerFunctions(SparkSession spark) {
    registerFunctions(spark, SparkOptions.defaults());
  }

  /**
   * Registers the SQL function {@code salient_summarize(text, n)}: the summary sentences of
   * {@code text} (array&lt;string&gt;), at most {@code n} of them (an int, 1..100; null for the
   * options' cap), summarized with {@code options}. It returns null for null text and for a record
   * that fails (over-long text, a bad {@code n}); use {@link #summarize} to see why.
   *
   * <pre>{@code
   * SELECT id, salient_summarize(text, 3) AS summary FROM articles
   * }</pre>
   */
  public static void registerFunctions(SparkSession spark, SparkOptions options) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(options, "options");
    spark.udf().register(SQL_FUNCTION, new SummarizeFunction(options),
        DataTypes.createArrayType(DataTypes.StringType, false));
  }

  /** The SQL function: small and serializable, the Summarizer comes from the holder. */
  static final class SummarizeFunction implements UDF2<String, Integer, List<String>> {
    private static final long serialVersionUID = 1L;
    private final SparkOptions options;

    SummarizeFunction(SparkOptions options) {
      this.options = options;
    }

    @Override
    public List<String> call(String text, Integer n) {
      if (text == null || (n != null && (n < 1 || n > SparkOptions.MAX_SENTENCES_PER_ROW))) {
        return null;
      }
      try {
        Summarizer summarizer = SummarizerHolder.get(n == null ? options : options.maxSentences(n));
        List<String> sentences = new ArrayList<>();
        summarizer.summarize(text).sentences().forEach(s -> sentences.add(s.text()));
        return sentences;
      } catch (RuntimeException | StackOverflowError e) {
        return null;
      }
    }
  }

  /**
   * Reads JSON Lines files of articles ({@code {"id": ..., "text": ...}} per line) with
   * {@link #JSON_INPUT_SCHEMA}: absent fields are null, a numeric id is read as its digits, and a
   * malformed line becomes a row whose {@code _corrupt_record} is set (an error row once summarized).
   */
  public static Dataset<Row> readJsonLines(SparkSession spark, String... paths) {
    return spark.read()
        .schema(JSON_INPUT_SCHEMA)
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", "_corrupt_record")
        .json(paths);
  }

  /** Writes {@code rows} as JSON Lines files (one part file per partition) under {@code path}. */
  public static void writeJsonLines(Dataset<Row> rows, String path, SaveMode mode) {
    rows.write().mode(mode).json(path);
  }

  /** Reads Parquet files (of articles, or of summaries written by {@link #writeParquet}). */
  public static Dataset<Row> readParquet(SparkSession spark, String... paths) {
    return spark.read().parquet(paths);
  }

  /** Writes {@code rows} as Parquet files under {@code path}. */
  public static void writeParquet(Dataset<Row> rows, String path, SaveMode mode) {
    rows.write().mode(mode).parquet(path);
  }

}
