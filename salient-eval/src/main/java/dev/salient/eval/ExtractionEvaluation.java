package dev.salient.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salient.Salient;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Article-extraction quality as the Zyte article-extraction benchmark measures it (its
 * {@code evaluate.py}): the text is cut into {@code \w+} tokens, tokens into 4-token shingles; per
 * page, true positives, false positives and false negatives are clipped shingle counts; precision
 * and recall are averaged over pages (a page with no predicted shingles is left out of the
 * precision average, one with no true shingles out of the recall average) and F1 is computed from
 * the two averages.
 *
 * <pre>{@code
 * List<ExtractionEvaluation.Page> pages = ExtractionEvaluation.zytePages(Path.of("../shared/eval/html/zyte-dev"));
 * ExtractionEvaluation.Result r = ExtractionEvaluation.evaluate(pages, html -> Salient.extractText(html));
 * System.out.println(r.f1());
 * }</pre>
 *
 * <p>Command line: {@code ExtractionEvaluation zyte DIR}, {@code ExtractionEvaluation readability DIR}
 * (Salient's extraction of each set), or {@code ExtractionEvaluation score GROUND_TRUTH.json
 * OUTPUT.json} (a benchmark output file, to check the metric against its published figure).
 * Stateless and thread-safe.
 */
public final class ExtractionEvaluation {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionEvaluation() {}

  /** One page: its id, HTML and reference article text. */
  public record Page(String id, String html, String reference) {
    public Page {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(reference, "reference");
    }
  }

