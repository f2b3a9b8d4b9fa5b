package dev.salient.spark;

import dev.salient.Entity;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Summarizes the rows of one partition, lazily, one output row per input row. Serializable and
 * small: it carries the options and the column positions, never a {@link Summarizer} (that comes
 * from {@link SummarizerHolder}, once per executor JVM). A record that fails gives a row with
 * {@code error} set and null results; nothing is dropped and nothing is thrown for a bad record.
 */
final class ArticleFunction implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  /** Error messages longer than this are cut: a message must not carry a whole article. */
  static final int MAX_ERROR_CHARS = 500;

  private final SparkOptions options;
  private final int id;
  private final int text;
  private final int html;
  private final int sentences;
  private final int language;
  private final int corrupt;

  /** Column positions in the input row; -1 for an absent optional column. */
  ArticleFunction(SparkOptions options, int id, int text, int html, int sentences, int language, int corrupt) {
    this.options = options;
    this.id = id;
    this.text = text;
    this.html = html;
    this.sentences = sentences;
    this.language = language;
    this.corrupt = corrupt;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return summarize(rows.next());
      }
    };
  }

  Row summarize(Row row) {
    Object key = row.get(id);
    String requestedLanguage = string(row, language);
    String outLanguage = requestedLanguage; // the requested value until it is resolved
    try {
      String malformed = string(row, corrupt);
      if (malformed != null) {
        return failed(key, requestedLanguage, "malformed input record: " + malformed);
      }
      String languageCode = languageCode(requestedLanguage);
      if (languageCode == null) {
        return failed(key, requestedLanguage,
            "unsupported language: language=\"" + requestedLanguage + "\" (supported: en)");
      }
      outLanguage = languageCode;
      SparkOptions rowOptions = options;
      if (sentences >= 0 && !row.isNullAt(sentences)) {
        long n = ((Number) row.get(sentences)).longValue();
        if (n < 1 || n > SparkOptions.MAX_SENTENCES_PER_ROW) {
          return failed(key, outLanguage, "sentences must be in 1.."
              + SparkOptions.MAX_SENTENCES_PER_ROW + ": sentences=" + n);
        }
        rowOptions = options.maxSentences((int) n);
      }
      Summarizer summarizer = SummarizerHolder.get(rowOptions);
      String t = string(row, text);
      Summary summary;
      if (t != null) {
        summary = summarizer.summarize(t);
      } else {
        String h = string(row, html);
        if (h == null) {
          return failed(key, outLanguage, html >= 0 ? "text and html are null" : "text is null");
        }
        summary = summarizer.summarizeHtml(h);
      }
      return result(key, languageCode, summary, options.topEntities());
    } catch (RuntimeException | StackOverflowError e) {
      // one bad record must not fail the job: report it in its row
      String message = e.getMessage() == null ? "" : ": " + e.getMessage();
      return failed(key, outLanguage, e.getClass().getSimpleName() + message);
    }
  }

  /** "en" for null or any English tag ("en", "EN", "en-GB", "en_US"); null if unsupported. */
  static String languageCode(String requested) {
    if (requested == null || requested.isBlank()) {
      return "en";
    }
    String primary = requested.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.equals("en") ? "en" : null;
  }

  static Row result(Object key, String languageCode, Summary summary, int topEntities) {
    List<SummarySentence> chosen = summary.sentences();
    String[] texts = new String[chosen.size()];
    Row[] spans = new Row[chosen.size()];
    for (int i = 0; i < texts.length; i++) {
      SummarySentence s = chosen.get(i);
      texts[i] = s.text();
      spans[i] = RowFactory.create(s.start(), s.end(), s.score());
    }
    List<Entity> all = summary.entities();
    int n = topEntities == 0 ? all.size() : Math.min(topEntities, all.size());
    Row[] entities = new Row[n];
    for (int i = 0; i < n; i++) {
      Entity e = all.get(i);
      entities[i] = RowFactory.create(e.name(), e.type().name(), e.salience());
    }
    // array columns take Java arrays (or Scala Seqs), not java.util.List
    return RowFactory.create(key, texts, spans, entities, languageCode, null);
  }

  static Row failed(Object key, String languageCode, String error) {
    String message = error.length() <= MAX_ERROR_CHARS ? error : error.substring(0, MAX_ERROR_CHARS) + "…";
    return RowFactory.create(key, null, null, null, languageCode, message);
  }

  private static String string(Row row, int i) {
    return i < 0 || row.isNullAt(i) ? null : row.getString(i);
  }
}
