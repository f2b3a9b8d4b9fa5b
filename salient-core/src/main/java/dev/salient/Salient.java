package dev.salient;

/**
 * The one-call entry point.
 *
 * <pre>{@code
 * Summary summary = Salient.summarize(article);
 * System.out.println(summary.text());
 * System.out.println(summary.entities().get(0).name());
 * }</pre>
 *
 * <p>Backed by one shared default {@link Summarizer} (3 sentences, document order), created on
 * first use. Thread-safe. For other options build a {@link Summarizer}.
 */
public final class Salient {
  private Salient() {}

  /** Stateless and thread-safe; jsoup is only needed once it is used. */
  private static final dev.salient.clean.HtmlExtractor HTML = new dev.salient.clean.HtmlExtractor();

  private static final class Default {
    static final Summarizer SUMMARIZER = Summarizer.builder().build();
  }

  /** The shared default summarizer. */
  public static Summarizer defaultSummarizer() {
    return Default.SUMMARIZER;
  }

  /**
   * Summarizes {@code text} in 3 sentences with the default options.
   *
   * @throws NullPointerException if text is null
   */
  public static Summary summarize(String text) {
    return Default.SUMMARIZER.summarize(text);
  }

  /**
   * Summarizes the article of the news page {@code html} with the default options; see {@link
   * Summarizer#summarizeHtml(String)}. Needs jsoup ({@code org.jsoup:jsoup}) on the class path.
   *
   * @throws NullPointerException if html is null
   * @throws IllegalStateException if jsoup is not on the class path
   */
  public static Summary summarizeHtml(String html) {
    return Default.SUMMARIZER.summarizeHtml(html);
  }

  /**
   * Extracts the article of the web page {@code html}: its text (what {@link #summarizeHtml(String)}
   * summarizes), title, byline, publication date, site name, language and canonical URL, and the map
   * from offsets in the text back to offsets in {@code html}. Needs jsoup on the class path.
   *
   * <pre>{@code
   * Page page = Salient.extract(html);
   * System.out.println(page.title() + " by " + page.byline());
   * }</pre>
   *
   * @throws NullPointerException if html is null
   * @throws IllegalArgumentException if html is longer than {@link Summarizer#DEFAULT_MAX_INPUT_CHARS}
   * @throws IllegalStateException if jsoup is not on the class path
   */
  public static Page extract(String html) {
    java.util.Objects.requireNonNull(html, "html");
    if (html.length() > Summarizer.DEFAULT_MAX_INPUT_CHARS) {
      throw new IllegalArgumentException("html is too long: length=" + html.length()
          + ", maxInputChars=" + Summarizer.DEFAULT_MAX_INPUT_CHARS);
    }
    return HTML.page(html);
  }
}
