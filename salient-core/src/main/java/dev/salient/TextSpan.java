package dev.salient;

import java.util.Objects;

/**
 * A span of a summary's {@link Summary#source()}, with its cleaned text: for example a headline.
 *
 * <pre>{@code
 * summary.headline().ifPresent(h -> System.out.println(summary.source().substring(h.start(), h.end())));
 * }</pre>
 *
 * @param start offset of the first character in the source, inclusive
 * @param end offset after the last character in the source, exclusive
 * @param text the span's text, cleaned as sentences are
 */
public record TextSpan(int start, int end, String text) {
  public TextSpan {
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
