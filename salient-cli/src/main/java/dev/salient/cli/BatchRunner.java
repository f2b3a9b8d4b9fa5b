package dev.salient.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the tasks of {@link Inputs} on {@code threads} workers and writes their output in input
 * order, flushing standard output after every record (so {@code tail -f} pipelines see each one,
 * and a crash loses none already written).
 *
 * <p>Memory is bounded by the characters in flight, not by a task count: a task is started only
 * when the text of the tasks running or waiting to run, plus its own, fits in
 * {@code maxCharsInFlight} (one task always runs, however large). At most {@code 4 * threads}
 * results wait to be written. So a thread count larger than the heap allows for large records
 * runs fewer of them at once rather than running out of memory.
 *
 * <p>One record's failure, an {@link OutOfMemoryError} included, is that record's error; the
 * records before and after it are still written. Each call uses its own executor; not meant to be
 * shared.
 */
final class BatchRunner {
  /** What a run did: documents written, how many were errors, how long it took. */
  record Stats(long documents, long errors, long nanos, boolean outputFailed) {
    double documentsPerSecond() {
      return nanos <= 0 ? 0 : documents / (nanos / 1e9);
    }
  }

  /** Where the tasks come from, in output order: {@link Inputs}. Called from one thread. */
  interface Tasks {
    /** The next task, or null when there are no more. */
    Inputs.Task next() throws IOException;

    /** Closes what is still open (after the last task, or an early stop). */
    void close() throws IOException;
  }

  private static final int WINDOW_PER_THREAD = 4;
  /** Memory permits are counted in blocks of this many characters, so that a budget fits an int. */
  private static final int CHARS_PER_PERMIT = 1024;

  private final int threads;
  private final Renderer renderer;
  private final PrintStream out;
  private final PrintStream err;
  private final Runnable onWritten;
  private final int permits;

  /**
   * @param maxCharsInFlight at most this many characters of input text are held by started,
   *     unfinished tasks (beyond the first)
   * @param onWritten called after each document is written (the progress bar's step)
   */
  BatchRunner(
      int threads, long maxCharsInFlight, Renderer renderer, PrintStream out, PrintStream err, Runnable onWritten) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive: threads=" + threads);
    }
    if (maxCharsInFlight < 1) {
      throw new IllegalArgumentException("maxCharsInFlight must be positive: maxCharsInFlight=" + maxCharsInFlight);
    }
    this.threads = threads;
    this.renderer = renderer;
    this.out = out;
    this.err = err;
    this.onWritten = onWritten;
    this.permits = (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxCharsInFlight / CHARS_PER_PERMIT));
  }

  Stats run(Tasks inputs) throws IOException, InterruptedException {
    long start = System.nanoTime();
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
    Semaphore memory = new Semaphore(permits);
    Deque<Future<Renderer.Rendered>> window = new ArrayDeque<>();
    int maxWindow = (int) Math.min(Integer.MAX_VALUE, (long) WINDOW_PER_THREAD * threads);
    Counts counts = new Counts();
    try {
      out.print(renderer.prefix());
      out.flush();
      Inputs.Task pending = null;
      boolean more = true;
      while (true) {
        // write finished results first, so a slow input does not hold back finished output
        while (!window.isEmpty() && window.peekFirst().isDone()) {
          if (!write(await(window.pollFirst()), counts)) {
            return counts.stats(start, true);
          }
        }
        if (pending == null && more) {
          pending = inputs.next();
          more = pending != null;
        }
        if (pending == null) {
          if (window.isEmpty()) {
            break;
          }
          if (!write(await(window.pollFirst()), counts)) {
            return counts.stats(start, true);
          }
          continue;
        }
        int cost = cost(pending);
        if (window.size() < maxWindow
            && (window.isEmpty() ? memory.tryAcquire(cost, 1, TimeUnit.DAYS) : memory.tryAcquire(cost, 20, TimeUnit.MILLISECONDS))) {
          window.addLast(workers.submit(work(pending, cost, memory)));
          pending = null;
        } else if (window.size() >= maxWindow) {
          if (!write(await(window.pollFirst()), counts)) {
            return counts.stats(start, true);
          }
        }
        // else: memory is short; loop to write what finished and try again
      }
      out.print(renderer.suffix());
      boolean outputFailed = out.checkError(); // also flushes
      return counts.stats(start, outputFailed);
    } finally {
      window.forEach(f -> f.cancel(true));
      workers.shutdownNow();
      out.flush(); // whatever happens, what was written reaches stdout
      inputs.close();
    }
  }

  private int cost(Inputs.Task task) {
    long blocks = (task.chars() + CHARS_PER_PERMIT - 1) / CHARS_PER_PERMIT;
    return (int) Math.max(1, Math.min(permits, blocks));
  }

  /** The task, rendered, as its own error record if it fails in any way; frees its memory when done. */
  private java.util.concurrent.Callable<Renderer.Rendered> work(Inputs.Task task, int cost, Semaphore memory) {
    return () -> {
      try {
        Outcome outcome;
        try {
          outcome = task.work().call();
        } catch (OutOfMemoryError e) {
          outcome = Outcome.failure(task.id(), task.label(), task.line(),
              "out of memory (give the JVM more heap, e.g. -Xmx2g): " + e.getMessage());
        } catch (Exception | StackOverflowError e) {
          outcome = Outcome.failure(task.id(), task.label(), task.line(), "internal error: " + e);
        }
        try {
          return renderer.render(outcome);
        } catch (RuntimeException | OutOfMemoryError e) {
          return renderer.render(
              Outcome.failure(task.id(), task.label(), task.line(), "cannot render the summary: " + e));
        }
      } finally {
        memory.release(cost);
      }
    };
  }

  private final class Counts {
    long documents;
    long errors;
    boolean wroteAny;

    Stats stats(long start, boolean outputFailed) {
      return new Stats(documents, errors, System.nanoTime() - start, outputFailed);
    }
  }

  /** Writes one result and flushes; false if standard output failed. */
  private boolean write(Renderer.Rendered rendered, Counts counts) {
    if (!rendered.out().isEmpty()) {
      if (counts.wroteAny) {
        out.print(renderer.separator());
      }
      out.print(rendered.out());
      counts.wroteAny = true;
    }
    if (!rendered.err().isEmpty()) {
      err.print(rendered.err());
    }
    counts.documents++;
    if (rendered.failed()) {
      counts.errors++;
    }
    onWritten.run();
    return !out.checkError(); // flushes
  }

  private static Renderer.Rendered await(Future<Renderer.Rendered> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // work(...) turns every failure into an error record; this is a bug
      throw new IllegalStateException("a summarizing task failed", e.getCause());
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "salient-worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
