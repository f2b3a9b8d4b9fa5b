package dev.salient.benchmarks;

import dev.salient.Language;
import dev.salient.Summarizer;
import dev.salient.lang.LanguageGuesser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What language detection costs (issue 16): the same articles summarized with their language set
 * and with {@link Language#AUTO}, in articles per second, 1 thread.
 *
 * <ul>
 *   <li>{@code englishFixed} / {@code englishAuto}: the 8 English articles of
 *       {@link EndToEndBenchmark};
 *   <li>{@code otherFixed} / {@code otherAuto}: the German, French, Spanish, Italian, Dutch and
 *       Portuguese test articles (salient-core/src/test/resources/dev/salient/lang/articles), each
 *       with its own language set, or detected;
 *   <li>{@code englishDetect} / {@code otherDetect}: language detection alone on the same
 *       articles ({@code LanguageGuesser.guess}, what {@code AUTO} adds).
 * </ul>
 *
 * <pre>{@code
 * benchmarks/run.sh jmh LanguageBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class LanguageBenchmark {
  static final int ENGLISH = 8;
  static final String[] OTHER = {"de-1", "de-2", "fr-1", "fr-2", "es-1", "es-2", "it-1", "it-2", "nl-1", "pt-1"};

  private List<String> english;
  private List<String> other;
  private List<Summarizer> otherFixed;
  private Summarizer englishFixed;
  private Summarizer auto;

  @Setup(Level.Trial)
  public void load() {
    english = Articles.news(ENGLISH);
    englishFixed = Summarizer.builder().language(Language.ENGLISH).build();
    auto = Summarizer.builder().language(Language.AUTO).build();
    other = new ArrayList<>();
    otherFixed = new ArrayList<>();
    for (String name : OTHER) {
      other.add(read(name + ".txt"));
      otherFixed.add(Summarizer.builder().language(Language.forCode(name.substring(0, 2))).build());
    }
  }

  private static String read(String name) {
    Path path = Path.of("salient-core/src/test/resources/dev/salient/lang/articles", name);
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("run from the repository root: " + path, e);
    }
  }

  @Benchmark
  @OperationsPerInvocation(ENGLISH)
  public void englishFixed(Blackhole bh) {
    for (String article : english) {
      bh.consume(englishFixed.summarize(article));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ENGLISH)
  public void englishAuto(Blackhole bh) {
    for (String article : english) {
      bh.consume(auto.summarize(article));
    }
  }

  @Benchmark
  @OperationsPerInvocation(10)
  public void otherFixed(Blackhole bh) {
    for (int i = 0; i < other.size(); i++) {
      bh.consume(otherFixed.get(i).summarize(other.get(i)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ENGLISH)
  public void englishDetect(Blackhole bh) {
    for (String article : english) {
      bh.consume(LanguageGuesser.guess(article));
    }
  }

  @Benchmark
  @OperationsPerInvocation(10)
  public void otherDetect(Blackhole bh) {
    for (String article : other) {
      bh.consume(LanguageGuesser.guess(article));
    }
  }

  /** Detection, then the fixed language's summarizer: what AUTO costs beyond detection itself. */
  @Benchmark
  @OperationsPerInvocation(10)
  public void otherDetectThenFixed(Blackhole bh) {
    for (int i = 0; i < other.size(); i++) {
      bh.consume(LanguageGuesser.guess(other.get(i)));
      bh.consume(otherFixed.get(i).summarize(other.get(i)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(10)
  public void otherAuto(Blackhole bh) {
    for (String article : other) {
      bh.consume(auto.summarize(article));
    }
  }
}
