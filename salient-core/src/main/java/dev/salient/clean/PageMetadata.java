package dev.salient.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's title, byline, publication date, site name, language and canonical URL, read from its
 * meta tags, JSON-LD and markup before anything is pruned. Missing values are null.
 */
record PageMetadata(
    String title, String byline, String published, String siteName, String language,
    String canonicalUrl) {

  /** JSON-LD blocks longer than this are not searched (they are data dumps, not metadata). */
  private static final int MAX_JSON_LD = 200_000;
  /** A byline element with more text than this is not a byline. */
  private static final int MAX_BYLINE = 100;

  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,64})\"");
  private static final Pattern LD_AUTHOR_NAME =
      Pattern.compile("\"author\"\\s*:\\s*\\[?\\s*\\{[^{}]{0,2000}?\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,200})\"");
  private static final Pattern LD_AUTHOR_TEXT =
      Pattern.compile("\"author\"\\s*:\\s*\\[?\\s*\"((?:[^\"\\\\]|\\\\.){1,200})\"");
  private static final Pattern LD_PUBLISHER =
      Pattern.compile("\"publisher\"\\s*:\\s*\\{[^{}]{0,2000}?\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,200})\"");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:»·]\\s+");

  static PageMetadata of(Document page) {
    // one walk for the meta tags and JSON-LD scripts, however many keys are looked up
    List<String> jsonLd = new ArrayList<>();
    List<Element> metas = new ArrayList<>();
    Marked marked = new Marked();
    for (Element e : page.getAllElements()) {
      String tag = e.normalName();
      if (marked.heading == null && (tag.equals("h1") || e.attr("itemprop").equals("headline"))) {
        marked.heading = e;
      }
      if (marked.time == null && tag.equals("time") && e.hasAttr("datetime")) {
        marked.time = e;
      }
      if (marked.canonical == null && tag.equals("link") && e.attr("rel").equalsIgnoreCase("canonical")
          && e.hasAttr("href")) {
        marked.canonical = e;
      }
      if (marked.bylines.size() < 8 && (e.attr("rel").equals("author") || e.attr("itemprop").equals("author")
          || e.hasClass("byline") || e.hasClass("author") || e.hasClass("byline-name"))) {
        marked.bylines.add(e);
      }
      if (tag.equals("meta")) {
        metas.add(e);
      } else if (tag.equals("script") && e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
        String data = e.data();
        if (data.length() <= MAX_JSON_LD) {
          jsonLd.add(data);
        }
      }
    }
    return new PageMetadata(
        title(page, metas, marked),
        byline(metas, jsonLd, marked),
        published(metas, jsonLd, marked),
        first(meta(metas, "og:site_name"), jsonLd(jsonLd, LD_PUBLISHER)),
        language(page, metas),
        canonical(metas, marked));
  }

  /** Elements found in the one walk. */
  private static final class Marked {
    Element heading;
    Element time;
    Element canonical;
    final List<Element> bylines = new ArrayList<>();
  }

  private static String title(Document page, List<Element> metas, Marked marked) {
    String og = first(meta(metas, "og:title"), meta(metas, "twitter:title"));
    String titleTag = clean(page.title());
    String h1 = null;
    Element heading = marked.heading;
    if (heading != null) {
      h1 = clean(heading.text());
    }
    // the h1 when the page's own title names it (the title tag often adds the site's name)
    for (String whole : new String[] {og, titleTag}) {
      if (h1 != null && whole != null && whole.toLowerCase(Locale.ROOT).contains(h1.toLowerCase(Locale.ROOT))) {
        return h1;
      }
    }
    if (og != null) {
      return og;
    }
    if (titleTag != null) {
      // "Headline - Site name": keep the headline when it is long enough to be one
      Matcher m = TITLE_SEPARATOR.matcher(titleTag);
      int cut = -1;
      while (m.find()) {
        cut = m.start();
      }
      if (cut > 0 && titleTag.substring(0, cut).split("\\s+").length >= 4) {
        return titleTag.substring(0, cut).strip();
      }
      return titleTag;
    }
    return h1;
  }

  private static String byline(List<Element> metas, List<String> jsonLd, Marked marked) {
    String meta = first(meta(metas, "author"), meta(metas, "article:author"), meta(metas, "parsely-author"),
        meta(metas, "sailthru.author"), meta(metas, "dc.creator"));
    if (meta != null && !meta.startsWith("http")) {
      return meta;
    }
    String ld = first(jsonLd(jsonLd, LD_AUTHOR_NAME), jsonLd(jsonLd, LD_AUTHOR_TEXT));
    if (ld != null && !ld.startsWith("http")) {
      return ld;
    }
    for (Element e : marked.bylines) {
      String text = clean(e.text());
      if (text != null && text.length() <= MAX_BYLINE) {
        return text.replaceFirst("(?i)^(by|par|por|von)\\s+", "").replaceFirst("[\\s,;:|—–-]+$", "");
      }
    }
    return null;
  }

  private static String published(List<Element> metas, List<String> jsonLd, Marked marked) {
    String meta = first(meta(metas, "article:published_time"), meta(metas, "datePublished"),
        meta(metas, "og:published_time"), meta(metas, "publishdate"), meta(metas, "pubdate"),
        meta(metas, "parsely-pub-date"), meta(metas, "sailthru.date"), meta(metas, "dc.date.issued"),
        meta(metas, "date"));
    if (meta != null) {
      return meta;
    }
    String ld = jsonLd(jsonLd, LD_DATE);
    if (ld != null) {
      return ld;
    }
    Element time = marked.time;
    return time == null ? null : clean(time.attr("datetime"));
  }

  private static String language(Document page, List<Element> metas) {
    Element html = page.firstElementChild();
    String lang = html == null ? null : clean(html.attr("lang"));
    if (lang == null) {
      for (Element m : metas) {
        if (lang == null && m.attr("http-equiv").equalsIgnoreCase("content-language")) {
          lang = clean(m.attr("content"));
        }
      }
    }
    return lang == null ? clean(meta(metas, "og:locale")) : lang;
  }

  private static String canonical(List<Element> metas, Marked marked) {
    Element link = marked.canonical;
    String href = link == null ? null : clean(link.attr("href"));
    return href != null ? href : meta(metas, "og:url");
  }

  /** The content of the first meta tag whose property, name or itemprop is {@code key}. */
  private static String meta(List<Element> metas, String key) {
    for (Element m : metas) {
      if (m.attr("property").equalsIgnoreCase(key) || m.attr("name").equalsIgnoreCase(key)
          || m.attr("itemprop").equalsIgnoreCase(key)) {
        String content = clean(m.attr("content"));
        if (content != null) {
          return content;
        }
      }
    }
    return null;
  }

  private static String jsonLd(List<String> blocks, Pattern p) {
    for (String block : blocks) {
      Matcher m = p.matcher(block);
      if (m.find()) {
        String value = clean(unescapeJson(m.group(1)));
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  private static String unescapeJson(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      if (n == 'u' && i + 4 < s.length()) {
        try {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        } catch (NumberFormatException e) {
          out.append(n);
        }
      } else {
        out.append(switch (n) {
          case 'n', 'r', 't' -> ' ';
          default -> n;
        });
      }
    }
    return out.toString();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Whitespace collapsed and stripped; null when blank. */
  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }
}
