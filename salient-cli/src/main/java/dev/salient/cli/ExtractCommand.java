package dev.salient.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salient.Page;
import dev.salient.Salient;
import dev.salient.Summarizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code salient extract PAGE.html}: prints the text Salient extracts from a web page (what
 * {@code summarize --html} summarizes), or with {@code --format json} that text with the page's
 * metadata and the text-to-HTML segments.
 *
 * <pre>{@code
 * salient extract page.html
 * salient extract --format json page.html | jq .title
 * curl -s https://example.org/story | salient extract -
 * }</pre>
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print the article text extracted from a web page (what 'summarize --html' summarizes).",
      "With --format json: the text, title, byline, published date, site name, language,",
      "canonical URL, where the body starts, and segments [start, end, htmlStart, htmlEnd]."
    })
final class ExtractCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  @Parameters(index = "0", paramLabel = "PAGE", description = "An HTML file, or - for standard input.")
  String page;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json.")
  String format;

  ExtractCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      err.println("salient: --format must be text or json: " + format);
      return Main.USAGE;
    }
    String html;
    try {
      html = read();
    } catch (IOException | IllegalArgumentException e) {
      err.println("salient: " + page + ": " + e.getMessage());
      return Main.INPUT_FAILED;
    }
    Page extracted = Salient.extract(html);
    if (format.equals("text")) {
      out.println(extracted.text());
    } else {
      out.println(json(extracted));
    }
    out.flush();
    return Main.OK;
  }

  private String read() throws IOException {
    byte[] bytes;
    if (page.equals("-")) {
      bytes = in.readNBytes(Summarizer.DEFAULT_MAX_INPUT_CHARS * 4 + 1);
    } else {
      Path path = Path.of(page);
      if (!Files.isRegularFile(path)) {
        throw new IOException("not a regular file");
      }
      try (InputStream file = Files.newInputStream(path)) {
        bytes = file.readNBytes(Summarizer.DEFAULT_MAX_INPUT_CHARS * 4 + 1);
      }
    }
    String html = new String(bytes, StandardCharsets.UTF_8);
    if (bytes.length > Summarizer.DEFAULT_MAX_INPUT_CHARS * 4 || html.length() > Summarizer.DEFAULT_MAX_INPUT_CHARS) {
      throw new IllegalArgumentException("the page is longer than "
          + Summarizer.DEFAULT_MAX_INPUT_CHARS + " characters");
    }
    return html;
  }

  /** The page as one JSON object. */
  static String json(Page p) {
    ObjectNode node = JSON.createObjectNode();
    node.put("title", p.title());
    node.put("byline", p.byline());
    node.put("published", p.published());
    node.put("siteName", p.siteName());
    node.put("language", p.language());
    node.put("canonicalUrl", p.canonicalUrl());
    node.put("bodyStart", p.bodyStart());
    node.put("text", p.text());
    var segments = node.putArray("segments");
    for (Page.Segment s : p.segments()) {
      segments.addArray().add(s.start()).add(s.end()).add(s.sourceStart()).add(s.sourceEnd());
    }
    return node.toString();
  }
}
