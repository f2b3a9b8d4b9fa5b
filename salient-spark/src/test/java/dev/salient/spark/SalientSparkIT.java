package dev.salient.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Entity;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Salient in Spark local mode with two task threads, on 1,000 generated articles plus bad records:
 * every row comes back once with its id, each summary equals what {@link Summarizer#summarize}
 * gives on one machine, and each bad record is an error row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalientSparkIT {
  static final int ARTICLES = 1_000;
  static final int MAX_INPUT_CHARS = 20_000;

  static final StructType INPUT = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("html", DataTypes.StringType)
      .add("sentences", DataTypes.IntegerType)
      .add("language", DataTypes.StringType);

  SparkSession spark;
  List<String> texts;
  /** The options of the Spark run, and the same summarizer built directly on this machine. */
  final SparkOptions options = SparkOptions.defaults().maxInputChars(MAX_INPUT_CHARS).topEntities(8);
  final Summarizer local = Summarizer.builder().maxSentences(3).maxInputChars(MAX_INPUT_CHARS).build();

  @BeforeAll
  void start() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("SalientSparkIT")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    texts = GeneratedArticles.generate(ARTICLES);
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static String id(int k) {
    return String.format("a-%05d", k);
  }

  @Test
  void summarizesEveryArticleAsOneMachineDoesAndTurnsBadRecordsIntoErrorRows() {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      rows.add(RowFactory.create(id(k), texts.get(k), null, null, k % 3 == 0 ? "en" : null));
    }
    String tooLong = (texts.get(0) + "\n\n").repeat(1 + MAX_INPUT_CHARS / texts.get(0).length());
    String page = "<html><head><title>Ignored</title></head><body><nav>Home | World</nav><article><h1>"
        + "Headline</h1><p>" + String.join("</p><p>", texts.get(1).split("\\n\\s*\\n")) + "</p></article></body></html>";
    Map<String, String> bad = new HashMap<>();
    rows.add(RowFactory.create("null-text", null, null, null, null));
    bad.put("null-text", "text and html are null");
    rows.add(RowFactory.create("too-long", tooLong, null, null, null));
    bad.put("too-long", "IllegalArgumentException: text is too long: length=" + tooLong.length()
        + ", maxInputChars=" + MAX_INPUT_CHARS);
    rows.add(RowFactory.create("too-long-html", null, "<p>" + tooLong + "</p>", null, null));
    bad.put("too-long-html", "IllegalArgumentException: html is too long: length=" + (tooLong.length() + 7)
        + ", maxInputChars=" + MAX_INPUT_CHARS);
    rows.add(RowFactory.create("french", texts.get(2), null, null, "fr"));
    bad.put("french", "unsupported language: language=\"fr\" (supported: en)");
    rows.add(RowFactory.create("zero-sentences", texts.get(3), null, 0, null));
    bad.put("zero-sentences", "sentences must be in 1..100: sentences=0");
    // not errors: a page, blank text, a page without article text, a per-row cap, an English tag
    rows.add(RowFactory.create("page", null, page, null, null));
    rows.add(RowFactory.create("blank", "  \n ", null, null, null));
    rows.add(RowFactory.create("empty-page", null, "<html><body><nav>Home</nav></body></html>", null, null));
    rows.add(RowFactory.create("two-sentences", texts.get(4), null, 2, null));
    rows.add(RowFactory.create("en-gb", texts.get(5), null, null, "en-GB"));

    Dataset<Row> input = spark.createDataFrame(rows, INPUT).repartition(6);
    int buildsBefore = SummarizerHolder.builds();
    long start = System.nanoTime();
    List<Row> out = SalientSpark.summarize(input, options).collectAsList();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("SalientSparkIT: %d rows in %.1f s in local[2] (%.0f rows/s, Spark start-up excluded)%n",
        out.size(), seconds, out.size() / seconds);

    assertEquals(rows.size(), out.size(), "rows in = rows out");
    Map<String, Row> byId = out.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
    assertEquals(rows.size(), byId.size(), "each id exactly once");
    assertEquals(rows.stream().map(r -> r.getString(0)).collect(Collectors.toSet()), byId.keySet());
    // one summarizer per options value in this JVM (the executor's): the defaults and sentences=2
    assertTrue(SummarizerHolder.builds() - buildsBefore <= 2,
        "summarizers built: " + (SummarizerHolder.builds() - buildsBefore));

    for (int k = 0; k < texts.size(); k++) {
      Row r = byId.get(id(k));
      assertNull(r.get(5), () -> "error in " + r);
      assertEquals("en", r.getString(4));
      assertSameSummary(local.summarize(texts.get(k)), r, 8);
    }
    for (Map.Entry<String, String> e : bad.entrySet()) {
      Row r = byId.get(e.getKey());
      assertEquals(e.getValue(), r.getString(5), e.getKey());
      assertTrue(r.isNullAt(1) && r.isNullAt(2) && r.isNullAt(3), () -> "no results in an error row: " + r);
    }
    assertEquals("fr", byId.get("french").getString(4));
    assertSameSummary(local.summarizeHtml(page), byId.get("page"), 8);
    assertFalse(byId.get("page").getList(1).isEmpty());
    for (String empty : List.of("blank", "empty-page")) {
      Row r = byId.get(empty);
      assertNull(r.get(5), empty);
      assertEquals(List.of(), r.getList(1), empty);
    }
    Summarizer two = local.toBuilder().maxSentences(2).build();
    assertSameSummary(two.summarize(texts.get(4)), byId.get("two-sentences"), 8);
    assertEquals(2, byId.get("two-sentences").getList(1).size());
    assertSameSummary(local.summarize(texts.get(5)), byId.get("en-gb"), 8);
    assertEquals("en", byId.get("en-gb").getString(4));
  }

  /** The row holds exactly the summary's sentences (text, offsets, score) and top entities. */
  static void assertSameSummary(Summary expected, Row row, int topEntities) {
    String id = String.valueOf(row.get(0));
    List<String> summary = row.getList(1);
    List<Row> sentences = row.getList(2);
    List<Row> entities = row.getList(3);
    List<SummarySentence> want = expected.sentences();
    assertEquals(want.stream().map(SummarySentence::text).toList(), summary, id);
    assertEquals(want.size(), sentences.size(), id);
    for (int i = 0; i < want.size(); i++) {
      assertEquals(want.get(i).start(), sentences.get(i).getInt(0), id);
      assertEquals(want.get(i).end(), sentences.get(i).getInt(1), id);
      assertEquals(want.get(i).score(), sentences.get(i).getDouble(2), id);
    }
    List<Entity> top = expected.entities().stream().limit(topEntities).toList();
    assertEquals(top.size(), entities.size(), id);
    for (int i = 0; i < top.size(); i++) {
      assertEquals(top.get(i).name(), entities.get(i).getString(0), id);
      assertEquals(top.get(i).type().name(), entities.get(i).getString(1), id);
      assertEquals(top.get(i).salience(), entities.get(i).getDouble(2), id);
    }
  }

  @Test
  void sqlFunctionGivesTheSummarySentences() {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      rows.add(RowFactory.create(id(k), texts.get(k), null, null, null));
    }
    rows.add(RowFactory.create("null-text", null, null, null, null));
    spark.createDataFrame(rows, INPUT).createOrReplaceTempView("articles");
    SalientSpark.registerFunctions(spark, options);

    List<Row> out = spark.sql(
        "SELECT id, salient_summarize(text, 2) AS two, salient_summarize(text, NULL) AS dflt,"
            + " salient_summarize(text, 0) AS bad FROM articles").collectAsList();

    assertEquals(rows.size(), out.size());
    Summarizer two = local.toBuilder().maxSentences(2).build();
    for (Row r : out) {
      if (r.getString(0).equals("null-text")) {
        assertTrue(r.isNullAt(1) && r.isNullAt(2) && r.isNullAt(3));
        continue;
      }
      String text = texts.get(Integer.parseInt(r.getString(0).substring(2)));
      assertEquals(two.summarize(text).sentences().stream().map(SummarySentence::text).toList(), r.getList(1));
      assertEquals(local.summarize(text).sentences().stream().map(SummarySentence::text).toList(), r.getList(2));
      assertNull(r.get(3), "n=0 gives null");
    }
  }

  @Test
  void readsAndWritesJsonLinesAndParquet(@TempDir Path dir) throws IOException {
    // a JSON Lines file as a crawler writes it: a numeric id, a page, a malformed line
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      lines.add("{\"id\":\"" + id(k) + "\",\"text\":" + json(texts.get(k)) + (k == 7 ? ",\"sentences\":1" : "") + "}");
    }
    lines.add("{\"id\":12345,\"text\":" + json(texts.get(30)) + "}");
    lines.add("{\"id\":\"broken\",\"text\":\"no end quote}");
    Path jsonl = dir.resolve("articles.jsonl");
    Files.write(jsonl, lines, StandardCharsets.UTF_8);

    Dataset<Row> summaries = SalientSpark.summarize(SalientSpark.readJsonLines(spark, jsonl.toString()), options);
    SalientSpark.writeParquet(summaries, dir.resolve("parquet").toString(), SaveMode.ErrorIfExists);
    SalientSpark.writeJsonLines(summaries, dir.resolve("json").toString(), SaveMode.ErrorIfExists);

    for (Dataset<Row> back : List.of(
        SalientSpark.readParquet(spark, dir.resolve("parquet").toString()),
        spark.read().schema(summaries.schema()).json(dir.resolve("json").toString()))) {
      List<Row> out = back.collectAsList();
      assertEquals(lines.size(), out.size());
      int errors = 0;
      for (Row r : out) {
        if (r.isNullAt(0)) { // the malformed line: no id could be read
          assertTrue(r.getString(5).startsWith("malformed input record: {\"id\":\"broken\""), r.getString(5));
          errors++;
          continue;
        }
        String id = r.getString(0);
        assertNull(r.get(5), id);
        String text = id.equals("12345") ? texts.get(30) : texts.get(Integer.parseInt(id.substring(2)));
        Summarizer s = id.equals(id(7)) ? local.toBuilder().maxSentences(1).build() : local;
        assertSameSummary(s.summarize(text), r, 8);
      }
      assertEquals(1, errors);
    }
  }

  @Test
  void jobReadsJsonLinesAndWritesParquet(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      lines.add("{\"id\":\"" + id(k) + "\",\"text\":" + json(texts.get(k)) + "}");
    }
    lines.add("{\"id\":\"no-text\"}");
    Path jsonl = dir.resolve("in.jsonl");
    Files.write(jsonl, lines, StandardCharsets.UTF_8);

    long errors = SummarizeJob.run(spark, jsonl.toString(), dir.resolve("out").toString(), "2", "parquet");

    assertEquals(1, errors);
    List<Row> out = SalientSpark.readParquet(spark, dir.resolve("out").toString()).collectAsList();
    assertEquals(lines.size(), out.size());
    Summarizer two = local.toBuilder().maxSentences(2).maxInputChars(Summarizer.DEFAULT_MAX_INPUT_CHARS).build();
    for (Row r : out) {
      if (r.getString(0).equals("no-text")) {
        assertEquals("text and html are null", r.getString(5));
      } else {
        assertSameSummary(two.summarize(texts.get(Integer.parseInt(r.getString(0).substring(2)))), r, 10);
      }
    }
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
