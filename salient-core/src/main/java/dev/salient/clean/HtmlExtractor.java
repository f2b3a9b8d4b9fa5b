package dev.salient.clean;

import java.util.Objects;

/**
 * Extracts the article from a whole news page: its title, then its body's paragraphs and
 * sub-headings, one per line with a blank line between them. Navigation, scripts, styles, menus,
 * headers and footers, forms, comment sections, cookie banners, share bars and lists of related
 * stories are left out.
 *
 * <pre>{@code
 * String text = new HtmlExtractor().extract(html);
 * // "Beijing and Moscow hold drills\n\nBeijing and Moscow held military exercises..."
 * }</pre>
 *
 * <p>How: elements that are never content ({@code nav}, {@code script}, {@code footer},
 * {@code aside}, ARIA navigation and banner roles, ...) and elements whose class or id names
 * page furniture ("cookie", "related", "comments", "share", ...) are removed; the element holding
 * the most paragraph text is the article body; blocks inside it whose text is mostly link text
 * (link lists) are skipped. Every step walks the tree without recursion, so deeply nested pages are
 * safe.
 *
 * <p>Needs jsoup ({@code org.jsoup:jsoup}), an optional dependency of this library: without it on
 * the class path, {@link #extract(String)} throws {@link IllegalStateException}. Thread-safe.
 */
public final class HtmlExtractor {

  /** An extractor; it holds no state. */
  public HtmlExtractor() {}

  /**
   * The article text of the page {@code html}; an empty string when the page has no text.
   *
   * @throws NullPointerException if html is null
   * @throws IllegalStateException if jsoup is not on the class path
   */
  public String extract(String html) {
    Objects.requireNonNull(html, "html");
    requireJsoup(HtmlExtractor.class.getClassLoader());
    return JsoupArticleExtractor.extract(html);
  }

  /** Throws a clear message when jsoup cannot be loaded by {@code loader}. */
  static void requireJsoup(ClassLoader loader) {
    try {
      Class.forName("org.jsoup.Jsoup", false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "HTML input needs jsoup, an optional dependency: add org.jsoup:jsoup to the class path", e);
    }
  }
}