  /** One page's shingle counts: true positives, false positives, false negatives. */
  public record Counts(String id, int truePositives, int falsePositives, int falseNegatives) {
    /** Precision as {@code evaluate.py} defines it (1 when nothing is wrong or missing). */
    public double precision() {
      if (falsePositives == 0 && falseNegatives == 0) {
        return 1;
      }
      return truePositives + falsePositives == 0
          ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    /** Recall as {@code evaluate.py} defines it. */
    public double recall() {
      if (falsePositives == 0 && falseNegatives == 0) {
        return 1;
      }
      return truePositives + falseNegatives == 0
          ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    /** This page's own F1. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The averages over a set of pages, and each page's counts. */
  public record Result(double precision, double recall, double f1, List<Counts> pages) {
    public Result {
      pages = List.copyOf(pages);
    }

    /** The averages over the pages at {@code indices} (for cross-validation and bootstrap). */
    public static Result of(List<Counts> pages) {
      double p = 0;
      double r = 0;
      int np = 0;
      int nr = 0;
      for (Counts c : pages) {
        if (c.truePositives() + c.falsePositives() > 0) {
          p += c.precision();
          np++;
        }
        if (c.truePositives() + c.falseNegatives() > 0) {
          r += c.recall();
          nr++;
        }
      }
      p = np == 0 ? 0 : p / np;
      r = nr == 0 ? 0 : r / nr;
      return new Result(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), pages);
    }
  }

  /** The {@code \w+} tokens of {@code text}. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Shingle counts: every run of 4 tokens, or the whole text when it has fewer (none if empty). */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
      if (!shingle.isEmpty()) {
        out.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return out;
  }

  /** The shingle counts of {@code predicted} against {@code truth}. */
  public static Counts compare(String id, String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), pc);
      fn += Math.max(0, e.getValue() - pc);
    }
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    return new Counts(id, tp, fp, fn);
  }

  /** Runs {@code extractor} on every page and scores it. */
  public static Result evaluate(List<Page> pages, Function<String, String> extractor) {
    List<Counts> counts = new ArrayList<>(pages.size());
    for (Page page : pages) {
      counts.add(compare(page.id(), page.reference(), extractor.apply(page.html())));
    }
    return Result.of(counts);
  }

  /**
   * The pages of a Zyte-benchmark folder: {@code ground-truth.json} and {@code <id>.html}, in id
   * order.
   */
  public static List<Page> zytePages(Path dir) {
    JsonNode truth = readJson(dir.resolve("ground-truth.json"));
    TreeMap<String, String> bodies = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      bodies.put(e.getKey(), e.getValue().path("articleBody").asText(""));
    }
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, String> e : bodies.entrySet()) {
      Path html = dir.resolve(e.getKey() + ".html");
      if (Files.exists(html)) {
        pages.add(new Page(e.getKey(), read(html), e.getValue()));
      }
    }
    return pages;
  }

  /**
   * The pages of a Mozilla Readability test folder: per sub-folder {@code source.html}, with the
   * text of {@code expected.html} as the reference, in folder-name order.
   */
  public static List<Page> readabilityPages(Path dir) {
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path folder : folders.sorted().toList()) {
        Path source = folder.resolve("source.html");
        Path expected = folder.resolve("expected.html");
        if (Files.isRegularFile(source) && Files.isRegularFile(expected)) {
          pages.add(new Page(folder.getFileName().toString(), read(source), htmlText(read(expected))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /** The text of an HTML fragment, block by block (tags stripped). */
  static String htmlText(String html) {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
    return doc.body().wholeText();
  }

  /** The reference bodies and another extractor's bodies from benchmark JSON files, scored. */
  public static Result scoreOutput(Path groundTruth, Path output) {
    JsonNode truth = readJson(groundTruth);
    JsonNode predicted = readJson(output);
    if (predicted.has("output") && predicted.has("version")) {
      predicted = predicted.get("output");
    }
    TreeMap<String, Counts> counts = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String body = e.getValue().path("articleBody").asText("");
      String pred = predicted.path(e.getKey()).path("articleBody").asText("");
      counts.put(e.getKey(), compare(e.getKey(), body, pred));
    }
    return Result.of(new ArrayList<>(counts.values()));
  }

  private static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      try {
        // a few saved pages are not valid UTF-8: decode leniently
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      } catch (IOException again) {
        throw new UncheckedIOException("cannot read " + file, again);
      }
    }
  }

  /** Prints P, R and F1, then the worst pages by F1. */
  public static void print(String name, Result r, PrintStream out, int worst) {
    out.printf("%-24s pages=%d  F1 %.3f  precision %.3f  recall %.3f%n",
        name, r.pages().size(), r.f1(), r.precision(), r.recall());
    if (worst > 0) {
      r.pages().stream()
          .sorted(java.util.Comparator.comparingDouble(Counts::f1).thenComparing(Counts::id))
          .limit(worst)
          .forEach(c -> out.printf("  %.3f  P %.3f  R %.3f  %s%n", c.f1(), c.precision(), c.recall(), c.id()));
    }
  }

  /** See the class comment. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ExtractionEvaluation zyte DIR | readability DIR | score GROUND_TRUTH OUTPUT");
      System.exit(2);
    }
    int worst = Integer.getInteger("worst", 10);
    switch (args[0]) {
      case "zyte" -> print("salient", evaluate(zytePages(Path.of(args[1])), html -> Salient.extract(html).body()),
          System.out, worst);
      case "readability" -> print("salient",
          evaluate(readabilityPages(Path.of(args[1])), html -> Salient.extract(html).body()), System.out, worst);
      case "score" -> print(args[2], scoreOutput(Path.of(args[1]), Path.of(args[2])), System.out, worst);
      case "empty" -> emptySummaries(zytePages(Path.of(args[1])), System.out);
      case "metadata" -> metadata(Path.of(args[1]), System.out);
      case "folds" -> folds(zytePages(Path.of(args[1])), Integer.parseInt(args.length > 2 ? args[2] : "2"), System.out);
      default -> {
        System.err.println("unknown set: " + args[0]);
        System.exit(2);
      }
    }
  }

  /** Counts the pages whose reference has an article but whose HTML summary is empty. */
  static void emptySummaries(List<Page> pages, PrintStream out) {
    int empty = 0;
    for (Page page : pages) {
      if (!page.reference().isBlank() && Salient.summarizeHtml(page.html()).isEmpty()) {
        empty++;
        out.println("  empty summary: " + page.id());
      }
    }
    out.printf("empty summaries: %d of %d pages%n", empty, pages.size());
  }

  /**
   * The scores of each of {@code k} folds of the pages (pages at positions i, i + k, ... in id
   * order), to show how much the figure varies between halves of the set.
   */
  static void folds(List<Page> pages, int k, PrintStream out) {
    Result all = evaluate(pages, html -> Salient.extract(html).body());
    for (int fold = 0; fold < k; fold++) {
      List<Counts> part = new ArrayList<>();
      for (int i = fold; i < all.pages().size(); i += k) {
        part.add(all.pages().get(i));
      }
      Result r = Result.of(part);
      out.printf("fold %d/%d pages=%d  F1 %.3f  precision %.3f  recall %.3f%n",
          fold + 1, k, part.size(), r.f1(), r.precision(), r.recall());
    }
  }

  /**
   * Title, byline and date accuracy on Mozilla Readability's test pages, against their {@code
   * expected-metadata.json}, over the pages that have each field: equal after collapsing spaces
   * and case (dates: the same calendar day, the first 10 characters).
   */
  static void metadata(Path dir, PrintStream out) {
    int[] have = new int[3];
    int[] right = new int[3];
    int[] close = new int[3];
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path folder : folders.sorted().toList()) {
        Path meta = folder.resolve("expected-metadata.json");
        Path source = folder.resolve("source.html");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(source)) {
          continue;
        }
        JsonNode expected = readJson(meta);
        dev.salient.Page page = Salient.extract(read(source));
        String[] want = {text(expected, "title"), text(expected, "byline"), text(expected, "publishedTime")};
        String[] got = {page.title(), page.byline(), page.published()};
        for (int f = 0; f < 3; f++) {
          if (want[f] == null) {
            continue;
          }
          have[f]++;
          boolean ok = f == 2
              ? got[f] != null && got[f].length() >= 10 && want[f].length() >= 10
                  && got[f].substring(0, 10).equals(want[f].substring(0, 10))
              : got[f] != null && norm(got[f]).equals(norm(want[f]));
          boolean near = ok || (f < 2 && got[f] != null
              && (loose(want[f]).contains(loose(got[f])) || loose(got[f]).contains(loose(want[f]))));
          if (ok) {
            right[f]++;
          }
          if (near) {
            close[f]++;
          } else if (Boolean.getBoolean("verbose")) {
            out.println("  " + folder.getFileName() + " " + f + ": want " + want[f] + ", got " + got[f]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] names = {"title", "byline", "published"};
    for (int f = 0; f < 3; f++) {
      out.printf("%-10s %d of %d equal (%.3f), %d equal or one containing the other (%.3f)%n",
          names[f], right[f], have[f], have[f] == 0 ? 0 : (double) right[f] / have[f],
          close[f], have[f] == 0 ? 0 : (double) close[f] / have[f]);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  /** Lower case, spaces collapsed, a leading "by" dropped. */
  private static String loose(String s) {
    String n = norm(s).replaceFirst("^(by|par|por|von)\\s+", "");
    return n.isEmpty() ? "\u0000" : n;
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
  }
}
