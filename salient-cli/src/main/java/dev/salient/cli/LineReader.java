package dev.salient.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads lines of at most {@code maxChars} characters, so one huge line cannot exhaust memory: the
 * rest of a longer line is skipped and the line is marked too long. Accepts {@code \n} and
 * {@code \r\n}, and drops a byte-order mark at the start. A NUL character means the input is
 * binary, not JSON Lines ({@code /dev/zero}, an archive): that line is marked binary and is the
 * last, so an endless binary stream cannot keep the reader busy. Not thread-safe.
 */
final class LineReader {
  /**
   * One line: its number from 1, its text (cut at the limit when {@code tooLong}), and whether a
   * NUL character ended the input there.
   */
  record Line(long number, String text, boolean tooLong, boolean binary) {
    Line(long number, String text, boolean tooLong) {
      this(number, text, tooLong, false);
    }
  }

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int limit;
  private long lineNumber;
  private boolean ended;

  LineReader(Reader in, int maxChars) {
    this.in = Objects.requireNonNull(in, "in");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: maxChars=" + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    if (ended) {
      return null;
    }
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit < 0) {
          limit = 0;
          ended = true;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n' && buffer[position] != '\0') {
        position++;
      }
      if (position < limit && buffer[position] == '\0') {
        ended = true;
        lineNumber++;
        return new Line(lineNumber, "", false, true);
      }
      int room = maxChars + 1 - line.length(); // one spare for a trailing \r
      int length = position - start;
      if (length > room) {
        tooLong = true;
        length = Math.max(0, room);
      }
      line.append(buffer, start, length);
      if (position < limit) {
        position++; // the \n
        break;
      }
    }
    lineNumber++;
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    if (line.length() > maxChars) {
      tooLong = true;
      line.setLength(maxChars);
    }
    if (lineNumber == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
      line.deleteCharAt(0);
    }
    return new Line(lineNumber, line.toString(), tooLong);
  }
}
