package dev.salient.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Page;
import dev.salient.Salient;
import dev.salient.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Article extraction on small pages written for the purpose, one behaviour each. */
class ArticleExtractionTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  private static final String[] PARAGRAPHS = {
    "The city council voted on Tuesday to extend the tram line to the northern suburbs, a plan that has divided residents for a decade.",
    "Supporters said the extension would cut commuting times by half, while opponents warned that the cost, put at 400 million euros, was too high.",
    "Construction is due to start next spring and to last three years, the council said, with the first trams running in 2029.",
    "The mayor, who campaigned on the project, called the vote a turning point for the region and thanked the residents who had waited so long.",
  };

  private static String paragraphs(int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      out.append("<p>").append(PARAGRAPHS[i]).append("</p>\n");
    }
    return out.toString();
  }

  private static String page(String body) {
    return "<html lang=\"en\"><head><title>Council extends tram line - Daily Example</title></head><body>"
        + "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>"
        + body
        + "<footer><p>Copyright Daily Example, all rights reserved, since the year nineteen hundred.</p></footer>"
        + "</body></html>";
  }

  private static void assertHasArticle(String body) {
    for (String p : PARAGRAPHS) {
      assertTrue(body.contains(p), "missing: " + p + "\nin: " + body);
    }
  }

  @Test
  void keepsTheArticleWhenItsWrapperHasFurnitureWords() {
    // class words that name furniture on a block that holds the article ("ad" in "non-ad-column")
    for (String cls : List.of("non-ad-column", "sidebar article-body", "widget", "header-wrap modal-open")) {
      Page page = EXTRACTOR.page(page("<div class=\"" + cls + "\">" + paragraphs(0, 4) + "</div>"
          + "<div class=\"sidebar\"><p>Most read: ten things you never knew about trams, and more.</p></div>"));
      assertHasArticle(page.body());
      assertFalse(page.body().contains("Most read"), cls + ": " + page.body());
    }
  }

  @Test
  void matchesClassWordsWholeNotAsPrefixes() {
    assertTrue(JsoupArticleExtractor.isFurniture("share-bar"));
    assertTrue(JsoupArticleExtractor.isFurniture("comments"));
    assertFalse(JsoupArticleExtractor.isFurniture("shared-story"));
    assertFalse(JsoupArticleExtractor.isFurniture("PageBuilder"));
    assertFalse(JsoupArticleExtractor.isFurniture("adventure"));
    assertTrue(JsoupArticleExtractor.isFurniture("relatedStories"));
    assertFalse(JsoupArticleExtractor.isFurniture("sidebar main-content"));
  }

  @Test
  void keepsAnArticleInsideAForm() {
    Page page = EXTRACTOR.page(page("<form id=aspnetForm><div class=story>" + paragraphs(0, 4) + "</div></form>"));
    assertHasArticle(page.body());
  }

  @Test
  void joinsAnArticleSplitAcrossSiblingBlocks() {
    Page page = EXTRACTOR.page(page("<div><div class=part>" + paragraphs(0, 2) + "</div>"
        + "<div class=\"inline-ad\"><p>Advertisement</p></div>"
        + "<div class=part>" + paragraphs(2, 4) + "</div></div>"));
    assertHasArticle(page.body());
    assertFalse(page.body().contains("Advertisement"), page.body());
  }

  @Test
  void readsParagraphsWrittenAsDivsAndBreaks() {
    StringBuilder body = new StringBuilder("<div id=text>");
    for (String p : PARAGRAPHS) {
      body.append(p).append("<br><br>");
    }
    Page page = EXTRACTOR.page(page(body + "</div>"));
    assertHasArticle(page.body());
  }

  @Test
  void dropsCaptionsHiddenTextCommentsAndShareBars() {
    Page page = EXTRACTOR.page(page("<article>"
        + "<div class=share-tools><a href=#>Share on Facebook</a> <a href=#>Tweet this</a></div>"
        + paragraphs(0, 2)
        + "<figure><img src=x.jpg><figcaption>The new tram, seen from the station on Monday morning.</figcaption></figure>"
        + "<div style=\"display: none\">Sign up for our daily newsletter to get the news in your inbox.</div>"
        + "<!-- an HTML comment with enough words to be a paragraph if it were text -->"
        + paragraphs(2, 4)
        + "</article>"
        + "<section id=comments><p>Great news, I have waited for this tram for years and years!</p></section>"));
    assertHasArticle(page.body());
    for (String junk : List.of("Share on", "tram, seen", "newsletter", "HTML comment", "waited for this")) {
      assertFalse(page.body().contains(junk), junk + ": " + page.body());
    }
  }

  @Test
  void readsMetadataFromMetaTagsJsonLdAndMarkup() {
    String html = "<html lang=\"de-CH\"><head><title>Tram line extended | Daily Example</title>"
        + "<meta property=\"og:site_name\" content=\"Daily Example\">"
        + "<link rel=\"canonical\" href=\"https://example.org/tram\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-03-04T05:06:07Z\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Anna M\\u00fcller\"}]}</script>"
        + "</head><body><article><h1>Tram line extended</h1>" + paragraphs(0, 4) + "</article></body></html>";
    Page page = EXTRACTOR.page(html);
    assertEquals("Tram line extended", page.title());
    assertEquals("Anna Müller", page.byline());
    assertEquals("2026-03-04T05:06:07Z", page.published());
    assertEquals("Daily Example", page.siteName());
    assertEquals("de-CH", page.language());
    assertEquals("https://example.org/tram", page.canonicalUrl());
    assertTrue(page.text().startsWith("Tram line extended\n\n" + PARAGRAPHS[0]), page.text());
    assertEquals(PARAGRAPHS[0], page.body().substring(0, PARAGRAPHS[0].length()));
  }

  @Test
  void readsMetaTagsAndTimeElements() {
    String html = "<html><head><meta property=\"og:title\" content=\"Council extends tram line\">"
        + "<meta name=\"author\" content=\"Jo Smith\"></head><body><article>"
        + "<time datetime=\"2025-12-31\">Yesterday</time>" + paragraphs(0, 4) + "</article></body></html>";
    Page page = EXTRACTOR.page(html);
    assertEquals("Council extends tram line", page.title());
    assertEquals("Jo Smith", page.byline());
    assertEquals("2025-12-31", page.published());
    assertNull(page.siteName());
    assertNull(page.language());
  }

  @Test
  void anEmptyPageGivesAnEmptyPage() {
    Page page = EXTRACTOR.page("");
    assertEquals("", page.text());
    assertEquals(0, page.sourceStart(0));
    assertEquals(0, page.sourceEnd(0));
  }

  @Test
  void tiesBetweenEquallyScoredContainersGoToTheFirstOnEveryThread() throws Exception {
    // two boxes with the same scores in different subtrees: the result must not depend on hashing
    String a = "<div class=x><div>" + paragraphs(0, 2) + "</div></div>";
    String b = "<div class=y><div>" + paragraphs(0, 2).replace("council", "cabinet") + "</div></div>";
    String html = page("<table><tr><td>" + a + "</td><td><ul><li>menu</li></ul></td></tr></table>"
        + "<table><tr><td>" + b + "</td><td><ul><li>menu</li></ul></td></tr></table>");
    String expected = EXTRACTOR.extract(html);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        runs.add(pool.submit(() -> EXTRACTOR.extract(html)));
      }
      for (Future<String> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(expected.contains("The city council voted"), expected);
  }

  @Test
  void summarizeHtmlCarriesThePageAndMapsSentencesIntoTheHtml() {
    String html = page("<article><h1>Council extends tram line</h1>" + paragraphs(0, 4) + "</article>");
    Summary summary = Salient.summarizeHtml(html);
    Page page = summary.page().orElseThrow();
    assertEquals(page.text(), summary.source());
    assertFalse(summary.isEmpty());
    summary.sentences().forEach(s -> {
      String fromHtml = html.substring(page.sourceStart(s.start()), page.sourceEnd(s.end()));
      assertEquals(summary.source().substring(s.start(), s.end()), fromHtml);
    });
  }
}
