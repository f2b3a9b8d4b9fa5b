package dev.salient.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salient.EntityType;
import dev.salient.clean.CleanedText;
import dev.salient.entity.DetectedEntity;
import dev.salient.entity.EntityMention;
import dev.salient.pipeline.Pipeline;
import dev.salient.split.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Evaluates entity detection against typed gold name mentions ({@code ../shared/eval/ner-dev.jsonl},
 * see its README section): one-to-one matching of predicted and gold mentions, micro-averaged
 * precision, recall and F1, with spans matched exactly or by any shared character, and with or
 * without the type. A prediction that overlaps only mentions the gold marks as ignored (no types)
 * is neither a true nor a false positive. Also prints a confusion table of gold type against
 * predicted type on the untyped overlap matching.
 *
 * <pre>{@code
 * java -cp salient-cli/target/salient-cli.jar dev.salient.eval.NerEvaluation \
 *     ../shared/eval/ner-dev.jsonl [--by-genre] [--errors N]
 * }</pre>
 *
 * <p>Predictions are every mention of every detected entity, with the entity's type (PERSON →
 * PER, LOCATION → LOC, ORGANIZATION → ORG). An OTHER mention claims no type: it counts in the
 * untyped scores and is left out of the typed ones, as a system that finds a name but cannot type
 * it would leave it out of a typed output. Matching is
 * greedy: exact pairs first, then by the number of shared characters, then by position; the result
 * is deterministic. Not thread-safe; a command-line tool.
 */
public final class NerEvaluation {
  /** Type labels: the gold's three, OTHER for Salient's untyped entities. */
  static final String[] LABELS = {"PER", "LOC", "ORG", "OTHER"};

  /** A gold mention; {@code types} empty for an ignored one. */
  record Gold(int start, int end, String text, List<String> types) {
    boolean ignored() {
      return types.isEmpty();
    }
  }

  /** A predicted mention, in offsets of the original text. */
  record Predicted(int start, int end, String text, String type) {}

  /** One document: its text, gold and predicted mentions. */
  record Doc(String id, String text, List<Gold> gold, List<Predicted> predicted) {
    Doc {
      gold = List.copyOf(gold);
      predicted = List.copyOf(predicted);
    }
  }

  /** True/false positive and false negative counts. */
  record Counts(int tp, int fp, int fn) {
    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private NerEvaluation() {}

