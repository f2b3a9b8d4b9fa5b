package dev.salient.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Salient;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  private static final TextCleaner CLEANER = new TextCleaner();

  private static String page() {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("news-page.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test page's article paragraphs, as the page's author marked them up, cleaned. */
  private static List<String> articleParagraphs() {
    List<String> out = new ArrayList<>();
    for (Element p : Jsoup.parse(page()).select(".article-body > p, .article-body > h2")) {
      if (p.selectFirst("a") == null) {
        out.add(CLEANER.clean(p.text()).text());
      }
    }
    return out;
  }

  @Test
  void extractsTitleThenArticleParagraphs() {
    String text = EXTRACTOR.extract(page());
    assertTrue(text.startsWith("Norway and Sweden agree Arctic rail link\n\n"), text);
    String clean = CLEANER.clean(text).text();
    for (String paragraph : articleParagraphs()) {
      assertTrue(clean.contains(paragraph), paragraph);
    }
    assertTrue(text.contains("Mining towns welcome the plan"), "sub-heading");
  }

  @Test
  void leavesOutNavigationScriptsBannersCommentsAndRelatedStories() {
    String text = EXTRACTOR.extract(page());
    for (String furniture : List.of("Politics", "Home", "dataLayer", "track()", "cookie", "Accept all",
        "Share on", "Ingrid Holm", "Oslo announces", "Read more", "Volcano", "Dock workers",
        "mins ago", "Most read", "Storm batters", "waste of money", "newsletter", "All rights reserved",
        "Privacy policy", "font-family", "NewsArticle")) {
      assertFalse(text.contains(furniture), () -> "'" + furniture + "' in:\n" + text);
    }
  }

  @Test
  void summarizesHtmlToArticleBodySentencesOnly() {
    Summary summary = Salient.summarizeHtml(page());
    assertFalse(summary.isEmpty());
    assertEquals("Norway and Sweden agree Arctic rail link", summary.title().orElseThrow().text());
    List<String> paragraphs = articleParagraphs();
    CleanedText cleaned = CLEANER.clean(summary.source());
    for (SummarySentence s : summary.rankedSentences()) {
      assertTrue(paragraphs.stream().anyMatch(p -> p.contains(s.text())), () -> "not article body: " + s.text());
      String original = summary.source().substring(s.start(), s.end());
      assertEquals(s.text(), CLEANER.cleanFragment(original, cleaned).text());
    }
  }

  @Test
  void decodesEntitiesOfThePage() {
    String text = EXTRACTOR.extract(page());
    assertTrue(text.contains("Lule\u00E5"), text);
    assertTrue(text.contains("S\u00E1mi"), text);
  }

  @Test
  void extractsParagraphsFromAPageWithoutArticleMarkup() {
    String html = "<html><body><div>Menu</div><div><div>The council approved the budget on Monday after a long "
        + "debate.</div><div>Spending on schools will rise by four percent next year, officials said.</div></div>"
        + "</body></html>";
    String text = EXTRACTOR.extract(html);
    assertTrue(text.contains("The council approved the budget on Monday after a long debate."), text);
    assertTrue(text.contains("Spending on schools will rise by four percent next year, officials said."), text);
  }

  @Test
  void survivesDeeplyNestedHtml() {
    int depth = 100_000;
    String html = "<div>".repeat(depth) + "<p>The council approved the budget on Monday after a long debate.</p>"
        + "</div>".repeat(depth);
    String text = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> EXTRACTOR.extract(html));
    assertTrue(text.isEmpty() || text.contains("approved the budget"), text);
  }

  @Test
  void extractsNothingFromAnEmptyPage() {
    assertEquals("", EXTRACTOR.extract(""));
    assertTrue(Salient.summarizeHtml("<html><body><nav>Home</nav></body></html>").isEmpty());
  }

  @Test
  void rejectsNullHtml() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> EXTRACTOR.extract(null));
    assertEquals("html", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Salient.summarizeHtml(null));
    assertEquals("html", e.getMessage());
  }

  @Test
  void namesJsoupWhenItIsMissing() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("jsoup")) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      Class<?> extractor = loader.loadClass(HtmlExtractor.class.getName());
      Method extract = extractor.getMethod("extract", String.class);
      Object instance = extractor.getConstructor().newInstance();
      InvocationTargetException e =
          assertThrows(InvocationTargetException.class, () -> extract.invoke(instance, "<p>x</p>"));
      assertTrue(e.getCause() instanceof IllegalStateException, e.getCause()::toString);
      assertTrue(e.getCause().getMessage().contains("org.jsoup:jsoup"), e.getCause().getMessage());
    }
  }
}
