package dev.salient.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a stream is an interactive terminal, to decide on the progress bar. Thread-safe. */
final class Terminal {
  private Terminal() {}

  /**
   * True when {@code err} is the process's standard error and that is a terminal. On Linux the
   * answer comes from {@code /proc/self/fd/2} (so redirecting stdout keeps the bar); elsewhere
   * from {@link System#console()}.
   */
  static boolean isInteractive(PrintStream err) {
    if (err != System.err) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd2)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return System.console() != null;
      }
    }
    return System.console() != null;
  }
}
