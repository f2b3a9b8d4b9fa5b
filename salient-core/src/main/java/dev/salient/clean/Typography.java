package dev.salient.clean;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Character-level normalization of scraped text, keeping a map back to the original: HTML
 * entities are decoded (commons-text), curly quotes become straight, non-breaking and other
 * special spaces become a plain space, soft hyphens, zero-width characters and control characters
 * are removed, Windows and old Mac line endings become {@code '\n'}, runs of spaces become one space,
 * and lines lose their leading and trailing spaces. Line breaks are kept, blank lines included: the
 * cleaner decides later which lines to keep.
 *
 * <p>One pass over the input, linear time. Stateless and thread-safe.
 */
final class Typography {
  /** The longest HTML entity looked for, "&" and ";" included. */
  private static final int MAX_ENTITY = 34;

  private Typography() {}

  /** Receives normalized characters and line breaks, each with its original range. */
  interface Sink {
    void character(char c, int start, int end);

    void lineBreak(int start, int end);
  }

  /** {@code text} normalized, with every normalized character mapped to its range in text. */
  static CleanedText normalize(String text) {
    CleanedText.Builder builder = new CleanedText.Builder(text);
    normalize(text, 0, text.length(), toBuilder(builder));
    return builder.build();
  }

  /** A sink that appends to {@code builder}. */
  static Sink toBuilder(CleanedText.Builder builder) {
    return new Sink() {
      @Override
      public void character(char c, int start, int end) {
        builder.append(c, start, end);
      }

      @Override
      public void lineBreak(int start, int end) {
        builder.append('\n', start, end);
      }
    };
  }

  /**
   * Normalizes {@code text[from, to)} into {@code sink}. Normalization is local: a range that
   * starts and ends where a line's normalized characters start and end normalizes to that line.
   */
  static void normalize(String text, int from, int to, Sink sink) {
    Output out = new Output(sink);
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '\r') {
        int end = i + 1 < to && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        out.lineBreak(i, end);
        i = end;
      } else if (c == '&') {
        int end = entityEnd(text, i, to);
        String decoded = end < 0 ? null : decode(text.substring(i, end));
        if (decoded == null) {
          out.character('&', i, i + 1);
          i++;
        } else {
          for (int k = 0; k < decoded.length(); k++) {
            out.normalized(decoded.charAt(k), i, end);
          }
          i = end;
        }
      } else {
        out.normalized(c, i, i + 1);
        i++;
      }
    }
  }

  /** The end of the entity "&name;" or "&#123;" starting at {@code from}, or -1. */
  private static int entityEnd(String text, int from, int to) {
    int limit = Math.min(to, from + MAX_ENTITY);
    for (int j = from + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == ';') {
        return j > from + 1 ? j + 1 : -1;
      }
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || (c == '#' && j == from + 1) || ((c == 'x' || c == 'X') && j == from + 2);
      if (!ok) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The decoded entity, or null when it is not one. A numeric reference is decoded here, as HTML
   * does: one that names no character ({@code &#x110000;}, {@code &#0;}, a surrogate) becomes
   * U+FFFD, never an exception. Named entities are looked up by commons-text.
   */
  static String decode(String entity) {
    if (entity.length() > 3 && entity.charAt(1) == '#') {
      return decodeNumeric(entity);
    }
    String decoded = StringEscapeUtils.unescapeHtml4(entity);
    return decoded.equals(entity) ? null : decoded;
  }

  /** "&#123;" or "&#x7B;" decoded; U+FFFD for a number that is not a character; null if malformed. */
  private static String decodeNumeric(String entity) {
    boolean hex = entity.charAt(2) == 'x' || entity.charAt(2) == 'X';
    int from = hex ? 3 : 2;
    int to = entity.length() - 1; // the ';'
    if (from >= to) {
      return null;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      int digit = Character.digit(entity.charAt(i), hex ? 16 : 10);
      if (digit < 0) {
        return null;
      }
      // saturate: any number past the last code point is as invalid as the next
      value = Math.min(value * (hex ? 16 : 10) + digit, Character.MAX_CODE_POINT + 1L);
    }
    int codePoint = (int) value;
    if (codePoint == 0 || codePoint > Character.MAX_CODE_POINT
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
      return "\uFFFD";
    }
    return Character.toString(codePoint);
  }

  /** What a character becomes: itself, a replacement, SPACE, BREAK or DROP. */
  static final int DROP = -1;
  static final int SPACE = -2;
  static final int BREAK = -3;

  static int map(char c) {
    if (c > ' ' && c < '\u007F') {
      return c;
    }
    switch (c) {
      case '\n', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029':
        return BREAK;
      case ' ', '\t', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
        return SPACE;
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E':
        return DROP;
      case '\u2018', '\u2019', '\u201A', '\u201B':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F':
        return '"';
      case '\u2010', '\u2011':
        return '-';
      default:
        break;
    }
    if (c >= '\u2000' && c <= '\u200A') {
      return SPACE;
    }
    if (c < ' ' || (c >= '\u007F' && c < '\u00A0')) {
      return DROP;
    }
    return c;
  }

  /** Passes characters on, collapsing spaces and trimming lines. */
  private static final class Output {
    private final Sink sink;
    private boolean lineStart = true;
    private int spaceStart = -1;
    private int spaceEnd = -1;

    Output(Sink sink) {
      this.sink = sink;
    }

    void normalized(char c, int start, int end) {
      int m = map(c);
      if (m == BREAK) {
        lineBreak(start, end);
      } else if (m == SPACE) {
        if (!lineStart) {
          if (spaceStart < 0) {
            spaceStart = start;
          }
          spaceEnd = end;
        }
      } else if (m != DROP) {
        character((char) m, start, end);
      }
    }

    void character(char c, int start, int end) {
      if (spaceStart >= 0) {
        sink.character(' ', spaceStart, spaceEnd);
        spaceStart = -1;
      }
      sink.character(c, start, end);
      lineStart = false;
    }

    void lineBreak(int start, int end) {
      spaceStart = -1;
      sink.lineBreak(start, end);
      lineStart = true;
    }
  }
}
