package dev.salient.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the tasks of {@link Inputs} on {@code threads} workers and writes their output in input
 * order. At most {@code 4 * threads} tasks are in flight: the calling thread reads the next input
 * only after the oldest result is written once the window is full, so memory stays bounded however
 * long the input is. Each call uses its own executor; not meant to be shared.
 */
final class BatchRunner {
  /** What a run did: documents written, how many were errors, how long it took. */
  record Stats(long documents, long errors, long nanos, boolean outputFailed) {
    double documentsPerSecond() {
      return nanos <= 0 ? 0 : documents / (nanos / 1e9);
    }
  }

  private static final int WINDOW_PER_THREAD = 4;
  private static final int CHECK_OUTPUT_EVERY = 64;

  private final int threads;
  private final Renderer renderer;
  private final PrintStream out;
  private final PrintStream err;
  private final Runnable onWritten;

  /**
   * @param onWritten called after each document is written (the progress bar's step)
   */
  BatchRunner(int threads, Renderer renderer, PrintStream out, PrintStream err, Runnable onWritten) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive: threads=" + threads);
    }
    this.threads = threads;
    this.renderer = renderer;
    this.out = out;
    this.err = err;
    this.onWritten = onWritten;
  }

  Stats run(Inputs inputs) throws IOException, InterruptedException {
    long start = System.nanoTime();
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Future<Renderer.Rendered>> window = new ArrayDeque<>();
    long documents = 0;
    long errors = 0;
    boolean wroteAny = false;
    try {
      out.print(renderer.prefix());
      boolean more = true;
      while (more || !window.isEmpty()) {
        // write finished results first, so a slow input does not hold back finished output
        boolean headDone = !window.isEmpty() && window.peekFirst().isDone();
        if (more && !headDone && window.size() < WINDOW_PER_THREAD * threads) {
          Callable<Outcome> task = inputs.next();
          if (task != null) {
            window.addLast(workers.submit(() -> renderer.render(task.call())));
            continue;
          }
          more = false;
          if (window.isEmpty()) {
            break;
          }
        }
        Renderer.Rendered rendered = await(window.pollFirst());
        if (!rendered.out().isEmpty()) {
          if (wroteAny) {
            out.print(renderer.separator());
          }
          out.print(rendered.out());
          wroteAny = true;
        }
        if (!rendered.err().isEmpty()) {
          err.print(rendered.err());
        }
        documents++;
        if (rendered.failed()) {
          errors++;
        }
        onWritten.run();
        if (documents % CHECK_OUTPUT_EVERY == 0 && out.checkError()) {
          return new Stats(documents, errors, System.nanoTime() - start, true);
        }
      }
      out.print(renderer.suffix());
      boolean outputFailed = out.checkError(); // also flushes
      return new Stats(documents, errors, System.nanoTime() - start, outputFailed);
    } finally {
      window.forEach(f -> f.cancel(true));
      workers.shutdownNow();
      inputs.close();
    }
  }

  private static Renderer.Rendered await(Future<Renderer.Rendered> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // tasks turn every exception into an error outcome; what is left is an Error such as OOM
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a summarizing task failed", cause);
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
