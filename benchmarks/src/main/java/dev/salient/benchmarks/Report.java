package dev.salient.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file (and optionally the cold-start times) into the Markdown table of
 * {@code benchmarks/README.md} and checks the targets of the speed issue. {@code run.sh} calls it
 * after each run.
 *
 * <pre>{@code
 * java -cp ... dev.salient.benchmarks.Report target/bench/jmh.json [cold-start-millis...]
 * }</pre>
 *
 * <p>The median is over every measured iteration of every fork; the error is JMH's 99.9%
 * confidence half-width of the mean. For the scoring core the time per sentence is the median
 * divided by the number of sentences.
 */
public final class Report {
  private Report() {}

  private record Row(String name, String params, String mode, double median, double mean,
      double error, String unit, int sentences) {

    /** Operations per second. */
    double opsPerSecond() {
      return switch (unit) {
        case "ops/s" -> median;
        case "ops/ms" -> median * 1e3;
        case "us/op" -> 1e6 / median;
        case "ms/op" -> 1e3 / median;
        case "ns/op" -> 1e9 / median;
        case "s/op" -> 1 / median;
        default -> Double.NaN;
      };
    }

    /** Microseconds per sentence, for the scoring core; NaN otherwise. */
    double microsPerSentence() {
      if (sentences <= 0 || !unit.equals("us/op")) {
        return Double.NaN;
      }
      return median / sentences;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: Report <jmh-result.json> [cold-start-millis...]");
      System.exit(2);
    }
    List<Row> rows = read(Path.of(args[0]));
    double[] cold = new double[args.length - 1];
    for (int i = 1; i < args.length; i++) {
      cold[i - 1] = Double.parseDouble(args[i]);
    }
    System.out.println(table(rows, cold));
    System.out.println(targets(rows, cold));
  }

  private static List<Row> read(Path json) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode run : new ObjectMapper().readTree(Files.readString(json))) {
      String benchmark = run.get("benchmark").asText();
      String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      StringBuilder params = new StringBuilder();
      int sentences = 0;
      JsonNode p = run.get("params");
      if (p != null) {
        for (var it = p.fields(); it.hasNext(); ) {
          var e = it.next();
          params.append(params.length() == 0 ? "" : ", ").append(e.getKey()).append('=')
              .append(e.getValue().asText());
          if (e.getKey().equals("sentences")) {
            sentences = Integer.parseInt(e.getValue().asText());
          }
        }
      }
      int threads = run.get("threads").asInt();
      if (threads > 1) {
        params.append(params.length() == 0 ? "" : ", ").append("threads=").append(threads);
      }
      JsonNode metric = run.get("primaryMetric");
      List<Double> raw = new ArrayList<>();
      for (JsonNode fork : metric.get("rawData")) {
        for (JsonNode score : fork) {
          raw.add(score.asDouble());
        }
      }
      rows.add(new Row(name, params.toString(), run.get("mode").asText(), median(raw),
          metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
          metric.get("scoreUnit").asText(), sentences));
    }
    return rows;
  }

  private static String table(List<Row> rows, double[] cold) {
    StringBuilder out = new StringBuilder();
    out.append("| Benchmark | Params | Mode | Median | Mean ± error (99.9%) | Units | ops/s | µs/sentence |\n");
    out.append("|---|---|---|---:|---:|---|---:|---:|\n");
    for (Row r : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s ± %s | %s | %s | %s |%n",
          r.name, r.params, r.mode, num(r.median), num(r.mean), num(r.error), r.unit,
          num(r.opsPerSecond()), Double.isNaN(r.microsPerSentence()) ? "" : num(r.microsPerSentence())));
    }
    if (cold.length > 0) {
      out.append(String.format(Locale.ROOT,
          "| cold start (fresh JVM to first summary, wall) | runs=%d | single shot | %s | min %s, max %s | ms | | |%n",
          cold.length, num(median(box(cold))), num(Arrays.stream(cold).min().orElse(0)),
          num(Arrays.stream(cold).max().orElse(0))));
    }
    return out.toString();
  }

  private static String targets(List<Row> rows, double[] cold) {
    Map<String, Row> byKey = new HashMap<>();
    for (Row r : rows) {
      byKey.put(r.name + (r.sentences > 0 ? "@" + r.sentences : ""), r);
    }
    StringBuilder out = new StringBuilder("Targets:\n");
    Row at40 = byKey.get("ScoringCoreBenchmark.scoreAndSelect@40");
    Row at2000 = byKey.get("ScoringCoreBenchmark.scoreAndSelect@2000");
    if (at40 != null && at2000 != null) {
      double ratio = at2000.microsPerSentence() / at40.microsPerSentence();
      check(out, "scoring core: per-sentence time at 2000 within 1.5x of at 40",
          ratio <= 1.5, String.format(Locale.ROOT, "%.2fx", ratio));
      check(out, "scoring core: under 2 µs per sentence at 2000", at2000.microsPerSentence() < 2,
          num(at2000.microsPerSentence()) + " µs");
    }
    Row one = byKey.get("EndToEndBenchmark.summarize");
    Row two = byKey.get("EndToEndBenchmark.summarizeTwoThreads");
    Row floor = byKey.get("EndToEndBenchmark.floor");
    for (Row r : new Row[] {one, byKey.get("EndToEndBenchmark.summarizeUnseen")}) {
      if (r == null) {
        continue;
      }
      if (floor != null) {
        double share = r.opsPerSecond() / floor.opsPerSecond();
        check(out, r.name + ": at least 50% of the floor's throughput", share >= 0.5,
            String.format(Locale.ROOT, "%.0f%% (%s vs %s articles/s)", share * 100,
                num(r.opsPerSecond()), num(floor.opsPerSecond())));
      }
      check(out, r.name + ": at least 400 articles/s", r.opsPerSecond() >= 400,
          num(r.opsPerSecond()) + " articles/s");
    }
    if (one != null && two != null) {
      double speedup = two.opsPerSecond() / one.opsPerSecond();
      check(out, "end to end, 2 threads: at least 1.7x one thread", speedup >= 1.7,
          String.format(Locale.ROOT, "%.2fx", speedup));
    }
    if (cold.length > 0) {
      double median = median(box(cold));
      check(out, "cold start under 1 s", median < 1000, num(median) + " ms (median wall time)");
    }
    return out.toString();
  }

  private static void check(StringBuilder out, String target, boolean met, String measured) {
    out.append("- ").append(met ? "MET" : "NOT MET").append(": ").append(target).append(" — ")
        .append(measured).append('\n');
  }

  private static List<Double> box(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Three significant digits, at least, without exponents. */
  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    double a = Math.abs(v);
    String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, v);
  }
}
