package dev.salient.eval;

import dev.salient.Entity;
import dev.salient.EntityType;
import dev.salient.Language;
import dev.salient.Mention;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures the languages (issue 16) on articles with gold files ({@code NAME.txt} and {@code
 * NAME.gold}: "lang:", "sentence:", "person:", "place:", "organization:" lines, see
 * eval/holdout/lang/README.md): sentence boundaries (exact spans: precision, recall), entities
 * found (a gold name is found when an entity's name or a mention is it), and typed right, the
 * share of Salient's typed entities that are gold names, whether {@link Language#AUTO} detects
 * the language, and whether every summary sentence is a gold sentence. Each figure is given for
 * the article's own language and, as the baseline, for English rules (what 0.2 did with every
 * text).
 *
 * <pre>{@code
 * java -cp salient-cli/target/salient-cli.jar dev.salient.eval.LanguageEvaluation eval/holdout/lang
 * }</pre>
 */
public final class LanguageEvaluation {
  private LanguageEvaluation() {}

  /** Counts of one article or a total. */
  static final class Counts {
    int articles;
    int goldSentences;
    int ourSentences;
    int sentencesRight;
    int goldEntities;
    int found;
    int typed;
    int ourTyped;
    int ourTypedMatching;
    int detected;
    int summaryOk;

    void add(Counts c) {
      articles += c.articles;
      goldSentences += c.goldSentences;
      ourSentences += c.ourSentences;
      sentencesRight += c.sentencesRight;
      goldEntities += c.goldEntities;
      found += c.found;
      typed += c.typed;
      ourTyped += c.ourTyped;
      ourTypedMatching += c.ourTypedMatching;
      detected += c.detected;
      summaryOk += c.summaryOk;
    }

    String row(String name) {
      return String.format(Locale.ROOT, "%-8s %3d  sent P %.3f R %.3f  ent found %.3f typed %.3f  typed-prec %.3f",
          name, articles, ratio(sentencesRight, ourSentences), ratio(sentencesRight, goldSentences),
          ratio(found, goldEntities), ratio(typed, goldEntities), ratio(ourTypedMatching, ourTyped))
          + String.format(Locale.ROOT, "  auto %d/%d  summary-ok %d/%d", detected, articles, summaryOk, articles);
    }

    /** The row without the AUTO columns (the baseline does not detect). */
    String baseRow(String name) {
      String row = row(name);
      return row.substring(0, row.indexOf("  auto "));
    }
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** One gold file. */
  record Gold(String text, String code, Language language, List<String> sentences,
      Map<String, EntityType> entities) {}

