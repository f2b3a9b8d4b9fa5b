package dev.salient.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salient.Salient;
import dev.salient.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The batch runner: order, flushing, one record's failure, memory bounded by text in flight. */
class BatchRunnerTest {
  private static final Summary SUMMARY =
      Salient.summarize("China and Russia held joint exercises near Afghanistan this week. Beijing said so.");
  private static final Renderer JSONL =
      new Renderer(OutputFormat.JSONL, 0, true, new ObjectMapper());

  /** Tasks from a list, as Inputs gives them. */
  private static final class ListTasks implements BatchRunner.Tasks {
    private final Deque<Inputs.Task> tasks;

    ListTasks(List<Inputs.Task> tasks) {
      this.tasks = new ArrayDeque<>(tasks);
    }

    @Override
    public Inputs.Task next() {
      return tasks.pollFirst();
    }

    @Override
    public void close() {}
  }

  private static Inputs.Task task(String label, long chars, Callable<Outcome> work) {
    return new Inputs.Task(work, chars, TextNode.valueOf(label), label, 0);
  }

  private static Callable<Outcome> ok(String label) {
    return () -> Outcome.success(TextNode.valueOf(label), label, 0, SUMMARY);
  }

  private static String idOf(String line) {
    try {
      return new ObjectMapper().readTree(line).get("id").asText();
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }

  @Test
  void outOfMemoryInOneRecordIsThatRecordsErrorAndTheOthersAreWritten() throws Exception {
    List<Inputs.Task> tasks = new ArrayList<>();
    tasks.add(task("a", 10, ok("a")));
    tasks.add(task("b", 10, () -> {
      throw new OutOfMemoryError("Java heap space");
    }));
    tasks.add(task("c", 10, () -> {
      throw new IllegalStateException("a bug");
    }));
    tasks.add(task("d", 10, ok("d")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchRunner.Stats stats =
        new BatchRunner(2, 1 << 20, JSONL, new PrintStream(out, false, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream()), () -> {}).run(new ListTasks(tasks));

    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(List.of("a", "b", "c", "d"), lines.stream().map(BatchRunnerTest::idOf).toList());
    assertTrue(lines.get(1).contains("\"error\":\"out of memory"), lines.get(1));
    assertTrue(lines.get(2).contains("\"error\":\"internal error: java.lang.IllegalStateException: a bug"), lines.get(2));
    assertEquals(4, stats.documents());
    assertEquals(2, stats.errors());
  }

  @Test
  void standardOutputIsFlushedAfterEveryRecord() throws Exception {
    List<Integer> flushedAt = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream recording = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
      }

      @Override
      public void flush() {
        flushedAt.add(bytes.size());
      }
    };
    // a buffer far larger than the output: only a flush pushes a record through
    PrintStream out = new PrintStream(new java.io.BufferedOutputStream(recording, 1 << 20), false, StandardCharsets.UTF_8);
    List<Inputs.Task> tasks = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tasks.add(task("r" + i, 10, ok("r" + i)));
    }
    new BatchRunner(1, 1 << 20, JSONL, out, new PrintStream(new ByteArrayOutputStream()), () -> {})
        .run(new ListTasks(tasks));

    String written = bytes.toString(StandardCharsets.UTF_8);
    int end = 0;
    for (String line : written.lines().toList()) {
      end += line.getBytes(StandardCharsets.UTF_8).length + 1;
      assertTrue(flushedAt.contains(end), "not flushed after the record ending at byte " + end + ": " + flushedAt);
    }
  }

  @Test
  void textInFlightNeverExceedsTheBudgetWhateverTheThreadCount() throws Exception {
    AtomicLong inFlight = new AtomicLong();
    AtomicLong maxInFlight = new AtomicLong();
    List<Inputs.Task> tasks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String label = "big" + i;
      tasks.add(task(label, 30 * 1024, () -> {
        long now = inFlight.addAndGet(30 * 1024);
        maxInFlight.accumulateAndGet(now, Math::max);
        Thread.sleep(5);
        inFlight.addAndGet(-30 * 1024);
        return ok(label).call();
      }));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // 16 threads, but only 100 KB of text in flight: three 30 KB records at a time
    BatchRunner.Stats stats = assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
        new BatchRunner(16, 100 * 1024, JSONL, new PrintStream(out, false, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream()), () -> {}).run(new ListTasks(tasks)));

    assertEquals(40, stats.documents());
    assertTrue(maxInFlight.get() <= 100 * 1024, "in flight: " + maxInFlight.get());
    assertTrue(maxInFlight.get() >= 2 * 30 * 1024, "the budget allows several at once: " + maxInFlight.get());
    List<String> ids = out.toString(StandardCharsets.UTF_8).lines().map(BatchRunnerTest::idOf).toList();
    for (int i = 0; i < 40; i++) {
      assertEquals("big" + i, ids.get(i));
    }
  }

  @Test
  void oneRecordLargerThanTheBudgetStillRuns() throws Exception {
    List<Inputs.Task> tasks = List.of(task("huge", 1L << 40, ok("huge")), task("small", 1, ok("small")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchRunner.Stats stats = assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
        new BatchRunner(4, 1024, JSONL, new PrintStream(out, false, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream()), () -> {}).run(new ListTasks(tasks)));
    assertEquals(2, stats.documents());
    assertEquals(0, stats.errors());
  }

  @Test
  void theDefaultBudgetLeavesTheReserveAndScalesWithTheHeap() {
    long chars = SummarizeCommand.maxCharsInFlight();
    long heap = Runtime.getRuntime().maxMemory();
    assertTrue(chars >= 1);
    assertTrue(chars * SummarizeCommand.HEAP_BYTES_PER_CHAR <= heap, chars + " chars in a heap of " + heap);
  }
}
