package dev.salient.clean;

import dev.salient.Page;
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
 * <p>How: hidden content, scripts, captions and comments are removed, and so is page furniture
 * named by its tag ({@code nav}, {@code aside}, {@code footer}, ...), ARIA role, or class/id words
 * ("cookie", "related", "comments", "share", ... as whole words) unless it holds most of the
 * page's text; paragraphs score their ancestors by length and commas as Mozilla Readability does,
 * weighted by link density and class hints; the best element, joined by its siblings that score
 * well, is the article; link lists and short furniture inside it are skipped. Each step is one walk
 * of the tree without recursion: time is linear in the page, however deeply it is nested, and
 * ties are broken by document order, so the result is the same on every run.
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
    return page(html).text();
  }

  /**
   * The article of the page {@code html}: its text (as {@link #extract(String)}), metadata, and
   * the map from text offsets back to HTML offsets. The same page always gives the same result.
   *
   * @throws NullPointerException if html is null
   * @throws IllegalStateException if jsoup is not on the class path
   */
  public Page page(String html) {
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
