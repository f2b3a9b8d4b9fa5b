package dev.salient.clean;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text after cleaning, with a map back to the text it was cleaned from.
 *
 * <p>Every character of {@link #text()} came from a range of the original text: for a clean span
 * {@code [start, end)}, {@code original().substring(toOriginalStart(start), toOriginalEnd(end))}
 * is what that span was before cleaning. Dropped boilerplate simply does not appear in the clean
 * text. Immutable.
 */
public final class CleanedText {
  private final String original;
  private final String text;
  private final int[] originalStart;
  private final int[] originalEnd;
  private final int headlineEnd;
  /** What the whole document says about its words, for cleaning fragments of it; may be null. */
  private final WordEvidence evidence;

  CleanedText(String original, String text, int[] originalStart, int[] originalEnd, int headlineEnd) {
    this(original, text, originalStart, originalEnd, headlineEnd, null);
  }

  CleanedText(
      String original,
      String text,
      int[] originalStart,
      int[] originalEnd,
      int headlineEnd,
      WordEvidence evidence) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    // the maps may be longer than the text (a builder's arrays, handed over without a copy)
    if (originalStart.length < text.length() || originalEnd.length < text.length()) {
      throw new IllegalArgumentException(
          "offset maps must have an entry per character: length="
              + text.length()
              + ", starts="
              + originalStart.length
              + ", ends="
              + originalEnd.length);
    }
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
    this.headlineEnd = headlineEnd;
    this.evidence = evidence;
  }

  /** Text that was not changed by cleaning: every offset maps to itself. */
  public static CleanedText identity(String original) {
    int n = original.length();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new CleanedText(original, original, starts, ends, -1);
  }

  /** The text that was cleaned. */
  public String original() {
    return original;
  }

  /** The cleaned text. */
  public String text() {
    return text;
  }

  /**
   * The end (exclusive, in clean-text offsets) of the headline, which starts at 0, or -1 when no
   * headline was detected.
   */
  public int headlineEnd() {
    return headlineEnd;
  }

  /** The original offset of the clean character at {@code start}. */
  public int toOriginalStart(int start) {
    if (start == text.length()) {
      return text.isEmpty() ? original.length() : originalEnd[start - 1];
    }
    return originalStart[start];
  }

  /** The original offset just after the clean character before {@code end}. */
  public int toOriginalEnd(int end) {
    if (end == 0) {
      return text.isEmpty() ? 0 : originalStart[0];
    }
    return originalEnd[end - 1];
  }

  /** The document's word evidence, or null when it was not cleaned by a {@link TextCleaner}. */
  WordEvidence evidence() {
    return evidence;
  }

  @Override
  public String toString() {
    return "CleanedText[" + text.length() + " of " + original.length() + " chars]";
  }

  /** Builds a {@link CleanedText} one character (and its original range) at a time. */
  public static final class Builder {
    private final String original;
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;
    private int headlineEnd = -1;
    private WordEvidence evidence;

    private boolean shared;

    /** A builder for clean text of about the length of {@code original}. */
    public Builder(String original) {
      this(original, original.length());
    }

    /** A builder for clean text of about {@code capacity} characters. */
    Builder(String original, int capacity) {
      this.original = Objects.requireNonNull(original, "original");
      capacity = Math.max(16, capacity);
      this.text = new StringBuilder(capacity);
      this.starts = new int[capacity];
      this.ends = new int[capacity];
    }

    /** Appends {@code c}, which stands for {@code original[originalStart, originalEnd)}. */
    public Builder append(char c, int originalStart, int originalEnd) {
      int n = text.length();
      if (shared) {
        // the arrays belong to a built CleanedText now: copy before writing
        starts = Arrays.copyOf(starts, starts.length);
        ends = Arrays.copyOf(ends, ends.length);
        shared = false;
      }
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      text.append(c);
      starts[n] = originalStart;
      ends[n] = originalEnd;
      return this;
    }

    /** Appends {@code original[from, to)} unchanged. */
    public Builder appendOriginal(int from, int to) {
      for (int i = from; i < to; i++) {
        append(original.charAt(i), i, i + 1);
      }
      return this;
    }

    /** The number of clean characters so far. */
    public int length() {
      return text.length();
    }

    /** The last clean character, or 0 when there is none. */
    public char lastChar() {
      return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
    }

    /** Removes clean characters from the end, down to {@code length}. */
    public Builder truncate(int length) {
      text.setLength(length);
      return this;
    }

    /** Marks the clean text so far, up to {@code end}, as the headline. */
    public Builder headlineEnd(int end) {
      this.headlineEnd = end;
      return this;
    }

    Builder evidence(WordEvidence evidence) {
      this.evidence = evidence;
      return this;
    }

    /** The clean text so far, with its map back to the original. */
    public CleanedText build() {
      int n = text.length();
      if (n < starts.length / 2) {
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
      }
      // hand the arrays over without a copy; a later append copies them first
      shared = true;
      return new CleanedText(original, text.toString(), starts, ends, headlineEnd, evidence);
    }
  }
}
