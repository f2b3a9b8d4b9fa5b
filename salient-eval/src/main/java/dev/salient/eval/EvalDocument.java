package dev.salient.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
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
    return JsonLines.input(title, text);
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
    return JsonLines.read(file, EvalDocument::parse);
  }

  private static EvalDocument parse(JsonNode node) {
    String id = JsonLines.requiredText(node, "id");
    String title = JsonLines.optionalText(node, "title");
    String text = JsonLines.requiredText(node, "text");
    JsonNode reference = node.get("reference");
    if (reference == null || !reference.isArray()) {
      throw new IllegalArgumentException("\"reference\" must be a list of strings: id=" + id);
    }
    List<String> sentences = new ArrayList<>();
    for (JsonNode s : reference) {
      if (!s.isTextual()) {
        throw new IllegalArgumentException(
            "\"reference\" must be a list of strings: id=" + id + ", element=" + s);
      }
      sentences.add(s.textValue());
    }
    JsonNode k = node.get("sentences");
    if (k == null || !k.isIntegralNumber() || !k.canConvertToInt()) {
      throw new IllegalArgumentException("\"sentences\" must be an integer: id=" + id + ", sentences=" + k);
    }
    return new EvalDocument(id, title, text, sentences, k.intValue());
  }
}
