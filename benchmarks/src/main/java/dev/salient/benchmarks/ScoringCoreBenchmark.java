package dev.salient.benchmarks;

import dev.salient.entity.DetectedEntity;
import dev.salient.pipeline.Pipeline;
import dev.salient.Budget;
import dev.salient.select.Selection;
import dev.salient.split.Document;
import dev.salient.split.Sentence;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scoring core on an already analysed document: salience, sentence features and scores, and
 * greedy selection of 3 sentences. Cleaning, splitting and entity detection run once, in setup.
 *
 * <p>Documents of {@code sentences} sentences are built from the seed articles and their variants
 * (see {@link Articles}), so longer documents have more, and more varied, entities. Divide the
 * score by {@code sentences} for the time per sentence ({@code run.sh} prints it).
 *
 * <pre>{@code
 * benchmarks/run.sh jmh ScoringCoreBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ScoringCoreBenchmark {

  @Param({"10", "40", "200", "2000"})
  public int sentences;

  private static final Pipeline PIPELINE = Pipeline.english();

  private Document document;
  private List<DetectedEntity> entities;
  private final Budget budget = Budget.DEFAULT;

  @Setup(Level.Trial)
  public void analyse() {
    document = document(sentences);
    entities = PIPELINE.detect(document);
  }

  @Benchmark
  public Selection scoreAndSelect() {
    return PIPELINE.select(PIPELINE.score(document, entities, null), budget);
  }

  /** A cleaned and split document of exactly {@code n} sentences. */
  static Document document(int n) {
    // about 40 sentences per 4,000 characters; grow until there are enough
    for (int chars = Math.max(4_000, n * 150); ; chars *= 2) {
      Document full = PIPELINE.split(PIPELINE.clean(Articles.longText(chars)));
      List<Sentence> all = full.sentences();
      if (all.size() >= n) {
        return new Document(full.cleaned(), all.subList(0, n));
      }
    }
  }
}
