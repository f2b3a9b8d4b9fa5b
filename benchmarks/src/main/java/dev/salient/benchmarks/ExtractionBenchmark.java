package dev.salient.benchmarks;

import dev.salient.eval.ExtractionEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Article extraction from whole pages, in pages per second on one thread: Salient's {@code
 * Salient.extract} beside Readability4J on the same pages (the Zyte development pages when {@code
 * ../shared/eval/html/zyte-dev} is there, else generated news pages).
 *
 * <pre>{@code
 * benchmarks/run.sh jmh ExtractionBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ExtractionBenchmark {
  private List<String> pages;
  private int next;

  @Setup
  public void load() {
    Path dev = Path.of("../shared/eval/html/zyte-dev");
    if (!Files.isDirectory(dev)) {
      dev = Path.of("shared/eval/html/zyte-dev");
    }
    pages = new ArrayList<>();
    if (Files.isDirectory(dev)) {
      ExtractionEvaluation.zytePages(dev).forEach(p -> pages.add(p.html()));
    } else {
      for (int i = 0; i < 20; i++) {
        pages.add(generated(i));
      }
    }
  }

  private static String generated(int seed) {
    StringBuilder html = new StringBuilder("<html><head><title>Page ").append(seed).append("</title></head><body>");
    html.append("<nav><ul>").append("<li><a href=/x>Section</a></li>".repeat(30)).append("</ul></nav>");
    html.append("<div class=article-body>");
    for (int p = 0; p < 20; p++) {
      html.append("<p>Paragraph ").append(p).append(" of story ").append(seed)
          .append(", in which the council, the mayor and the residents argue about the tram line again.</p>");
    }
    html.append("</div><footer>").append("<a href=/y>Link</a> ".repeat(40)).append("</footer></body></html>");
    return html.toString();
  }

  private String nextPage() {
    String page = pages.get(next);
    next = (next + 1) % pages.size();
    return page;
  }

  @Benchmark
  public void salient(Blackhole bh) {
    bh.consume(ExtractionComparison.salient(nextPage()));
  }

  @Benchmark
  public void readability4j(Blackhole bh) {
    bh.consume(ExtractionComparison.readability4j(nextPage()));
  }
}
