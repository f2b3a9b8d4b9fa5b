package dev.salient.cli;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The inputs of one {@code summarize} run as a lazy sequence of tasks, one per document: files
 * (folders expanded, sorted, hidden entries skipped), stdin as one text, or JSON Lines (from stdin
 * or a file) read one record at a time so memory stays bounded. Not thread-safe: the writer thread
 * calls {@link #next()}; the tasks it returns run on the workers.
 */
final class Inputs {
  private interface Source {
    /** The next task, or null when this source is done. */
    Callable<Outcome> next() throws IOException;

    default void close() throws IOException {}
  }

  private final Deque<Source> sources = new ArrayDeque<>();
  private final PrintStream err;
  private boolean jsonLines;
  private boolean several;
  private int documents;
  private final List<String> jsonLinesFiles = new ArrayList<>();
  private long unreadable;

  private Inputs(PrintStream err) {
    this.err = Objects.requireNonNull(err, "err");
  }

  /**
   * Plans a run.
   *
   * @param paths the FILE, DIR and {@code -} arguments (stdin when empty and there is no JSON Lines file)
   * @param jsonLinesFile the {@code --input} file ({@code -} for stdin), or null
   * @param stdinIsJsonLines whether {@code -} means JSON Lines rather than one text
   * @param maxLineChars longer JSON Lines records are errors (and are not kept in memory)
   */
  static Inputs plan(
      List<String> paths,
      String jsonLinesFile,
      boolean stdinIsJsonLines,
      InputStream stdin,
      InputSummarizer summarizer,
      int maxLineChars,
      PrintStream err) {
    Objects.requireNonNull(stdin, "stdin");
    Inputs inputs = new Inputs(err);
    List<Source> sources = new ArrayList<>();
    boolean folder = false;
    if (jsonLinesFile != null) {
      sources.add(inputs.jsonLinesSource(jsonLinesFile, stdin, summarizer, maxLineChars));
      inputs.jsonLines = true;
      inputs.jsonLinesFiles.add(jsonLinesFile);
    }
    List<String> all = paths.isEmpty() && jsonLinesFile == null ? List.of("-") : paths;
    for (String arg : all) {
      if (arg.equals("-")) {
        if (stdinIsJsonLines) {
          sources.add(inputs.jsonLinesSource("-", stdin, summarizer, maxLineChars));
          inputs.jsonLines = true;
          inputs.jsonLinesFiles.add("-");
        } else {
          sources.add(single(() -> summarizer.stdin(stdin)));
        }
      } else {
        Path path;
        try {
          path = Path.of(arg);
        } catch (InvalidPathException e) {
          sources.add(single(() -> Outcome.failure(TextNode.valueOf(arg), arg, 0, "invalid path: " + e.getMessage())));
          continue;
        }
        if (Files.isDirectory(path)) {
          folder = true;
          addFolder(path, summarizer, sources);
        } else {
          sources.add(single(() -> summarizer.file(path, arg)));
        }
      }
    }
    inputs.sources.addAll(sources);
    inputs.documents = sources.size();
    inputs.several = inputs.jsonLines || folder || sources.size() > 1;
    return inputs;
  }

  /** Whether any input is JSON Lines (a batch). */
  boolean hasJsonLines() {
    return jsonLines;
  }

  /** Whether there are, or may be, several documents. */
  boolean several() {
    return several;
  }

  /**
   * The number of documents, or -1 when it is unknown in advance (JSON Lines on stdin, or a JSON
   * Lines file that cannot be read). Counts the lines of JSON Lines files: call it only for the
   * progress bar.
   */
  long knownCount() {
    long count = documents - jsonLinesFiles.size();
    for (String file : jsonLinesFiles) {
      if (file.equals("-")) {
        return -1;
      }
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        count += countLines(in);
      } catch (IOException | InvalidPathException e) {
        return -1;
      }
    }
    return count;
  }

  private static long countLines(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long lines = 0;
    int last = '\n';
    for (int n; (n = in.read(buffer)) > 0; ) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
      last = buffer[n - 1];
    }
    return last == '\n' ? lines : lines + 1;
  }

  /** JSON Lines inputs that could not be opened (reported on stderr, no output record). */
  long unreadable() {
    return unreadable;
  }

  /** The next task, or null when all inputs are done. */
  Callable<Outcome> next() throws IOException {
    while (!sources.isEmpty()) {
      Callable<Outcome> task = sources.peekFirst().next();
      if (task != null) {
        return task;
      }
      sources.pollFirst().close();
    }
    return null;
  }

  /** Closes the inputs that are still open (after an early stop). */
  void close() throws IOException {
    while (!sources.isEmpty()) {
      sources.pollFirst().close();
    }
  }

  private static void addFolder(Path root, InputSummarizer summarizer, List<Source> sources) {
    List<Path> files = new ArrayList<>();
    List<Source> failures = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile() && !isHidden(file)) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String label = file.toString();
              failures.add(
                  single(() -> Outcome.failure(TextNode.valueOf(label), label, 0, "cannot read: " + e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      String label = root.toString();
      failures.add(single(() -> Outcome.failure(TextNode.valueOf(label), label, 0, "cannot read: " + e)));
    }
    files.sort(null);
    for (Path file : files) {
      String label = file.toString();
      sources.add(single(() -> summarizer.file(file, label)));
    }
    sources.addAll(failures);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static Source single(Callable<Outcome> task) {
    return new Source() {
      private boolean done;

      @Override
      public Callable<Outcome> next() {
        if (done) {
          return null;
        }
        done = true;
        return task;
      }
    };
  }

  private Source jsonLinesSource(
      String name, InputStream stdin, InputSummarizer summarizer, int maxLineChars) {
    return new Source() {
      private LineReader lines;
      private Reader reader;
      private boolean failed;

      @Override
      public Callable<Outcome> next() throws IOException {
        if (failed) {
          return null;
        }
        if (lines == null) {
          InputStream in;
          try {
            in = name.equals("-") ? stdin : Files.newInputStream(Path.of(name));
          } catch (IOException | InvalidPathException e) {
            err.println("salient: " + name + ": cannot read: " + e);
            unreadable++;
            failed = true;
            return null;
          }
          // malformed UTF-8 becomes U+FFFD rather than ending the batch
          reader = new InputStreamReader(in, StandardCharsets.UTF_8);
          lines = new LineReader(reader, maxLineChars);
        }
        LineReader.Line line = lines.next();
        return line == null ? null : () -> summarizer.record(line, maxLineChars);
      }

      @Override
      public void close() throws IOException {
        if (reader != null && !name.equals("-")) {
          reader.close();
        }
      }
    };
  }
}