  public static void main(String[] args) {
    Path file = null;
    int errors = 0;
    boolean byGenre = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--by-genre")) {
        byGenre = true;
      } else if (args[i].equals("--errors") && i + 1 < args.length) {
        errors = Integer.parseInt(args[++i]);
      } else if (args[i].startsWith("--")) {
        usage("unknown option " + args[i]);
      } else if (file == null) {
        file = Path.of(args[i]);
      } else {
        usage("one file only");
      }
    }
    if (file == null) {
      usage("no file");
    }
    List<Doc> docs = predict(read(file));
    System.out.print(report(docs));
    if (byGenre) {
      System.out.print(byGenre(docs));
    }
    if (errors > 0) {
      System.out.print(errors(docs, errors));
    }
  }

  private static void usage(String problem) {
    System.err.println("NerEvaluation: " + problem);
    System.err.println("usage: NerEvaluation <ner-dev.jsonl> [--by-genre] [--errors N]");
    System.exit(2);
  }

  /** The gold documents of {@code file}, with no predictions yet. */
  static List<Doc> read(Path file) {
    return JsonLines.read(file, NerEvaluation::parse);
  }

  private static Doc parse(JsonNode node) {
    String id = JsonLines.requiredText(node, "id");
    String text = JsonLines.requiredText(node, "text");
    List<Gold> gold = new ArrayList<>();
    JsonNode list = node.get("gold");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("no \"gold\" list in " + id);
    }
    for (JsonNode g : list) {
      int start = g.path("start").asInt(-1);
      int end = g.path("end").asInt(-1);
      if (start < 0 || end <= start || end > text.length()) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + id);
      }
      List<String> types = new ArrayList<>();
      for (JsonNode t : g.path("types")) {
        types.add(t.asText());
      }
      gold.add(new Gold(start, end, text.substring(start, end), List.copyOf(types)));
    }
    gold.sort(Comparator.comparingInt(Gold::start).thenComparingInt(Gold::end));
    return new Doc(id, text, gold, List.of());
  }

  /** The documents with Salient's mentions as predictions. */
  static List<Doc> predict(List<Doc> docs) {
    Pipeline pipeline = Pipeline.english();
    List<Doc> out = new ArrayList<>(docs.size());
    for (Doc d : docs) {
      CleanedText cleaned = pipeline.clean(d.text());
      Document document = pipeline.split(cleaned);
      List<Predicted> predicted = new ArrayList<>();
      for (DetectedEntity e : pipeline.detect(document)) {
        String type = label(e.type());
        for (EntityMention m : e.mentions()) {
          int start = cleaned.toOriginalStart(m.start());
          int end = cleaned.toOriginalEnd(m.end());
          if (start >= 0 && end > start && end <= d.text().length()) {
            predicted.add(new Predicted(start, end, d.text().substring(start, end), type));
          }
        }
      }
      predicted.sort(Comparator.comparingInt(Predicted::start).thenComparingInt(Predicted::end));
      out.add(new Doc(d.id(), d.text(), d.gold(), predicted));
    }
    return out;
  }

  static String label(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case LOCATION -> "LOC";
      case ORGANIZATION -> "ORG";
      default -> "OTHER";
    };
  }

  private static boolean overlaps(int s1, int e1, int s2, int e2) {
    return s1 < e2 && s2 < e1;
  }

  /**
   * The one-to-one matching of one document: {@code match[p]} is the index of the gold mention
   * prediction p is matched to, -1 if none, -2 if it is neither a true nor a false positive: it
   * overlaps only ignored gold mentions or, when typed, it claims no type (OTHER).
   */
  static int[] match(Doc d, boolean exact, boolean typed) {
    List<int[]> pairs = new ArrayList<>(); // {pred, gold, shared, exact}
    List<Predicted> pred = d.predicted();
    List<Gold> gold = d.gold();
    // both lists are sorted by start: a sweep keeps this linear in practice
    int from = 0;
    for (int p = 0; p < pred.size(); p++) {
      Predicted x = pred.get(p);
      while (from < gold.size() && gold.get(from).start() + 1000 < x.start()) {
        from++;
      }
      for (int g = from; g < gold.size() && gold.get(g).start() < x.end(); g++) {
        Gold y = gold.get(g);
        if (y.ignored() || !overlaps(x.start(), x.end(), y.start(), y.end())) {
          continue;
        }
        boolean same = x.start() == y.start() && x.end() == y.end();
        if ((exact && !same) || (typed && !y.types().contains(x.type()))) {
          continue;
        }
        int shared = Math.min(x.end(), y.end()) - Math.max(x.start(), y.start());
        pairs.add(new int[] {p, g, shared, same ? 1 : 0});
      }
    }
    pairs.sort(Comparator.<int[]>comparingInt(a -> -a[3]).thenComparingInt(a -> -a[2])
        .thenComparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
    int[] match = new int[pred.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] used = new boolean[gold.size()];
    for (int[] a : pairs) {
      if (match[a[0]] == -1 && !used[a[1]]) {
        match[a[0]] = a[1];
        used[a[1]] = true;
      }
    }
    for (int p = 0; p < pred.size(); p++) {
      if (match[p] == -1 && (onlyIgnored(pred.get(p), gold)
          || (typed && pred.get(p).type().equals("OTHER")))) {
        match[p] = -2;
      }
    }
    return match;
  }

  /** True if {@code x} overlaps an ignored gold mention and no named one. */
  private static boolean onlyIgnored(Predicted x, List<Gold> gold) {
    boolean ignored = false;
    for (Gold y : gold) {
      if (y.start() >= x.end()) {
        break;
      }
      if (overlaps(x.start(), x.end(), y.start(), y.end())) {
        if (!y.ignored()) {
          return false;
        }
        ignored = true;
      }
    }
    return ignored;
  }

  static Counts counts(Doc d, boolean exact, boolean typed) {
    int[] match = match(d, exact, typed);
    int tp = 0;
    int fp = 0;
    for (int m : match) {
      if (m >= 0) {
        tp++;
      } else if (m == -1) {
        fp++;
      }
    }
    int named = 0;
    for (Gold g : d.gold()) {
      if (!g.ignored()) {
        named++;
      }
    }
    return new Counts(tp, fp, named - tp);
  }

  static Counts total(List<Doc> docs, boolean exact, boolean typed) {
    Counts sum = new Counts(0, 0, 0);
    for (Doc d : docs) {
      sum = sum.plus(counts(d, exact, typed));
    }
    return sum;
  }

  /**
   * Gold type (rows PER, LOC, ORG, none) against predicted type (columns PER, LOC, ORG, OTHER,
   * none) on the untyped overlap matching; a gold mention with several types counts under its
   * first. The none/none cell is empty; predictions on ignored mentions are left out.
   */
  static int[][] confusion(List<Doc> docs) {
    int[][] table = new int[4][5];
    for (Doc d : docs) {
      int[] match = match(d, false, false);
      boolean[] found = new boolean[d.gold().size()];
      for (int p = 0; p < match.length; p++) {
        int col = index(d.predicted().get(p).type());
        if (match[p] >= 0) {
          found[match[p]] = true;
          table[index(d.gold().get(match[p]).types().get(0))][col]++;
        } else if (match[p] == -1) {
          table[3][col]++;
        }
      }
      for (int g = 0; g < found.length; g++) {
        Gold y = d.gold().get(g);
        if (!found[g] && !y.ignored()) {
          table[index(y.types().get(0))][4]++;
        }
      }
    }
    return table;
  }

  private static int index(String label) {
    for (int i = 0; i < LABELS.length; i++) {
      if (LABELS[i].equals(label)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown type " + label);
  }

  /** The printed report: the four P/R/F1 rows and the confusion table. */
  static String report(List<Doc> docs) {
    Objects.requireNonNull(docs, "docs");
    StringBuilder b = new StringBuilder();
    int named = 0;
    int ignored = 0;
    int predicted = 0;
    for (Doc d : docs) {
      predicted += d.predicted().size();
      for (Gold g : d.gold()) {
        if (g.ignored()) {
          ignored++;
        } else {
          named++;
        }
      }
    }
    b.append(String.format(Locale.ROOT,
        "ner: %d documents, %d named gold mentions (%d ignored), %d predicted%n",
        docs.size(), named, ignored, predicted));
    b.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %6s %6s %6s%n",
        "", "P", "R", "F1", "TP", "FP", "FN"));
    for (boolean exact : new boolean[] {true, false}) {
      for (boolean typed : new boolean[] {false, true}) {
        Counts c = total(docs, exact, typed);
        String name = (exact ? "exact" : "overlap") + " " + (typed ? "typed" : "untyped");
        b.append(String.format(Locale.ROOT, "%-16s %6.3f %6.3f %6.3f %6d %6d %6d%n",
            name, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
      }
    }
    int[][] table = confusion(docs);
    b.append(String.format(Locale.ROOT, "confusion (overlap; rows gold, columns predicted)%n"));
    b.append(String.format(Locale.ROOT, "%-6s %6s %6s %6s %6s %6s%n",
        "", "PER", "LOC", "ORG", "OTHER", "none"));
    String[] rows = {"PER", "LOC", "ORG", "none"};
    for (int r = 0; r < 4; r++) {
      b.append(String.format(Locale.ROOT, "%-6s", rows[r]));
      for (int c = 0; c < 5; c++) {
        b.append(r == 3 && c == 4 ? String.format("%7s", "-")
            : String.format(Locale.ROOT, " %6d", table[r][c]));
      }
      b.append(System.lineSeparator());
    }
    return b.toString();
  }

  /**
   * Overlap F1, untyped and typed, per genre (the part of the id between the first two
   * underscores, "GUM_bio_x" -> "bio"), to see whether a change helps across genres.
   */
  static String byGenre(List<Doc> docs) {
    java.util.Map<String, List<Doc>> groups = new java.util.TreeMap<>();
    for (Doc d : docs) {
      String[] parts = d.id().split("_");
      groups.computeIfAbsent(parts.length > 2 ? parts[1] : d.id(), k -> new ArrayList<>()).add(d);
    }
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "%-14s %5s %9s %9s%n", "genre", "docs", "untyped", "typed"));
    for (java.util.Map.Entry<String, List<Doc>> e : groups.entrySet()) {
      b.append(String.format(Locale.ROOT, "%-14s %5d %9.3f %9.3f%n", e.getKey(),
          e.getValue().size(), total(e.getValue(), false, false).f1(),
          total(e.getValue(), false, true).f1()));
    }
    return b.toString();
  }

  /** Up to {@code limit} errors of each kind, for looking at (typed overlap matching). */
  static String errors(List<Doc> docs, int limit) {
    StringBuilder wrongType = new StringBuilder();
    StringBuilder spurious = new StringBuilder();
    StringBuilder missed = new StringBuilder();
    int[] n = new int[3];
    for (Doc d : docs) {
      int[] typed = match(d, false, true);
      int[] untyped = match(d, false, false);
      boolean[] found = new boolean[d.gold().size()];
      for (int p = 0; p < typed.length; p++) {
        Predicted x = d.predicted().get(p);
        if (typed[p] >= 0) {
          found[typed[p]] = true;
        } else if (untyped[p] >= 0 && n[0]++ < limit) {
          Gold y = d.gold().get(untyped[p]);
          wrongType.append(String.format("  %s: \"%s\" %s, gold \"%s\" %s | %s%n", d.id(),
              x.text(), x.type(), y.text(), y.types(), context(d.text(), x.start(), x.end())));
        } else if (untyped[p] == -1 && n[1]++ < limit) {
          spurious.append(String.format("  %s: \"%s\" %s | %s%n", d.id(), x.text(), x.type(),
              context(d.text(), x.start(), x.end())));
        }
      }
      for (int p = 0; p < untyped.length; p++) {
        if (untyped[p] >= 0) {
          found[untyped[p]] = true;
        }
      }
      for (int g = 0; g < found.length; g++) {
        Gold y = d.gold().get(g);
        if (!found[g] && !y.ignored() && n[2]++ < limit) {
          missed.append(String.format("  %s: \"%s\" %s | %s%n", d.id(), y.text(), y.types(),
              context(d.text(), y.start(), y.end())));
        }
      }
    }
    return "wrong type (" + n[0] + "):\n" + wrongType + "spurious (" + n[1] + "):\n" + spurious
        + "missed (" + n[2] + "):\n" + missed;
  }

  private static String context(String text, int start, int end) {
    int a = Math.max(0, start - 40);
    int b = Math.min(text.length(), end + 40);
    return (text.substring(a, start) + "[" + text.substring(start, end) + "]"
        + text.substring(end, b)).replace('\n', ' ');
  }
}
