package dev.salient.clean;

import dev.salient.Page;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The jsoup side of {@link HtmlExtractor}, in a class of its own so that nothing loads jsoup
 * classes before {@link HtmlExtractor} has checked that jsoup is there. Stateless, thread-safe.
 *
 * <p>The steps, each one walk of the tree (no recursion, no step that re-reads a subtree per
 * ancestor, so time is linear in the page even when it is nested thousands of levels deep):
 *
 * <ol>
 *   <li><b>measure</b>: for every element, bottom up, the visible text length, the text inside
 *       links, and its paragraph text;
 *   <li><b>prune</b>: drop what is never the article (scripts, hidden content, comments, captions,
 *       forms' controls) and page furniture named by its tag, ARIA role or class/id words (whole
 *       words, so "shared" is not "share"), unless the element holds most of the page's text (a
 *       page wrapper that happens to say "header" or "modal");
 *   <li><b>score</b>: each paragraph (a block whose own text is 25 characters or more) adds
 *       1 + commas + length/100 (at most 3) to its parent, half to its grandparent and a sixth
 *       to the next, as Mozilla Readability does; a candidate's score is weighted by its
 *       class/id hints and by one minus its link density;
 *   <li><b>choose</b>: the best candidate (the first in document order on a tie), moved up to
 *       its parent while the parent still scores nearly as well, and joined by the siblings that
 *       score well or read as paragraphs;
 *   <li><b>emit</b>: the blocks of the chosen elements, one per line pair, leaving out link
 *       lists, bylines, share bars and other short furniture inside the article.
 * </ol>
 */
