package dev.salient.examples;

import dev.salient.Summarizer;
import dev.salient.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * One {@link Summarizer} shared by a thread pool, as in a server: summarize every {@code .txt} file
 * of a folder in parallel.
 */
public final class SharedAcrossThreads {
  private SharedAcrossThreads() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/articles");
    Summarizer summarizer = Summarizer.builder().maxSentences(2).build(); // immutable, thread-safe
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<Future<Summary>> results = new ArrayList<>();
      for (Path p : paths) {
        results.add(pool.submit(() -> summarizer.summarize(read(p))));
      }
      for (int i = 0; i < paths.size(); i++) {
        System.out.println(paths.get(i).getFileName() + ": " + results.get(i).get().text());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
