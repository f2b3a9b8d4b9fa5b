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
 *
 * <p>The map is stored as runs, not per character: cleaning changes text only here and there, so
 * most clean characters continue the run before them (the next original character). Memory grows
 * with the number of edits, and a lookup is a binary search over the runs.
 */
public final class CleanedText {
  private final String original;
  private final String text;
  private final OffsetRuns runs;
  private final int headlineEnd;
  /** What the whole document says about its words, for cleaning fragments of it; may be null. */
  private final WordEvidence evidence;

  private CleanedText(
      String original, String text, OffsetRuns runs, int headlineEnd, WordEvidence evidence) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    this.runs = runs;
    this.headlineEnd = headlineEnd;
    this.evidence = evidence;
  }

  /** Text that was not changed by cleaning: every offset maps to itself. */
  public static CleanedText identity(String original) {
    OffsetRuns runs = new OffsetRuns(1);
    if (!original.isEmpty()) {
      runs.add(0, 0, 1, false);
    }
    return new CleanedText(original, original, runs, -1, null);
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
      return text.isEmpty() ? original.length() : runs.endOf(start - 1);
    }
    return runs.startOf(start);
  }

  /** The original offset just after the clean character before {@code end}. */
  public int toOriginalEnd(int end) {
    if (end == 0) {
      return text.isEmpty() ? 0 : runs.startOf(0);
    }
    return runs.endOf(end - 1);
  }

  /** The document's word evidence, or null when it was not cleaned by a {@link TextCleaner}. */
  WordEvidence evidence() {
    return evidence;
  }

  @Override
  public String toString() {
    return "CleanedText[" + text.length() + " of " + original.length() + " chars]";
  }

  /**
   * The map from clean characters to original ranges, as runs. Run {@code k} covers the clean
   * characters from {@code cleanStart[k]} up to the next run's start; each stands for an original
   * range of {@code width[k]} characters. In a stepping run the ranges follow each other (clean
   * character {@code c} starts at {@code originStart[k] + c - cleanStart[k]}); in a repeating run
   * they are all the same range (an entity decoded to several characters).
   */
  private static final class OffsetRuns {
    private int count;
    private int[] cleanStart;
    private int[] originStart;
    private int[] width;
    private boolean[] repeating;

    OffsetRuns(int capacity) {
      cleanStart = new int[capacity];
      originStart = new int[capacity];
      width = new int[capacity];
      repeating = new boolean[capacity];
    }

    OffsetRuns copy() {
      OffsetRuns copy = new OffsetRuns(0);
      copy.count = count;
      copy.cleanStart = Arrays.copyOf(cleanStart, count);
      copy.originStart = Arrays.copyOf(originStart, count);
      copy.width = Arrays.copyOf(width, count);
      copy.repeating = Arrays.copyOf(repeating, count);
      return copy;
    }

    void add(int clean, int origin, int w, boolean repeats) {
      if (count == cleanStart.length) {
        int size = Math.max(8, count * 2);
        cleanStart = Arrays.copyOf(cleanStart, size);
        originStart = Arrays.copyOf(originStart, size);
        width = Arrays.copyOf(width, size);
        repeating = Arrays.copyOf(repeating, size);
      }
      cleanStart[count] = clean;
      originStart[count] = origin;
      width[count] = w;
      repeating[count] = repeats;
      count++;
    }

    /** Maps clean character {@code c} (the next one, at the end) to {@code [start, end)}. */
    void append(int c, int start, int end) {
      if (count > 0 && width[count - 1] == end - start) {
        int k = count - 1;
        int length = c - cleanStart[k];
        if (start == originStart[k] + (repeating[k] ? 0 : length)) {
          return;
        }
        if (length == 1 && start == originStart[k]) {
          repeating[k] = true;
          return;
        }
      }
      add(c, start, end - start, false);
    }

    /** Forgets the map of clean characters from {@code length} on. */
    void truncate(int length) {
      while (count > 0 && cleanStart[count - 1] >= length) {
        count--;
      }
    }

    /** The run that holds clean character {@code c}. */
    int runOf(int c) {
      int k = Arrays.binarySearch(cleanStart, 0, count, c);
      return k >= 0 ? k : -k - 2;
    }

    int startOf(int c) {
      int k = runOf(c);
      return originStart[k] + (repeating[k] ? 0 : c - cleanStart[k]);
    }

    int endOf(int c) {
      return startOf(c) + width[runOf(c)];
    }
  }

  /** Builds a {@link CleanedText} one character (and its original range) at a time. */
  public static final class Builder {
    private final String original;
    private final StringBuilder text;
    private OffsetRuns runs = new OffsetRuns(8);
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
      this.text = new StringBuilder(Math.max(16, capacity));
    }

    /** Appends {@code c}, which stands for {@code original[originalStart, originalEnd)}. */
    public Builder append(char c, int originalStart, int originalEnd) {
      if (shared) {
        // the runs belong to a built CleanedText now: copy before writing
        runs = runs.copy();
        shared = false;
      }
      runs.append(text.length(), originalStart, originalEnd);
      text.append(c);
      return this;
    }

    /** Appends {@code original[from, to)} unchanged. */
    public Builder appendOriginal(int from, int to) {
      for (int i = from; i < to; i++) {
        append(original.charAt(i), i, i + 1);
      }
      return this;
    }

    /**
     * Appends {@code source.text()[from, to)} with its map: each character stands for the original
     * range it stood for in {@code source}, whose original must be this builder's.
     */
    Builder appendMapped(CleanedText source, int from, int to) {
      String chars = source.text();
      OffsetRuns map = source.runs;
      int k = from < to ? map.runOf(from) : 0;
      for (int c = from; c < to; c++) {
        while (k + 1 < map.count && map.cleanStart[k + 1] <= c) {
          k++;
        }
        int start = map.originStart[k] + (map.repeating[k] ? 0 : c - map.cleanStart[k]);
        append(chars.charAt(c), start, start + map.width[k]);
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
      if (shared) {
        runs = runs.copy();
        shared = false;
      }
      text.setLength(length);
      runs.truncate(length);
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
      if (runs.count < runs.cleanStart.length / 2) {
        runs = runs.copy();
      }
      // hand the runs over without a copy; a later append copies them first
      shared = true;
      return new CleanedText(original, text.toString(), runs, headlineEnd, evidence);
    }
  }
}
