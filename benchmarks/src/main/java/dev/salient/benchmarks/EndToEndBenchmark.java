package dev.salient.benchmarks;

import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.lang.LanguageResources;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole pipeline against its floor, on the same {@value #ARTICLES} news articles (the two seeds
 * and six variants, about 40 sentences each). Scores are in articles per second.
 *
 * <ul>
 *   <li>{@code summarize}: {@link Summarizer#summarize(String)} with the default options, 1 thread;
 *   <li>{@code summarizeTwoThreads}: the same, one shared summarizer, 2 threads (total rate);
 *   <li>{@code summarizeUnseen}: the same, 1 thread, on a rotation of {@value #UNSEEN} variants
 *       instead of 8 articles, so that their renamed proper nouns are mostly new to the
 *       summarizer's caches, as the names of a live news stream are;
 *   <li>{@code summarizeVariantPerRequest}: the same, but each article through a variant derived
 *       with {@code toBuilder().maxSentences(k).build()} (k cycling 1..8), as a server does that
 *       takes the length per request; it should cost about what {@code summarize} costs, since
 *       variants share the loaded pipeline and its caches;
 *   <li>{@code floor}: OpenNLP sentence detection and tokenization of each sentence alone, the
 *       work no summarizer built on OpenNLP can skip, 1 thread.
 * </ul>
 *
 * <pre>{@code
 * benchmarks/run.sh jmh EndToEndBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EndToEndBenchmark {
  static final int ARTICLES = 8;
  static final int UNSEEN = 4_000;

  private List<String> articles;
  private Summarizer summarizer;
  private ThreadSafeSentenceDetectorME sentenceDetector;
  private ThreadSafeTokenizerME tokenizer;
  private List<String> unseen;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    articles = Articles.news(ARTICLES);
    summarizer = Summarizer.builder().build();
    sentenceDetector = new ThreadSafeSentenceDetectorME(LanguageResources.ENGLISH.sentenceModel());
    tokenizer = new ThreadSafeTokenizerME(LanguageResources.ENGLISH.tokenizerModel());
    unseen = Articles.news(ARTICLES + UNSEEN).subList(ARTICLES, ARTICLES + UNSEEN);
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void summarize(Blackhole bh) {
    for (String article : articles) {
      bh.consume(summarizer.summarize(article));
    }
  }

  // longer warm-up: with both cores busy, the JIT compiler threads get little CPU, and the first
  // iterations after 3 x 2 s still ran partly interpreted code (1,400-1,800 ops/s, then ~4,800)
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  @Threads(2)
  @Warmup(iterations = 8, time = 2)
  public void summarizeTwoThreads(Blackhole bh) {
    summarize(bh);
  }

  @Benchmark
  public Summary summarizeUnseen() {
    String article = unseen.get(next);
    next = next + 1 == UNSEEN ? 0 : next + 1;
    return summarizer.summarize(article);
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void summarizeVariantPerRequest(Blackhole bh) {
    int k = 0;
    for (String article : articles) {
      k = k % 8 + 1;
      bh.consume(summarizer.toBuilder().maxSentences(k).build().summarize(article));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void floor(Blackhole bh) {
    for (String article : articles) {
      for (Span sentence : sentenceDetector.sentPosDetect(article)) {
        bh.consume(tokenizer.tokenizePos(sentence.getCoveredText(article).toString()));
      }
    }
  }
}
