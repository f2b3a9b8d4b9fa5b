package dev.salient.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The per-record function without a Spark session: schema checks, error rows, closure size. */
class ArticleFunctionTest {
  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType)
      .add("text", DataTypes.StringType)
      .add("sentences", DataTypes.IntegerType)
      .add("language", DataTypes.StringType);

  final ArticleFunction function = SalientSpark.function(SCHEMA, SparkOptions.defaults().maxInputChars(1_000));

  @Test
  void taskClosureCarriesOptionsNotASummarizer() throws IOException {
    SummarizerHolder.get(SparkOptions.defaults()); // a summarizer exists in this JVM
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(function);
      out.writeObject(new SalientSpark.SummarizeFunction(SparkOptions.defaults()));
    }
    assertTrue(bytes.size() < 2_000, "serialized functions: " + bytes.size() + " bytes");
  }

  @Test
  void oneSummarizerPerOptionsValue() {
    SparkOptions options = SparkOptions.defaults().maxWords(77);
    assertEquals(dev.salient.Budget.DEFAULT.withMaxWords(77), options.budget());
    assertSame(SummarizerHolder.get(options), SummarizerHolder.get(SparkOptions.defaults().maxWords(77)));
  }

  @Test
  void nullTextIsAnErrorRow() {
    Row r = function.summarize(RowFactory.create(7L, null, null, null));
    assertEquals(7L, r.get(0));
    assertEquals("text is null", r.getString(5));
    assertTrue(r.isNullAt(1) && r.isNullAt(2) && r.isNullAt(3));
    assertEquals("en", r.getString(4));
  }

  @Test
  void overLongTextIsAnErrorRow() {
    Row r = function.summarize(RowFactory.create(8L, "word ".repeat(300), null, null));
    assertEquals("IllegalArgumentException: text is too long: length=1500, maxInputChars=1000", r.getString(5));
  }

  @Test
  void badSentencesValueIsAnErrorRow() {
    assertEquals("sentences must be in 1..100: sentences=101",
        function.summarize(RowFactory.create(9L, "Some text.", 101, null)).getString(5));
    assertEquals("sentences must be in 1..100: sentences=-1",
        function.summarize(RowFactory.create(9L, "Some text.", -1, null)).getString(5));
  }

  @Test
  void unsupportedLanguageIsAnErrorRowThatKeepsTheTag() {
    Row r = function.summarize(RowFactory.create(10L, "Le texte.", null, "fr-CA"));
    assertEquals("unsupported language: language=\"fr-CA\" (supported: en)", r.getString(5));
    assertEquals("fr-CA", r.getString(4));
  }

  @Test
  void englishTags() {
    for (String tag : new String[] {null, "", "en", "EN", "en-GB", "en_US", " en "}) {
      assertEquals("en", ArticleFunction.languageCode(tag), String.valueOf(tag));
    }
    assertNull(ArticleFunction.languageCode("de"));
    assertNull(ArticleFunction.languageCode("eng"));
  }

  @Test
  void blankTextIsAnEmptySummaryNotAnError() {
    Row r = function.summarize(RowFactory.create(11L, "   ", null, null));
    assertNull(r.get(5));
    assertEquals(0, ((Object[]) r.get(1)).length); // a raw row, before the encoder: Java arrays
  }

  @Test
  void longErrorMessagesAreCut() {
    Row r = ArticleFunction.failed("x", null, "e".repeat(5_000));
    assertEquals(ArticleFunction.MAX_ERROR_CHARS + 1, r.getString(5).length());
  }

  @Test
  void schemaWithoutIdIsRejected() {
    StructType schema = new StructType().add("text", DataTypes.StringType);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SalientSpark.function(schema, SparkOptions.defaults()));
    assertEquals("articles must have an id column: columns=[text]", e.getMessage());
  }

  @Test
  void schemaWithoutTextOrHtmlIsRejected() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("body", DataTypes.StringType);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SalientSpark.function(schema, SparkOptions.defaults()));
    assertEquals("articles must have a text or an html column: columns=[id, body]", e.getMessage());
  }

  @Test
  void wronglyTypedColumnsAreRejected() {
    StructType text = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.BinaryType);
    assertEquals("column text must be a string: text=binary",
        assertThrows(IllegalArgumentException.class, () -> SalientSpark.function(text, SparkOptions.defaults()))
            .getMessage());
    StructType n = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("sentences", DataTypes.StringType);
    assertEquals("column sentences must be an integer: sentences=string",
        assertThrows(IllegalArgumentException.class, () -> SalientSpark.function(n, SparkOptions.defaults()))
            .getMessage());
  }

  @Test
  void optionsRejectBadValues() {
    assertEquals("topEntities must not be negative: topEntities=-1",
        assertThrows(IllegalArgumentException.class, () -> SparkOptions.defaults().topEntities(-1)).getMessage());
    assertEquals("maxSentences must be positive or Budget.UNLIMITED: maxSentences=0",
        assertThrows(IllegalArgumentException.class, () -> SparkOptions.defaults().maxSentences(0)).getMessage());
    assertEquals("ratio must be in (0, 1]: ratio=0.0",
        assertThrows(IllegalArgumentException.class, () -> SparkOptions.defaults().ratio(0)).getMessage());
    assertEquals("maxInputChars must be positive: maxInputChars=0",
        assertThrows(IllegalArgumentException.class, () -> SparkOptions.defaults().maxInputChars(0)).getMessage());
  }
}
