package dev.salient.clean;

import java.util.Objects;

/**
 * Cleans scraped news text before it is split into sentences. Thread-safe.
 *
 * <p>First version: no change. To be replaced by the real cleaner (boilerplate, broken words,
 * typography, headline).
 */
public final class TextCleaner {

  public TextCleaner() {}

  /** Cleans {@code text}, keeping a map back to it. */
  public CleanedText clean(String text) {
    Objects.requireNonNull(text, "text");
    return CleanedText.identity(text);
  }
}
