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
    List<String> jsonLd = new ArrayList<>();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data();
      if (data.length() <= MAX_JSON_LD) {
        jsonLd.add(data);
      }
    }
    return new PageMetadata(
        title(page),
        byline(page, jsonLd),
        published(page, jsonLd),
        first(meta(page, "og:site_name"), jsonLd(jsonLd, LD_PUBLISHER)),
        language(page),
        canonical(page));
  }

  private static String title(Document page) {
    String og = first(meta(page, "og:title"), meta(page, "twitter:title"));
    String titleTag = clean(page.title());
    String h1 = null;
    Element heading = page.selectFirst("article h1, main h1, [itemprop=headline], h1");
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

  private static String byline(Document page, List<String> jsonLd) {
    String meta = first(meta(page, "author"), meta(page, "article:author"), meta(page, "parsely-author"),
        meta(page, "sailthru.author"), meta(page, "dc.creator"));
    if (meta != null && !meta.startsWith("http")) {
      return meta;
    }
    String ld = first(jsonLd(jsonLd, LD_AUTHOR_NAME), jsonLd(jsonLd, LD_AUTHOR_TEXT));
    if (ld != null && !ld.startsWith("http")) {
      return ld;
    }
    for (Element e : page.select("[rel=author], [itemprop=author], .byline, .author, .byline-name")) {
      String text = clean(e.text());
      if (text != null && text.length() <= MAX_BYLINE) {
        return text.replaceFirst("(?i)^(by|par|por|von)\\s+", "").replaceFirst("[\\s,;:|—–-]+$", "");
      }
    }
    return null;
  }

  private static String published(Document page, List<String> jsonLd) {
    String meta = first(meta(page, "article:published_time"), meta(page, "datePublished"),
        meta(page, "og:published_time"), meta(page, "publishdate"), meta(page, "pubdate"),
        meta(page, "parsely-pub-date"), meta(page, "sailthru.date"), meta(page, "dc.date.issued"),
        meta(page, "date"));
    if (meta != null) {
      return meta;
    }
    String ld = jsonLd(jsonLd, LD_DATE);
    if (ld != null) {
      return ld;
    }
    Element time = page.selectFirst("time[datetime]");
    return time == null ? null : clean(time.attr("datetime"));
  }

  private static String language(Document page) {
    Element html = page.selectFirst("html");
    String lang = html == null ? null : clean(html.attr("lang"));
    if (lang == null) {
      Element meta = page.selectFirst("meta[http-equiv~=(?i)content-language]");
      lang = meta == null ? null : clean(meta.attr("content"));
    }
    return lang == null ? clean(meta(page, "og:locale")) : lang;
  }

  private static String canonical(Document page) {
    Element link = page.selectFirst("link[rel=canonical][href]");
    String href = link == null ? null : clean(link.attr("href"));
    return href != null ? href : meta(page, "og:url");
  }

  /** The content of the first meta tag whose property, name or itemprop is {@code key}. */
  private static String meta(Document page, String key) {
    for (Element m : page.getElementsByTag("meta")) {
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
