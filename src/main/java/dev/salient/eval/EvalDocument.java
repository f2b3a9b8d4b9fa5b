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

/**
 * One record of an evaluation set: an article and its reference summary.
 *
 * <pre>{@code
 * List<EvalDocument> docs = EvalDocument.read(Path.of("../shared/eval/cnndm-dev.jsonl"));
 * Summary summary = Summarizer.builder().maxSentences(docs.get(0).sentences()).build()
 *     .summarize(docs.get(0).input());
 * }</pre>
 *
 * <p>The JSON Lines schema is the one of {@code ../shared/eval/README.md}: {@code id},
 * {@code title} (string or null), {@code text}, {@code reference} (list of sentences) and
 * {@code sentences} (the summary length, k). Reading needs Jackson on the classpath (an optional
 * dependency of Salient, included in {@code salient-cli.jar}). Immutable and thread-safe.
 *
 * @param id unique within its set
 * @param title the headline, or null
 * @param text the article
 * @param reference the reference summary, one sentence per element
 * @param sentences how many sentences a summary should have (k), at least 1
 */
public record EvalDocument(String id, String title, String text, List<String> reference, int sentences) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public EvalDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    reference = List.copyOf(reference);
    if (sentences < 1) {
      throw new IllegalArgumentException(
          "sentences must be positive: sentences=" + sentences + ", id=" + id);
    }
  }

  /** What the summarizer gets: {@code title + "\n\n" + text} when there is a title, else the text. */
  public String input() {
    return title == null ? text : title + "\n\n" + text;
  }

  /** This document with another summary length. */
  public EvalDocument withSentences(int k) {
    return new EvalDocument(id, title, text, reference, k);
  }

  /**
   * Reads a JSON Lines evaluation set (UTF-8; blank lines are skipped).
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException naming the file and line when a record is malformed
   */
  public static List<EvalDocument> read(Path file) {
    Objects.requireNonNull(file, "file");
    List<EvalDocument> docs = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          docs.add(parse(JSON.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(
              "bad record: " + file + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return docs;
  }

  private static EvalDocument parse(JsonNode node) {
    String id = requiredText(node, "id");
    JsonNode title = node.get("title");
    String text = requiredText(node, "text");
    JsonNode reference = node.get("reference");
    if (reference == null || !reference.isArray()) {
      throw new IllegalArgumentException("\"reference\" must be a list of strings: id=" + id);
    }
    List<String> sentences = new ArrayList<>();
    reference.forEach(s -> sentences.add(s.asText()));
    JsonNode k = node.get("sentences");
    if (k == null || !k.canConvertToInt()) {
      throw new IllegalArgumentException("\"sentences\" must be an integer: id=" + id);
    }
    return new EvalDocument(
        id, title == null || title.isNull() ? null : title.asText(), text, sentences, k.asInt());
  }

  private static String requiredText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string: " + field + "=" + value);
    }
    return value.asText();
  }
}
