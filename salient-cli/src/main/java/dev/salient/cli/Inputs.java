package dev.salient.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The inputs of one {@code summarize} run as a lazy sequence of tasks, one per document: files
 * (folders expanded, sorted, hidden entries skipped), stdin as one text, or JSON Lines (from stdin
 * or a file) read one record at a time so memory stays bounded. Not thread-safe: the writer thread
 * calls {@link #next()}; the tasks it returns run on the workers.
 *
 * <p>Every path given or found gives one record: a folder's symbolic links are followed (a
 * dangling link, or a loop, is an error record), and a FIFO, device or socket found in a folder is
 * an error record rather than read (it may never end, or block); one given by name is read, up to
 * the input cap.
 */
final class Inputs implements BatchRunner.Tasks {
  /**
   * One document to summarize.
   *
   * @param work summarizes it (on a worker)
   * @param chars at most how many characters of text it holds: what it costs in memory while it
   *     is in flight
   * @param id the id of its error record if {@code work} fails outright
   * @param label the label of that record
   * @param line the line of that record, 0 when not a JSON Lines record
   */
  record Task(Callable<Outcome> work, long chars, JsonNode id, String label, long line) {}

  private interface Source {
    /** The next task, or null when this source is done. */
    Task next() throws IOException;

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
      int maxInputChars,
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
          sources.add(single(() -> summarizer.stdin(stdin), maxInputChars, "-"));
        }
      } else {
        Path path;
        try {
          path = Path.of(arg);
        } catch (InvalidPathException e) {
          sources.add(failure(arg, "invalid path: " + e.getMessage()));
          continue;
        }
        if (Files.isDirectory(path)) {
          folder = true;
          addFolder(arg, path, summarizer, maxInputChars, sources);
        } else {
          sources.add(single(() -> summarizer.file(path, arg), fileChars(path, maxInputChars), arg));
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
   * Lines file that is not a regular file or cannot be read). Counts the lines of JSON Lines
   * files, reading them once more: call it only for the progress bar. Never reads a pipe, a FIFO
   * or a device.
   */
  long knownCount() {
    long count = documents - jsonLinesFiles.size();
    for (String file : jsonLinesFiles) {
      if (file.equals("-")) {
        return -1;
      }
      try {
        Path path = Path.of(file);
        // only a regular file can be read twice: counting a pipe or FIFO would consume it
        if (!Files.isRegularFile(path)) {
          return -1;
        }
        try (InputStream in = Files.newInputStream(path)) {
          count += countLines(in);
        }
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
  @Override
  public Task next() throws IOException {
    while (!sources.isEmpty()) {
      Task task = sources.peekFirst().next();
      if (task != null) {
        return task;
      }
      sources.pollFirst().close();
    }
    return null;
  }

  /** Closes the inputs that are still open (after an early stop). */
  @Override
  public void close() throws IOException {
    while (!sources.isEmpty()) {
      sources.pollFirst().close();
    }
  }

  private static void addFolder(
      String rootArg, Path root, InputSummarizer summarizer, int maxInputChars, List<Source> sources) {
    List<Path> files = new ArrayList<>();
    Set<Path> special = new HashSet<>();
    List<Source> failures = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              // a regular file or a link to one; a dangling link has the link's own attributes
              if (attributes.isRegularFile() || attributes.isSymbolicLink()) {
                files.add(file);
              } else {
                special.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String label = Labels.label(rootArg, root, file);
              String why =
                  e instanceof FileSystemLoopException
                      ? "symbolic link loop: not followed"
                      : "cannot read: " + e;
              failures.add(failure(label, why));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failures.add(failure(rootArg, "cannot read: " + e));
    }
    List<Path> all = new ArrayList<>(files);
    all.addAll(special);
    all.sort(null);
    for (Path file : all) {
      String label = Labels.label(rootArg, root, file);
      if (special.contains(file)) {
        sources.add(failure(label, "not a regular file (" + kind(file) + "): not read; name it on the"
            + " command line to read it"));
      } else {
        sources.add(single(() -> summarizer.file(file, label), fileChars(file, maxInputChars), label));
      }
    }
    sources.addAll(failures);
  }

  /** At most how many chars {@code path} can give: its size in bytes, or the cap. */
  private static long fileChars(Path path, int maxInputChars) {
    try {
      if (Files.isRegularFile(path)) {
        return Math.min(Files.size(path), maxInputChars);
      }
    } catch (IOException | SecurityException e) {
      // the task reports it
    }
    return maxInputChars;
  }

  /** "FIFO", "character device"... for a file that is neither regular nor a directory. */
  static String kind(Path file) {
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "FIFO";
        case 0020000 -> "character device";
        case 0060000 -> "block device";
        case 0140000 -> "socket";
        default -> "special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "special file";
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static Source failure(String label, String error) {
    return single(() -> Outcome.failure(TextNode.valueOf(label), label, 0, error), 0, label);
  }

  private static Source single(Callable<Outcome> work, long chars, String label) {
    Task task = new Task(work, chars, TextNode.valueOf(label), label, 0);
    return new Source() {
      private boolean done;

      @Override
      public Task next() {
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
      public Task next() throws IOException {
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
        if (line == null) {
          return null;
        }
        // the line is in memory from now until its task ends; its text is no longer than it
        return new Task(
            () -> summarizer.record(line, maxLineChars),
            line.text().length(),
            NullNode.instance,
            "line " + line.number(),
            line.number());
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
