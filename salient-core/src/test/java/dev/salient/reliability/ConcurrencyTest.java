package dev.salient.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.salient.Order;
import dev.salient.Salient;
import dev.salient.Summarizer;
import dev.salient.Summary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One shared summarizer, many threads: exactly the single-thread results. */
class ConcurrencyTest {

  /** 2,000 documents: the seeds, and mutations of them mixed with generated and hostile text. */
  private static List<String> mixedDocuments(int count) {
    Random random = new Random(2024);
    List<String> documents = new ArrayList<>(count);
    documents.addAll(Articles.SEEDS);
    while (documents.size() < count) {
      documents.add(Articles.mutated(random));
    }
    return documents;
  }

  @Test
  void sixteenThreadsSharingOneSummarizerGiveTheSingleThreadResults() throws Exception {
    List<String> documents = mixedDocuments(2_000);
    Summarizer shared = Summarizer.builder().maxSentences(3).order(Order.SCORE).build();
    assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          List<Summary> expected = new ArrayList<>(documents.size());
          for (String d : documents) {
            expected.add(shared.summarize(d));
          }
          List<Summary> actual = summarizeConcurrently(shared, documents, 16);
          for (int i = 0; i < documents.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "document " + i + " differs between threads");
            SummaryAssertions.assertValid(actual.get(i), documents.get(i), Order.SCORE);
          }
        });
  }

  @Test
  void eightThreadsOnTheSeedsGiveTheSingleThreadResults() throws Exception {
    Summarizer shared = Salient.defaultSummarizer();
    List<Summary> expected = Articles.SEEDS.stream().map(shared::summarize).toList();
    List<String> repeated = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      repeated.addAll(Articles.SEEDS);
    }
    List<Summary> actual = summarizeConcurrently(shared, repeated, 8);
    for (int i = 0; i < repeated.size(); i++) {
      assertEquals(expected.get(i % expected.size()), actual.get(i), "run " + i);
    }
  }

  /**
   * Summarizes every document on {@code threads} threads that start together and take documents
   * from a shared counter, so that different documents are in flight at once.
   */
  private static List<Summary> summarizeConcurrently(
      Summarizer summarizer, List<String> documents, int threads) throws Exception {
    Summary[] results = new Summary[documents.size()];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                    results[i] = summarizer.summarize(documents.get(i));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(); // rethrows any exception a worker hit
      }
    } finally {
      pool.shutdownNow();
    }
    return List.of(results);
  }
}
