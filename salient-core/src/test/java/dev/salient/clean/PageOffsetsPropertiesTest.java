package dev.salient.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The map from extracted text back to the HTML: every segment is what the HTML says there, and
 * any span of words maps to HTML whose text is those words.
 */
class PageOffsetsPropertiesTest {
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> word = Arbitraries.of(
        "tram", "council", "Zürich", "vote", "line", "&amp;", "&eacute;t&eacute;", "&#x2014;", "&nbsp;",
        "<b>bold</b>", "<a href=\"/x\">linked</a>", "<em>very</em>", "north", "2029,", "said.",
        "  \n  ", "\t", "O&#39;Brien", "<span class=\"x\">inline</span>", "&copy;");
    Arbitrary<String> paragraph = word.list().ofMinSize(8).ofMaxSize(40)
        .map(ws -> "<p>" + String.join(" ", ws) + " and the council said so.</p>");
    return paragraph.list().ofMinSize(1).ofMaxSize(8).map(ps ->
        "<html><head><title>A page</title></head><body><div class=story>"
            + String.join("\n", ps) + "</div></body></html>");
  }

  @Property(tries = 200)
  void segmentsHoldWhatTheHtmlSays(@ForAll("pages") String html) {
    assertSegmentsMatch(html, EXTRACTOR.page(html));
  }

  @Property(tries = 200)
  void wordSpansMapToHtmlWithTheSameWords(@ForAll("pages") String html) {
    Page page = EXTRACTOR.page(html);
    String body = page.text();
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(body);
    while (m.find()) {
      if (m.start() >= page.bodyStart()) {
        words.add(new int[] {m.start(), m.end()});
      }
    }
    for (int i = 0; i < words.size(); i += 7) {
      int j = Math.min(words.size() - 1, i + 5);
      int s = words.get(i)[0];
      int e = words.get(j)[1];
      String fromHtml = html.substring(page.sourceStart(s), page.sourceEnd(e));
      assertEquals(tokens(body.substring(s, e)), tokens(Jsoup.parseBodyFragment(fromHtml).text()),
          "text [" + s + ", " + e + ") from html: " + fromHtml);
    }
  }

  static void assertSegmentsMatch(String html, Page page) {
    String text = page.text();
    for (Page.Segment seg : page.segments()) {
      String piece = text.substring(seg.start(), seg.end());
      String source = html.substring(seg.sourceStart(), seg.sourceEnd());
      if (seg.verbatim()) {
        assertEquals(source, piece, seg.toString());
      } else {
        String decoded = Parser.unescapeEntities(source, false).replaceAll("\\s+", " ");
        assertTrue(decoded.equals(piece) || decoded.contains(piece.strip()),
            seg + ": text '" + piece + "' from html '" + source + "'");
      }
    }
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void segmentsHoldWhatTheDevPagesSay() throws IOException {
    Path dir = Path.of("../shared/eval/html/zyte-dev");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "no dev pages");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().limit(40).toList()) {
        String html = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        assertSegmentsMatch(html, EXTRACTOR.page(html));
      }
    }
  }
}
