package dev.salient;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The article of a whole web page, as Salient extracted it: its text, its metadata, and a map from
 * offsets in that text back to offsets in the page's HTML.
 *
 * <pre>{@code
 * Page page = Salient.extract(html);
 * page.titleText().ifPresent(System.out::println);
 * String body = page.text().substring(page.bodyStart());
 * // the HTML a span of the text came from
 * String source = html.substring(page.sourceStart(10), page.sourceEnd(42));
 * }</pre>
 *
 * <p>Offsets: {@link #text()} is the title (when there is one), a blank line, then the article's
 * paragraphs and sub-headings separated by blank lines. Each piece of it that was copied from a
 * text node of the page is a {@link Segment}: {@code text[start, end)} came from {@code
 * html[sourceStart, sourceEnd)}. A segment is {@linkplain Segment#verbatim() verbatim} when the two
 * are the same characters, and then offsets map one to one; otherwise (an entity such as {@code
 * &amp;amp;}, a run of spaces collapsed to one) the segment maps as a whole. The separators between
 * paragraphs map to nothing: {@link #sourceStart(int)} moves forward to the next mapped character
 * and {@link #sourceEnd(int)} back to the previous one, so {@code html.substring(sourceStart(s),
 * sourceEnd(e))} is the markup that holds {@code text.substring(s, e)}, tags included.
 *
 * <p>Metadata are null when the page does not give them: {@code title} from {@code og:title}, the
 * {@code <title>} or the article's {@code h1}; {@code byline} from author meta tags, JSON-LD or a
 * byline element; {@code published} as the page writes it (usually ISO 8601) from {@code
 * article:published_time}, JSON-LD {@code datePublished} or a {@code <time datetime>}; {@code
 * siteName} from {@code og:site_name} or JSON-LD; {@code language} from {@code <html lang>};
 * {@code canonicalUrl} from {@code <link rel=canonical>} or {@code og:url}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the extracted text: title, then body
 * @param bodyStart where the article body starts in {@code text} (0 when there is no title)
 * @param title the article's title, or null
 * @param byline the author(s), or null
 * @param published the publication date as the page gives it, or null
 * @param siteName the site's name, or null
 * @param language the page's language tag (e.g. {@code en-US}), or null
 * @param canonicalUrl the page's canonical URL, or null
 * @param segments the pieces of {@code text} copied from the HTML, in text order
 */
public record Page(
    String text,
    int bodyStart,
    String title,
    String byline,
    String published,
    String siteName,
    String language,
    String canonicalUrl,
    List<Segment> segments) {

  public Page {
    Objects.requireNonNull(text, "text");
    segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
    if (bodyStart < 0 || bodyStart > text.length()) {
      throw new IllegalArgumentException(
          "bodyStart out of range: bodyStart=" + bodyStart + ", length=" + text.length());
    }
    int last = 0;
    for (Segment s : segments) {
      if (s.start() < last || s.end() > text.length()) {
        throw new IllegalArgumentException(
            "segments must be ordered and inside the text: " + s + ", length=" + text.length());
      }
      last = s.end();
    }
  }

  /**
   * A piece of the text and the span of HTML it came from.
   *
   * @param start offset of the first character in {@link Page#text()}, inclusive
   * @param end offset after the last character in the text, exclusive
   * @param sourceStart offset of the first character in the HTML, inclusive
   * @param sourceEnd offset after the last character in the HTML, exclusive
   * @param verbatim true when the text and the HTML are the same characters, so that offsets map
   *     one to one; false when the segment maps as a whole (an entity, collapsed spaces)
   */
  public record Segment(int start, int end, int sourceStart, int sourceEnd, boolean verbatim) {
    public Segment {
      if (start < 0 || sourceStart < 0) {
        throw new IllegalArgumentException(
            "offsets must not be negative: start=" + start + ", sourceStart=" + sourceStart);
      }
      if (start > end || sourceStart > sourceEnd) {
        throw new IllegalArgumentException(
            "start index must not be larger than end index: start=" + start + ", end=" + end
                + ", sourceStart=" + sourceStart + ", sourceEnd=" + sourceEnd);
      }
      if (verbatim && end - start != sourceEnd - sourceStart) {
        throw new IllegalArgumentException("a verbatim segment has the same length in text and HTML: "
            + "start=" + start + ", end=" + end + ", sourceStart=" + sourceStart + ", sourceEnd=" + sourceEnd);
      }
    }
  }

  /** The title, if the page has one. */
  public Optional<String> titleText() {
    return Optional.ofNullable(title);
  }

  /** The article body: the text after the title. */
  public String body() {
    return text.substring(bodyStart);
  }

  /**
   * The HTML offset where the text from {@code textOffset} on comes from: the offset of that
   * character in the HTML, or of the next character that has one; the end of the last segment
   * when none follows (0 for a page with no segments).
   *
   * @throws IndexOutOfBoundsException if textOffset is not in [0, text.length()]
   */
  public int sourceStart(int textOffset) {
    checkOffset(textOffset);
    int i = firstEndingAfter(textOffset);
    if (i == segments.size()) {
      return segments.isEmpty() ? 0 : segments.get(i - 1).sourceEnd();
    }
    Segment s = segments.get(i);
    if (textOffset <= s.start()) {
      return s.sourceStart();
    }
    return s.verbatim() ? s.sourceStart() + (textOffset - s.start()) : s.sourceStart();
  }

  /**
   * The HTML offset where the text up to {@code textOffset} (exclusive) ends: after the character
   * before it, or after the previous character that has one; the start of the first segment when
   * none precedes (0 for a page with no segments).
   *
   * @throws IndexOutOfBoundsException if textOffset is not in [0, text.length()]
   */
  public int sourceEnd(int textOffset) {
    checkOffset(textOffset);
    // the last segment that starts before textOffset
    int i = firstEndingAfter(textOffset - 1) ;
    if (i == segments.size() || segments.get(i).start() >= textOffset) {
      i--;
    }
    if (i < 0) {
      return segments.isEmpty() ? 0 : segments.get(0).sourceStart();
    }
    Segment s = segments.get(i);
    if (textOffset >= s.end()) {
      return s.sourceEnd();
    }
    return s.verbatim() ? s.sourceStart() + (textOffset - s.start()) : s.sourceEnd();
  }

  /** The index of the first segment whose end is after {@code offset}, or the size. */
  private int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = segments.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (segments.get(mid).end() > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private void checkOffset(int textOffset) {
    if (textOffset < 0 || textOffset > text.length()) {
      throw new IndexOutOfBoundsException(
          "text offset out of range: offset=" + textOffset + ", length=" + text.length());
    }
  }

  /** A short description: the metadata and the text's length. */
  @Override
  public String toString() {
    return "Page[title=" + title + ", byline=" + byline + ", published=" + published
        + ", siteName=" + siteName + ", language=" + language + ", canonicalUrl=" + canonicalUrl
        + ", textChars=" + text.length() + ", segments=" + segments.size() + "]";
  }
}
