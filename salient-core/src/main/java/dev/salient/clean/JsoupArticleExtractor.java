package dev.salient.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The jsoup side of {@link HtmlExtractor}, in a class of its own so that nothing loads jsoup
 * classes before {@link HtmlExtractor} has checked that jsoup is there. Stateless, thread-safe.
 */
final class JsoupArticleExtractor {
  /** Elements that are never article text. */
  private static final Set<String> NEVER_CONTENT =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
          "form", "button", "select", "textarea", "input", "nav", "aside", "footer", "header",
          "dialog", "menu", "figure", "link", "meta");

  private static final Set<String> NEVER_CONTENT_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu",
          "menubar", "search");

  /** Class and id words of sections that are never the article, even in an article's box. */
  private static final List<String> NEVER_ARTICLE =
      List.of(
          "comment", "consent", "cookie", "disqus", "gdpr", "newsletter", "outbrain", "recirc",
          "related", "replies", "share", "sharing", "sidebar", "social", "subscribe", "taboola");

  /** Class and id words of page furniture (readability's "unlikely candidates", and more). */
  private static final List<String> FURNITURE =
      List.of(
          "ad", "ads", "advert", "banner", "breadcrumb", "byline", "community", "footer", "header",
          "masthead", "menu", "modal", "more", "nav", "pager", "pagination", "popular", "popup",
          "promo", "recommend", "remark", "rss", "signup", "skip", "sponsor", "tags", "toolbar",
          "trending", "widget");

  /** Class and id words that may name the article itself ("main-content", "article-body"). */
  private static final List<String> MAYBE_CONTENT = List.of("article", "body", "content", "main");

  /** The blocks of article text. */
  private static final Set<String> BLOCKS =
      Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "td");

  /** Elements whose own text, outside any block, counts as a paragraph. */
  private static final Set<String> LOOSE_TEXT_PARENTS = Set.of("div", "section", "article", "main");

  private static final int MIN_PARAGRAPH = 25;

  private JsoupArticleExtractor() {}

  static String extract(String html) {
    Document page = Jsoup.parse(html);
    String title = title(page);
    Element body = page.body();
    NodeTraversor.filter(new FurnitureFilter(), body);
    Element container = container(body);
    List<String> blocks = blocks(container == null ? body : container);

    StringBuilder out = new StringBuilder();
    if (!title.isEmpty()) {
      out.append(title);
    }
    for (String block : blocks) {
      if (block.equals(title)) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(block);
    }
    return out.toString();
  }

  /** The page's title: the article's h1, else og:title, else the first h1, else the title element. */
  private static String title(Document page) {
    for (String query : List.of("article h1, main h1", "meta[property=og:title]", "h1")) {
      Element e = page.selectFirst(query);
      String text = e == null ? "" : e.hasAttr("content") ? e.attr("content") : e.text();
      if (!text.isBlank()) {
        return text.strip();
      }
    }
    return page.title().strip();
  }

  /** Removes elements that are never article text, in one walk. */
  private static final class FurnitureFilter implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element element) || depth == 0) {
        return FilterResult.CONTINUE;
      }
      String tag = element.normalName();
      if (tag.equals("article") || tag.equals("main")) {
        return FilterResult.CONTINUE;
      }
      if (NEVER_CONTENT.contains(tag)
          || NEVER_CONTENT_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
          || element.attr("aria-hidden").equals("true")
          || element.hasAttr("hidden")
          || isFurniture(element.className() + " " + element.id())) {
        return FilterResult.REMOVE;
      }
      return FilterResult.CONTINUE;
    }
  }

  /**
   * True if the class and id words name a section that is never the article, or page furniture
   * and nothing that may be the article.
   */
  static boolean isFurniture(String classAndId) {
    boolean furniture = false;
    boolean maybeContent = false;
    for (String word : classAndId.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (startsWithAny(word, NEVER_ARTICLE)) {
        return true;
      }
      furniture |= startsWithAny(word, FURNITURE);
      maybeContent |= startsWithAny(word, MAYBE_CONTENT);
    }
    return furniture && !maybeContent;
  }

  /** True if {@code word} is a short word of {@code words}, or starts with a longer one. */
  private static boolean startsWithAny(String word, List<String> words) {
    for (String w : words) {
      if (w.length() <= 3 ? word.equals(w) : word.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** The element holding the most paragraph text, scored as readability does; null if none. */
  private static Element container(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, blockquote")) {
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + count(text, ',') + Math.min(3, text.length() / 100);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  /** The text blocks of {@code root}, outermost first, skipping link lists and short fragments. */
  private static List<String> blocks(Element root) {
    List<String> out = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          int inside;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              if (inside == 0) {
                String text = e.text().strip();
                if (!text.isEmpty() && linkShare(e, text.length()) <= 0.5) {
                  out.add(text);
                }
              }
              inside++;
            } else if (inside == 0 && node instanceof TextNode t && isLooseText(t)) {
              // text directly in a div, without paragraph markup
              out.add(t.text().strip());
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              inside--;
            }
          }
        },
        root);
    return out;
  }

  private static boolean isLooseText(TextNode t) {
    Node parent = t.parentNode();
    return t.text().strip().length() >= MIN_PARAGRAPH
        && parent instanceof Element element
        && LOOSE_TEXT_PARENTS.contains(element.normalName());
  }

  /** The share of the block's text inside links. */
  private static double linkShare(Element block, int textLength) {
    int linked = 0;
    for (Element a : block.select("a")) {
      linked += a.text().length();
    }
    return textLength == 0 ? 0 : (double) linked / textLength;
  }

  private static int count(String s, char c) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }
}
