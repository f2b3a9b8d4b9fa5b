package dev.salient;

import java.util.Objects;

/**
 * One place where an entity is named: {@code source.substring(start, end)} is the mention as it
 * stood in the text that was summarized (the caller's input, or for HTML the extracted text, see
 * {@link Summary#source()}).
 *
 * <pre>{@code
 * for (Mention m : summary.entities().get(0).mentions()) {
 *   highlight(summary.source(), m.start(), m.end());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param start offset of the first character, inclusive
 * @param end offset after the last character, exclusive
 * @param text the mention as cleaned (repaired words, normalized quotes)
 */
public record Mention(int start, int end, String text) {
  public Mention {
    Objects.requireNonNull(text, "text");
    if (start < 0) {
      throw new IllegalArgumentException("start index must not be negative: start=" + start);
    }
    if (start > end) {
      throw new IllegalArgumentException(
          "start index must not be larger than end index: start=" + start + ", end=" + end);
    }
  }
}