  static Gold read(Path txt) throws IOException {
    String text = Files.readString(txt, StandardCharsets.UTF_8).replace("\r\n", "\n");
    Path goldPath = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".gold"));
    String code = null;
    List<String> sentences = new ArrayList<>();
    Map<String, EntityType> entities = new TreeMap<>();
    for (String line : Files.readAllLines(goldPath, StandardCharsets.UTF_8)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String value = line.substring(colon + 1).strip();
      switch (line.substring(0, colon).strip()) {
        case "lang" -> code = value;
        case "sentence" -> sentences.add(value);
        case "person" -> entities.put(value, EntityType.PERSON);
        case "place" -> entities.put(value, EntityType.LOCATION);
        case "organization" -> entities.put(value, EntityType.ORGANIZATION);
        default -> { }
      }
    }
    Language language;
    try {
      language = Language.forCode(code);
    } catch (IllegalArgumentException e) {
      language = Language.NEUTRAL; // a language Salient has no resources for
    }
    return new Gold(text, code, language, sentences, entities);
  }

  static Counts measure(Gold gold, Summarizer summarizer, Summarizer auto) {
    Counts c = new Counts();
    c.articles = 1;
    Summary summary = summarizer.summarize(gold.text());
    Set<String> goldSpans = new HashSet<>();
    int from = gold.text().indexOf('\n');
    for (String sentence : gold.sentences()) {
      int at = gold.text().indexOf(sentence, from);
      if (at >= 0) {
        goldSpans.add(at + ":" + (at + sentence.length()));
        from = at + sentence.length();
      }
    }
    c.goldSentences = gold.sentences().size();
    c.ourSentences = summary.rankedSentences().size();
    for (SummarySentence s : summary.rankedSentences()) {
      if (goldSpans.contains(s.start() + ":" + s.end())) {
        c.sentencesRight++;
      }
    }
    c.goldEntities = gold.entities().size();
    for (Map.Entry<String, EntityType> g : gold.entities().entrySet()) {
      Entity match = find(summary, g.getKey());
      if (match != null) {
        c.found++;
        if (match.type() == g.getValue()) {
          c.typed++;
        }
      }
    }
    for (Entity e : summary.entities()) {
      if (e.type() == EntityType.OTHER) {
        continue;
      }
      c.ourTyped++;
      if (gold.entities().keySet().stream().anyMatch(g -> matches(e, g))) {
        c.ourTypedMatching++;
      }
    }
    if (auto != null) {
      Summary detected = auto.summarize(gold.text());
      if (detected.language().language() == gold.language()
          && detected.language().code().equals(gold.code())) {
        c.detected++;
      }
      boolean ok = !detected.sentences().isEmpty();
      for (SummarySentence s : detected.sentences()) {
        ok &= goldSpans.contains(s.start() + ":" + s.end());
      }
      c.summaryOk = ok ? 1 : 0;
    }
    return c;
  }

  static boolean matches(Entity e, String goldName) {
    String g = goldName.toLowerCase(Locale.ROOT);
    if (e.name().toLowerCase(Locale.ROOT).equals(g)) {
      return true;
    }
    for (Mention m : e.mentions()) {
      String surface = m.text().toLowerCase(Locale.ROOT);
      if (surface.equals(g) || (surface.contains(g) && surface.length() <= g.length() + 12)
          || (g.contains(surface) && surface.length() >= 4 && g.length() <= surface.length() + 12)) {
        return true;
      }
    }
    return false;
  }

  static Entity find(Summary summary, String goldName) {
    for (Entity e : summary.entities()) {
      if (e.name().equalsIgnoreCase(goldName)) {
        return e;
      }
    }
    String g = goldName.toLowerCase(Locale.ROOT);
    for (Entity e : summary.entities()) {
      for (Mention m : e.mentions()) {
        String surface = m.text().toLowerCase(Locale.ROOT);
        if (surface.equals(g) || (surface.contains(g) && surface.length() <= g.length() + 12)) {
          return e;
        }
      }
    }
    return null;
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: LanguageEvaluation DIR [DIR...]   (folders of NAME.txt + NAME.gold)");
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    for (String dir : args) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        s.filter(p -> p.toString().endsWith(".txt"))
            .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replaceFirst("\\.txt$", ".gold"))))
            .sorted().forEach(files::add);
      }
    }
    Summarizer auto = Summarizer.builder().language(Language.AUTO).build();
    Summarizer english = Summarizer.builder().language(Language.ENGLISH).build();
    Map<String, Counts> own = new TreeMap<>();
    Map<String, Counts> base = new TreeMap<>();
    Counts ownAll = new Counts();
    Counts baseAll = new Counts();
    for (Path file : files) {
      Gold gold = read(file);
      Counts c = measure(gold, Summarizer.builder().language(gold.language()).build(), auto);
      Counts b = measure(gold, english, null);
      String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
      System.out.println(c.row(name));
      own.computeIfAbsent(gold.code(), k -> new Counts()).add(c);
      base.computeIfAbsent(gold.code(), k -> new Counts()).add(b);
      ownAll.add(c);
      baseAll.add(b);
    }
    System.out.println();
    System.out.println("by language, with its own resources (and auto-detection):");
    own.forEach((code, c) -> System.out.println(c.row(code)));
    System.out.println(ownAll.row("all"));
    System.out.println();
    System.out.println("baseline: the same articles with English rules (Language.ENGLISH):");
    base.forEach((code, c) -> System.out.println(c.baseRow(code)));
    System.out.println(baseAll.baseRow("all"));
  }
}
