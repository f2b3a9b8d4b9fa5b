package dev.salient.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salient.Summarizer;
import dev.salient.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Summarizes one input of the command line (a file, stdin, or one JSON Lines record) into an
 * {@link Outcome}; every failure becomes an error outcome, never an exception. Thread-safe: the
 * workers share one instance, and so one {@link Summarizer} per {@code sentences} value.
 */
final class InputSummarizer {
  /** Bounds the per-record summarizer cache; records asking for more distinct values build one each. */
  private static final int MAX_CACHED_SUMMARIZERS = 64;

  private final Summarizer summarizer;
  private final Map<Integer, Summarizer> bySentences = new ConcurrentHashMap<>();
  private final boolean html;
  private final int maxInputChars;
  private final ObjectMapper mapper;

  /**
   * @param summarizer the summarizer for the command's options
   * @param html whether all text is HTML ({@code --html})
   * @param maxInputChars longer texts are errors
   */
  InputSummarizer(Summarizer summarizer, boolean html, int maxInputChars, ObjectMapper mapper) {
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.html = html;
    this.maxInputChars = maxInputChars;
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /** Summarizes a file, as HTML when {@code --html} was given or the name ends in .html or .htm. */
  Outcome file(Path path, String label) {
    TextNode id = TextNode.valueOf(label);
    try {
      if (Files.isDirectory(path)) {
        return Outcome.failure(id, label, 0, "is a directory");
      }
      long size = Files.size(path);
      // a UTF-8 byte never encodes more than one char, and no char takes more than 3 bytes
      if (size > 3L * maxInputChars) {
        return Outcome.failure(
            id, label, 0, "file is too large: size=" + size + " bytes, maxInputChars=" + maxInputChars);
      }
      String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
      return summarize(id, label, 0, summarizer, text, html || isHtmlFileName(path));
    } catch (NoSuchFileException e) {
      return Outcome.failure(id, label, 0, "no such file");
    } catch (AccessDeniedException e) {
      return Outcome.failure(id, label, 0, "permission denied");
    } catch (IOException e) {
      return Outcome.failure(id, label, 0, "cannot read: " + e);
    }
  }

  /** Summarizes all of {@code in} as one text. */
  Outcome stdin(InputStream in) {
    String label = "-";
    TextNode id = TextNode.valueOf(label);
    try {
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) >= 0; ) {
        text.append(buffer, 0, n);
        if (text.length() > maxInputChars) {
          return Outcome.failure(
              id, label, 0, "text is too long: more than maxInputChars=" + maxInputChars + " characters");
        }
      }
      return summarize(id, label, 0, summarizer, text.toString(), html);
    } catch (IOException e) {
      return Outcome.failure(id, label, 0, "cannot read standard input: " + e);
    }
  }

  /**
   * Summarizes one JSON Lines record {@code {"id": ..., "text": ..., "sentences": N?, "html": ...?}}.
   * {@code html} is either the page's HTML (instead of {@code text}) or {@code true} to read
   * {@code text} as HTML. Unknown fields are ignored.
   */
  Outcome record(LineReader.Line line, int maxLineChars) {
    try {
      return parseAndSummarize(line, maxLineChars);
    } catch (RuntimeException e) {
      // a bug must not end a batch of a million records: report it on this record
      return Outcome.failure(NullNode.instance, "line " + line.number(), line.number(), "internal error: " + e);
    }
  }

  private Outcome parseAndSummarize(LineReader.Line line, int maxLineChars) {
    long number = line.number();
    String lineLabel = "line " + number;
    if (line.tooLong()) {
      return Outcome.failure(
          NullNode.instance, lineLabel, number, "record is too long: more than " + maxLineChars + " characters");
    }
    if (line.text().isBlank()) {
      return Outcome.failure(NullNode.instance, lineLabel, number, "empty line");
    }
    JsonNode record;
    try {
      record = mapper.readTree(line.text());
    } catch (JsonProcessingException e) {
      return Outcome.failure(NullNode.instance, lineLabel, number, "invalid JSON: " + e.getOriginalMessage());
    }
    if (!record.isObject()) {
      return Outcome.failure(
          NullNode.instance, lineLabel, number, "a record must be a JSON object, not " + typeName(record));
    }
    JsonNode id = record.path("id");
    if (id.isMissingNode()) {
      id = NullNode.instance;
    }
    String label = id.isNull() ? lineLabel : id.isTextual() ? id.textValue() : id.toString();

    JsonNode text = record.path("text");
    JsonNode htmlField = record.path("html");
    boolean asHtml = html;
    String content;
    if (htmlField.isTextual()) {
      if (!isAbsent(text)) {
        return Outcome.failure(id, label, number, "a record must not have both \"text\" and \"html\" strings");
      }
      content = htmlField.textValue();
      asHtml = true;
    } else {
      if (htmlField.isBoolean()) {
        asHtml = htmlField.booleanValue();
      } else if (!isAbsent(htmlField)) {
        return Outcome.failure(
            id, label, number, "\"html\" must be a string or a boolean, not " + typeName(htmlField));
      }
      if (isAbsent(text)) {
        return Outcome.failure(id, label, number, "record has no \"text\"");
      }
      if (!text.isTextual()) {
        return Outcome.failure(id, label, number, "\"text\" must be a string, not " + typeName(text));
      }
      content = text.textValue();
    }

    Summarizer chosen = summarizer;
    JsonNode sentences = record.path("sentences");
    if (!isAbsent(sentences)) {
      if (!sentences.isIntegralNumber() || !sentences.canConvertToInt() || sentences.intValue() < 1) {
        return Outcome.failure(
            id, label, number, "\"sentences\" must be a positive integer: sentences=" + sentences);
      }
      chosen = forSentences(sentences.intValue());
    }
    return summarize(id, label, number, chosen, content, asHtml);
  }

  private Summarizer forSentences(int sentences) {
    Summarizer cached = bySentences.get(sentences);
    if (cached != null) {
      return cached;
    }
    Summarizer built = summarizer.toBuilder().maxSentences(sentences).build();
    if (bySentences.size() < MAX_CACHED_SUMMARIZERS) {
      Summarizer raced = bySentences.putIfAbsent(sentences, built);
      return raced != null ? raced : built;
    }
    return built;
  }

  private Outcome summarize(
      JsonNode id, String label, long line, Summarizer summarizer, String text, boolean asHtml) {
    if (text.length() > maxInputChars) {
      return Outcome.failure(
          id, label, line, "text is too long: length=" + text.length() + ", maxInputChars=" + maxInputChars);
    }
    try {
      Summary summary = asHtml ? summarizer.summarizeHtml(text) : summarizer.summarize(text);
      return Outcome.success(id, label, line, summary);
    } catch (IllegalArgumentException e) {
      return Outcome.failure(id, label, line, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failure(id, label, line, "internal error: " + e);
    }
  }

  static boolean isHtmlFileName(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return false;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  private static boolean isAbsent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  private static String typeName(JsonNode node) {
    JsonNodeType type = node.getNodeType();
    return switch (type) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      default -> "a " + type.name().toLowerCase(Locale.ROOT);
    };
  }
}