final class JsoupArticleExtractor {
  /** Elements whose content is never article text. */
  private static final Set<String> NEVER_CONTENT =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
          "button", "select", "textarea", "input", "option", "label", "link", "meta", "figure",
          "figcaption", "picture", "video", "audio", "map", "head", "title", "dialog");

  /** Elements that are furniture unless they hold most of the page's text. */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "header", "menu");

  /** Elements that are beside the content, whatever they hold. */
  private static final Set<String> SIDE_TAGS = Set.of("aside");

  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu",
          "menubar", "search", "alert", "toolbar", "tablist");

  /** Class/id words of sections that are never the article, whatever else the element says. */
  private static final Set<String> NEVER_ARTICLE =
      Set.of(
          "comment", "comments", "commentlist", "disqus", "reply", "replies", "respond",
          "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "outbrain",
          "taboola", "recirc", "recirculation", "related", "share", "shares", "sharing",
          "sharebar", "social", "socials", "subscribe", "subscription", "signup", "ad", "ads",
          "advert", "adverts", "advertisement", "advertising", "advertorial", "dfp", "gpt",
          "promo", "promos", "promoted", "sponsor", "sponsored", "breadcrumb", "breadcrumbs",
          "pagination", "pager", "popup", "modal", "toolbar", "tags",
          "skip", "print", "sr", "screenreader", "offscreen", "caption",
          "captions", "credit", "credits", "byline", "bylines", "dateline", "timestamp",
          "author", "authors", "meta", "rating", "ratings", "login", "signin", "paywall",
          "banner", "masthead", "ticker", "teaser", "teasers", "trending", "popular",
          "mostread", "recommended", "recommendation", "recommendations", "readmore",
          "newsfeed", "latest", "slideshow", "gallery", "carousel");

  /** Class/id words of page furniture, overruled by a word that may name the article. */
  private static final Set<String> FURNITURE =
      Set.of(
          "sidebar", "widget", "widgets", "footer", "header", "nav", "navbar", "navigation",
          "menu", "community", "more", "rss", "combx", "shoutbox", "skyscraper", "supplemental",
          "aside", "rail");

  /** Class/id words that may name the article itself ("main-content", "article-body"). */
  private static final Set<String> MAYBE_CONTENT =
      Set.of("article", "body", "content", "main", "story", "entry", "post", "text", "column",
          "blog", "prose", "hentry", "page");

  /** Class/id words that raise or lower a candidate's score (Readability's class weight). */
  private static final Set<String> POSITIVE =
      Set.of("article", "articlebody", "body", "content", "entry", "hentry", "main", "page",
          "post", "text", "blog", "story", "prose", "richtext", "rte");

  private static final Set<String> NEGATIVE =
      Set.of("hidden", "banner", "combx", "comment", "comments", "contact", "footer", "masthead",
          "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
          "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "ad", "ads",
          "caption", "byline", "author", "nav", "menu", "social", "newsletter", "teaser");

  /** Block-level elements: they start a new line of text. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
          "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody",
          "thead", "tfoot", "caption", "address", "form", "fieldset", "hr", "center", "header",
          "footer", "nav", "aside", "body", "html", "details", "summary", "figure", "menu",
          "hgroup", "output", "br");

  /** Lists and boxes that are dropped inside the article when they read as links or furniture. */
  private static final Set<String> CONDITIONAL =
      Set.of("ul", "ol", "dl", "div", "section", "aside", "header", "footer", "form",
          "nav", "center");

  /** Table cells: inside a row, they are separated by a space, not a line. */
  private static final Set<String> CELLS = Set.of("td", "th");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Shortest own text of a paragraph that is scored (Readability's 25). */
  private static final int MIN_PARAGRAPH = 25;
  /** Own text from which a block reads as prose rather than a menu entry or a teaser. */
  private static final int LONG_PARAGRAPH = 80;
  /** An element holding more than this share of the page's prose is not furniture. */
  private static final double WRAPPER_SHARE = 0.5;
  /** A candidate's parent replaces it while it scores at least this share of the best. */
  private static final double PARENT_SHARE = 0.75;

  private JsoupArticleExtractor() {}

  /** Per-element measures, bottom up: text, link text and paragraph counts. */
  private static final class Stats {
    int text; // visible non-space characters
    int links; // of which inside <a>
    int own; // characters whose nearest block is this element
    int ownCommas;
    int paragraphs; // blocks below with own text of MIN_PARAGRAPH or more
    int prose; // characters in blocks below whose own text is LONG_PARAGRAPH or more
    double score;
    boolean candidate;
    int order; // document order
  }

  static Page extract(String html) {
    Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    PageMetadata meta = PageMetadata.of(page);
    Element body = page.body();

    Map<Element, Stats> stats = new IdentityHashMap<>();
    measure(body, stats);
    prune(body, stats, stats.get(body).prose);
    stats.clear();
    measure(body, stats);
    List<Element> chosen = choose(body, stats);

    Emitter out = new Emitter(html);
    String title = meta.title();
    if (title != null) {
      out.appendTitle(title);
    }
    int bodyStart = out.length();
    for (Element e : chosen) {
      out.emit(e, stats, title);
    }
    String text = out.text();
    if (text.startsWith("\n\n", bodyStart)) {
      bodyStart += 2; // the blank line after the title
    }
    return new Page(
        text, Math.min(bodyStart, text.length()), title, meta.byline(), meta.published(),
        meta.siteName(), meta.language(), meta.canonicalUrl(), out.segments());
  }

  // ---- measure -------------------------------------------------------------------------------

  /** Fills {@code stats} for every element under and including {@code root}, in one walk. */
  private static void measure(Element root, Map<Element, Stats> stats) {
    int[] order = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          int inLink;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              Stats s = new Stats();
              s.order = order[0]++;
              stats.put(e, s);
              if (e.normalName().equals("a")) {
                inLink++;
              }
            } else if (node instanceof TextNode t) {
              String text = t.getWholeText();
              int n = 0;
              int commas = 0;
              for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isSpace(c)) {
                  n++;
                  if (c == ',' || c == '，' || c == '、') {
                    commas++;
                  }
                }
              }
              Element block = nearestBlock(t);
              if (block != null) {
                Stats b = stats.get(block);
                if (b != null) {
                  b.own += n;
                  b.ownCommas += commas;
                }
              }
              Element parent = (Element) t.parentNode();
              Stats p = parent == null ? null : stats.get(parent);
              if (p != null) {
                p.text += n;
                if (inLink > 0) {
                  p.links += n;
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              Stats s = stats.get(e);
              if (e.normalName().equals("a")) {
                inLink--;
              }
              if (s.own >= MIN_PARAGRAPH && !e.normalName().equals("a")) {
                s.paragraphs++;
              }
              if (s.own >= LONG_PARAGRAPH && !e.normalName().equals("a")) {
                s.prose += s.own;
              }
              Element parent = e.parent();
              Stats p = parent == null || e == root ? null : stats.get(parent);
              if (p != null) {
                p.text += s.text;
                p.links += s.links;
                p.paragraphs += s.paragraphs;
                p.prose += s.prose;
              }
            }
          }
        },
        root);
  }

  /** The nearest block-level ancestor of a text node (its "paragraph"). */
  private static Element nearestBlock(TextNode t) {
    Node n = t.parentNode();
    // inline nesting is shallow; bounded so that a pathological inline chain stays linear
    for (int hops = 0; n instanceof Element e && hops < 16; hops++) {
      if (BLOCKS.contains(e.normalName())) {
        return e;
      }
      n = e.parentNode();
    }
    return n instanceof Element e ? e : null;
  }

  // ---- prune ---------------------------------------------------------------------------------

  private static void prune(Element body, Map<Element, Stats> stats, int pageProse) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
              comments.add(node);
              return FilterResult.SKIP_ENTIRELY;
            }
            if (!(node instanceof Element e) || node == body) {
              return FilterResult.CONTINUE;
            }
            return isDropped(e, stats.get(e), pageProse) ? FilterResult.REMOVE : FilterResult.CONTINUE;
          }
        },
        body);
    comments.forEach(Node::remove);
  }

  private static boolean isDropped(Element e, Stats s, int pageProse) {
    String tag = e.normalName();
    if (NEVER_CONTENT.contains(tag) || isHidden(e)) {
      return true;
    }
    if (SIDE_TAGS.contains(tag)) {
      return true; // what HTML5 marks as beside the content is never it, however long
    }
    boolean wrapper = s != null && pageProse > 0 && s.prose > WRAPPER_SHARE * pageProse;
    if (wrapper || tag.equals("article") || tag.equals("main") || tag.equals("body")) {
      return false;
    }
    if (FURNITURE_TAGS.contains(tag)
        || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    return isFurniture(e.className() + " " + e.id());
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /**
   * True if the class and id words name a section that is never the article, or page furniture
   * and nothing that may be the article. Words are whole: class and id values are cut at every
   * non-letter and at lower-to-upper case changes ("articleBody" is "article" and "body"), and a
   * word matches a listed word or its plural only.
   */
  static boolean isFurniture(String classAndId) {
    boolean furniture = false;
    boolean maybeContent = false;
    for (String word : words(classAndId)) {
      if (NEVER_ARTICLE.contains(word) || NEVER_ARTICLE.contains(singular(word))) {
        return true;
      }
      furniture |= FURNITURE.contains(word) || FURNITURE.contains(singular(word));
      maybeContent |= MAYBE_CONTENT.contains(word);
    }
    return furniture && !maybeContent;
  }

  /** The lower-case words of class and id values. */
  static List<String> words(String classAndId) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char prev = ' ';
    for (int i = 0; i < classAndId.length(); i++) {
      char c = classAndId.charAt(i);
      boolean letter = Character.isLetterOrDigit(c);
      boolean split = !letter || (Character.isUpperCase(c) && Character.isLowerCase(prev));
      if (split && w.length() > 0) {
        out.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
      if (letter) {
        w.append(c);
      }
      prev = c;
    }
    if (w.length() > 0) {
      out.add(w.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  // ---- score and choose ----------------------------------------------------------------------

  private static int classWeight(Element e) {
    int weight = 0;
    boolean positive = false;
    boolean negative = false;
    for (String word : words(e.className() + " " + e.id())) {
      negative |= NEGATIVE.contains(word);
      positive |= POSITIVE.contains(word);
    }
    if (negative) {
      weight -= 25;
    }
    if (positive) {
      weight += 25;
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      weight += 25;
    }
    return weight;
  }

  private static int tagWeight(String tag) {
    return switch (tag) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote", "section" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
  }

  private static double linkDensity(Stats s) {
    return s.text == 0 ? 0 : (double) s.links / s.text;
  }

  /** The elements whose blocks are the article, in document order (the body when none scores). */
  private static List<Element> choose(Element body, Map<Element, Stats> stats) {
    List<Element> candidates = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (!(node instanceof Element e)) {
            return;
          }
          Stats s = stats.get(e);
          if (s.own < MIN_PARAGRAPH || e.normalName().equals("a") || HEADINGS.contains(e.normalName())) {
            return;
          }
          double score = 1 + s.ownCommas + Math.min(3, s.own / 100);
          Element ancestor = e.normalName().equals("p") || e.normalName().equals("td")
              || e.normalName().equals("pre") ? e.parent() : e;
          if (ancestor == e) {
            // a div or list item with its own text: it scores as its own paragraph's parent
            addScore(e, stats, score, candidates);
            ancestor = e.parent();
            for (int level = 1; level <= 2 && ancestor != null && ancestor != body.parent(); level++) {
              addScore(ancestor, stats, score / (level == 1 ? 2 : 6), candidates);
              ancestor = ancestor.parent();
            }
            return;
          }
          for (int level = 0; level <= 2 && ancestor != null && ancestor != body.parent(); level++) {
            addScore(ancestor, stats, score / (level == 0 ? 1 : level == 1 ? 2 : 6), candidates);
            ancestor = ancestor.parent();
          }
        },
        body);

    Element best = null;
    double bestScore = 0;
    for (Element c : candidates) { // document order of first scoring: deterministic ties
      Stats s = stats.get(c);
      s.score *= 1 - linkDensity(s);
      if (s.score > bestScore) {
        best = c;
        bestScore = s.score;
      }
    }
    if (best == null) {
      return List.of(body);
    }
    // move up while the parent scores nearly as well (the article is split across children)
    Element parent = best.parent();
    while (parent != null && parent != body.parent()) {
      Stats ps = stats.get(parent);
      if (ps == null || !ps.candidate || ps.score < PARENT_SHARE * bestScore) {
        break;
      }
      best = parent;
      parent = parent.parent();
    }
    // an only child stands for its parent
    while (best != body && best.parent() != null && best.parent().childrenSize() == 1
        && best.parent() != body) {
      best = best.parent();
    }
    if (best == body || best.parent() == null) {
      return List.of(best);
    }
    Stats top = stats.get(best);
    double threshold = Math.max(10, top.score * 0.2);
    String bestClass = best.className();
    List<Element> out = new ArrayList<>();
    for (Element sibling : best.parent().children()) {
      if (sibling == best) {
        out.add(sibling);
        continue;
      }
      Stats s = stats.get(sibling);
      double bonus = !bestClass.isEmpty() && sibling.className().equals(bestClass) ? top.score * 0.2 : 0;
      if (s.candidate && s.score + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p") || (s.paragraphs == 1 && s.own == s.text)) {
        double density = linkDensity(s);
        if ((s.text > 80 && density < 0.25) || (s.text > 0 && s.text <= 80 && density == 0
            && endsSentence(sibling.text()))) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".!?\"”'’".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static void addScore(Element e, Map<Element, Stats> stats, double score, List<Element> candidates) {
    Stats s = stats.get(e);
    if (s == null) {
      return;
    }
    if (!s.candidate) {
      s.candidate = true;
      s.score = tagWeight(e.normalName()) + classWeight(e);
      candidates.add(e);
    }
    s.score += score;
  }

  // ---- emit ----------------------------------------------------------------------------------

  /** Writes blocks of text with the segments that map them back to the HTML. */
  private static final class Emitter {
    private final String html;
    private final StringBuilder text = new StringBuilder();
    private final List<Page.Segment> segments = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private final List<int[]> blockSegments = new ArrayList<>(); // start, end, sourceStart, sourceEnd
    private String title;

    Emitter(String html) {
      this.html = html;
    }

    int length() {
      return text.length();
    }

    void appendTitle(String t) {
      title = t;
      text.append(t);
    }

    String text() {
      return text.toString();
    }

    List<Page.Segment> segments() {
      return segments;
    }

    /** Emits the blocks of {@code root}, skipping link lists and short furniture. */
    void emit(Element root, Map<Element, Stats> stats, String pageTitle) {
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof TextNode t) {
                appendText(t);
                return FilterResult.CONTINUE;
              }
              if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
              }
              String tag = e.normalName();
              if (tag.equals("br")) {
                appendBreak();
                return FilterResult.CONTINUE;
              }
              if (CELLS.contains(tag)) {
                appendSpace(); // a table row is one line, its cells separated by spaces
                return FilterResult.CONTINUE;
              }
              if (BLOCKS.contains(tag)) {
                flush();
                if (e != root && isSkipped(e, stats.get(e))) {
                  return FilterResult.SKIP_ENTIRELY;
                }
                if (HEADINGS.contains(tag) && pageTitle != null
                    && sameText(e.text(), pageTitle)) {
                  return FilterResult.SKIP_ENTIRELY; // the title is already first
                }
              }
              return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              if (node instanceof Element e && CELLS.contains(e.normalName())) {
                appendSpace();
              } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
              }
              return FilterResult.CONTINUE;
            }
          },
          root);
      flush();
    }

    private boolean isSkipped(Element e, Stats s) {
      if (s == null) {
        return false;
      }
      String tag = e.normalName();
      double density = linkDensity(s);
      if (tag.equals("tr") || tag.equals("tbody") || tag.equals("thead") || tag.equals("table")) {
        return false; // a table's rows are data (names that link to their pages), not link lists
      }
      // a link list, a "read more" line; a paragraph keeps sentences with many links in them
      if (s.text > 0 && density > (tag.equals("p") ? 0.8 : 0.5) && !HEADINGS.contains(tag)) {
        return true;
      }
      if (CONDITIONAL.contains(tag) && s.ownCommas < 10) {
        int weight = classWeight(e);
        if (weight < 0 && s.paragraphs < 3) {
          return true;
        }
        if (density > 0.2 && weight < 25 && s.paragraphs < 2) {
          return true;
        }
      }
      return false;
    }

    private void appendSpace() {
      if (block.length() > 0 && !isSpace(block.charAt(block.length() - 1))) {
        block.append(' ');
      }
    }

    private void appendBreak() {
      if (block.length() > 0 && block.charAt(block.length() - 1) != '\n') {
        trimTrailingSpace();
        block.append('\n');
      }
    }

    /** Appends a text node, whitespace collapsed, recording which characters came from where. */
    private void appendText(TextNode t) {
      String s = t.getWholeText();
      Range range = t.sourceRange();
      int srcStart = range.isTracked() ? range.startPos() : -1;
      int srcEnd = range.isTracked() ? range.endPos() : -1;
      String raw = srcStart >= 0 && srcEnd <= html.length() && srcStart <= srcEnd
          ? html.substring(srcStart, srcEnd) : null;
      int r = 0; // position in raw
      int runStart = -1; // block offset where the current verbatim run started
      int runSource = -1;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (isSpace(c)) {
          // collapse a run of spaces into one
          int j = i;
          while (j + 1 < s.length() && isSpace(s.charAt(j + 1))) {
            j++;
          }
          boolean write = block.length() > 0 && !isSpace(block.charAt(block.length() - 1));
          int rawFrom = r;
          if (raw != null) {
            while (r < raw.length()) {
              if (isSpace(raw.charAt(r))) {
                r++;
              } else if (raw.charAt(r) == '&') {
                int end = entityEnd(raw, r);
                String decoded = Parser.unescapeEntities(raw.substring(r, end), false);
                if (decoded.isEmpty() || !decoded.chars().allMatch(ch -> isSpace((char) ch))) {
                  break;
                }
                r = end;
              } else {
                break;
              }
            }
          }
          if (write) {
            if (raw != null && j == i && r - rawFrom == 1 && raw.charAt(rawFrom) == ' ' && c == ' ') {
              if (runStart < 0) {
                runStart = block.length();
                runSource = srcStart + rawFrom;
              }
              block.append(' ');
            } else {
              closeRun(runStart, runSource);
              runStart = -1;
              int at = block.length();
              block.append(' ');
              if (raw != null) {
                blockSegments.add(new int[] {at, at + 1, srcStart + rawFrom, srcStart + r});
              }
            }
          }
          i = j;
          continue;
        }
        int entity = raw != null && r < raw.length() && raw.charAt(r) == '&' ? entityEnd(raw, r) : -1;
        if (entity > r + 1 && Parser.unescapeEntities(raw.substring(r, entity), false)
            .equals(raw.substring(r, entity))) {
          entity = -1; // "&" followed by letters that name no entity: literal text
        }
        if (entity < 0 && raw != null && r < raw.length() && raw.charAt(r) == c) {
          if (runStart < 0) {
            runStart = block.length();
            runSource = srcStart + r;
          }
          block.append(c);
          r++;
        } else if (entity > 0) {
          // an entity: the characters it decodes to map to it as a whole
          closeRun(runStart, runSource);
          runStart = -1;
          int end = entity;
          String decoded = Parser.unescapeEntities(raw.substring(r, end), false);
          int at = block.length();
          int k = 0;
          while (k < decoded.length() && i + k < s.length() && s.charAt(i + k) == decoded.charAt(k)) {
            k++;
          }
          k = Math.max(1, k);
          for (int q = 0; q < k; q++) {
            char d = s.charAt(i + q);
            block.append(isSpace(d) ? ' ' : d);
          }
          blockSegments.add(new int[] {at, at + k, srcStart + r, srcStart + end});
          i += k - 1;
          r = end;
        } else {
          // lost alignment (e.g. a normalized line end): the rest maps to the rest of the node
          closeRun(runStart, runSource);
          runStart = -1;
          int at = block.length();
          block.append(c);
          if (raw != null && r < raw.length()) {
            blockSegments.add(new int[] {at, at + 1, srcStart + r, srcEnd});
            raw = null;
          }
        }
      }
      closeRun(runStart, runSource);
    }

    private void closeRun(int runStart, int runSource) {
      if (runStart >= 0 && block.length() > runStart) {
        blockSegments.add(new int[] {runStart, block.length(), runSource, runSource + block.length() - runStart, 1});
      }
    }

    private void trimTrailingSpace() {
      while (block.length() > 0 && isSpace(block.charAt(block.length() - 1))) {
        block.setLength(block.length() - 1);
      }
    }

    /** Ends the current block: writes it after a blank line, with its segments shifted. */
    private void flush() {
      trimTrailingSpace();
      int len = block.length();
      if (len > 0 && !(title != null && text.length() == title.length() && sameText(block.toString(), title))) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        int base = text.length();
        text.append(block);
        for (int[] s : blockSegments) {
          int start = Math.min(s[0], len);
          int end = Math.min(s[1], len);
          if (start < end) {
            boolean verbatim = s.length > 4 && s[4] == 1;
            segments.add(verbatim
                ? new Page.Segment(base + start, base + end, s[2] + start - s[0], s[2] + end - s[0], true)
                : new Page.Segment(base + start, base + end, s[2], s[3], false));
          }
        }
      }
      block.setLength(0);
      blockSegments.clear();
    }
  }

  private static int entityEnd(String raw, int amp) {
    int limit = Math.min(raw.length(), amp + 33);
    for (int j = amp + 1; j < limit; j++) {
      char c = raw.charAt(j);
      if (c == ';') {
        return j + 1;
      }
      if (!Character.isLetterOrDigit(c) && c != '#') {
        return j;
      }
    }
    return limit;
  }

  private static boolean sameText(String a, String b) {
    return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0'
        || Character.isWhitespace(c);
  }
}
