package dev.salient.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the evaluation sets, JSON Lines files of one record a line. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<String> ids = JsonLines.read(path, node -> JsonLines.requiredText(node, "id"));
 * }</pre>
 */
final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  /**
   * The records of {@code file} (UTF-8; blank lines are skipped), each made by {@code parse}.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException naming the file and line when a line is not JSON or
   *     {@code parse} rejects it
   */
  static <T> List<T> read(Path file, Function<JsonNode, T> parse) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(parse, "parse");
    List<T> records = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          records.add(parse.apply(JSON.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(
              "bad record: " + file + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return records;
  }

  /** The string field {@code field} of {@code node}. */
  static String requiredText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string: " + field + "=" + value);
    }
    return value.textValue();
  }

  /** The field {@code field} of {@code node} as a string, or null when it is absent or null. */
  static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(
          "\"" + field + "\" must be a string or null: " + field + "=" + value);
    }
    return value.textValue();
  }

  /** The array field {@code field} of {@code node}; throws naming the field when it is not one. */
  static JsonNode requiredArray(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a list: " + field + "=" + value);
    }
    return value;
  }

  /** {@code title + "\n\n" + text}, or the text when there is no title: what the summarizer gets. */
  static String input(String title, String text) {
    return title == null ? text : title + "\n\n" + text;
  }
}
