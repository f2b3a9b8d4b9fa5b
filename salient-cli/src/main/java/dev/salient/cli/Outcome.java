package dev.salient.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salient.Summary;
import java.util.Objects;

/**
 * What became of one input (a file, stdin, or one JSON Lines record): a summary or an error.
 *
 * @param id the record's {@code id} as given (any JSON value, {@code null} node when absent), or the
 *     file name
 * @param label how messages and text headers name the input, e.g. {@code "article.txt"}
 * @param line the record's line number from 1, or 0 when the input is not a record
 * @param summary the summary, or null on error
 * @param error what went wrong, or null on success
 */
record Outcome(JsonNode id, String label, long line, Summary summary, String error) {
  Outcome {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    if ((summary == null) == (error == null)) {
      throw new IllegalArgumentException(
          "exactly one of summary and error must be set: summary=" + summary + ", error=" + error);
    }
  }

  static Outcome success(JsonNode id, String label, long line, Summary summary) {
    return new Outcome(id, label, line, summary, null);
  }

  static Outcome failure(JsonNode id, String label, long line, String error) {
    return new Outcome(id, label, line, null, error);
  }

  boolean failed() {
    return error != null;
  }
}
