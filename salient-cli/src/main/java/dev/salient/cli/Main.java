package dev.salient.cli;

import dev.salient.eval.EvalCommand;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code salient} command-line tool.
 *
 * <pre>{@code
 * java -jar salient-cli/target/salient-cli.jar summarize --entities 5 article.txt
 * java -jar salient-cli/target/salient-cli.jar summarize --input articles.jsonl --threads 4 > summaries.jsonl
 * int exit = Main.run(new String[] {"summarize", "-"}, in, out, err); // in-process, as in the tests
 * }</pre>
 *
 * <p>Subcommands: {@code summarize} (see {@code salient summarize --help}), {@code extract} (the
 * article text and metadata of a web page) and {@code eval}, which
 * hands its arguments to {@link EvalCommand}. When the first argument is not a subcommand,
 * {@code summarize} is assumed, so {@code salient article.txt} works. Exit codes: {@value #OK} when every input was summarized,
 * {@value #INPUT_FAILED} when some input failed (the others are still summarized),
 * {@value #USAGE} on a usage error.
 *
 * <p>{@link #run} is thread-safe: each call parses its own arguments and uses only the streams it
 * is given (the progress bar is shown only when {@code err} is the process's standard error and
 * that is a terminal).
 */
public final class Main {
  /** Exit code: every input was summarized. */
  public static final int OK = 0;
  /** Exit code: some input could not be read or summarized; the rest was still processed. */
  public static final int INPUT_FAILED = 1;
  /** Exit code: bad arguments or options. */
  public static final int USAGE = 2;

  private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  private Main() {}

  /** Runs the tool on the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setErr(err); // so that "is stderr a terminal" checks know which stream is the process's
    int exitCode = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /**
   * Runs the tool in-process.
   *
   * @param args the command-line arguments, e.g. {@code {"summarize", "--format", "jsonl"}}
   * @param in standard input ({@code -} and JSON Lines on stdin read from it)
   * @param out standard output, where summaries go (flushed before returning)
   * @param err standard error, where messages, the summary line and the progress bar go
   * @return the exit code: {@value #OK}, {@value #INPUT_FAILED} or {@value #USAGE}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    String[] effective = withDefaultSubcommand(args);
    if (effective.length > 0 && effective[0].equals("eval")) {
      // eval has its own parser, handlers and exit codes (same meanings as ours)
      int code = EvalCommand.run(Arrays.copyOfRange(effective, 1, effective.length), out, err);
      out.flush();
      err.flush();
      return code;
    }
    CommandLine commandLine = commandLine(in, out, err);
    int code = commandLine.execute(effective);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
    CommandLine commandLine = new CommandLine(new TopCommand());
    commandLine.addSubcommand("summarize", new SummarizeCommand(in, out, err));
    commandLine.addSubcommand("extract", new ExtractCommand(in, out, err));
    commandLine.addSubcommand("eval", new EvalCommand(out, err)); // listed in the help; see run(...)
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    commandLine.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine cmd = e.getCommandLine();
          PrintWriter w = cmd.getErr();
          w.println("salient: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, w);
          w.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
          return USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          cmd.getErr().println("salient: " + e);
          return INPUT_FAILED;
        });
    return commandLine;
  }

  /** Prepends {@code summarize} unless the arguments start with a subcommand or a top-level option. */
  static String[] withDefaultSubcommand(String[] args) {
    if (args.length > 0
        && (args[0].equals("summarize")
            || args[0].equals("extract")
            || args[0].equals("eval")
            || args[0].equals("help")
            || TOP_LEVEL_OPTIONS.contains(args[0]))) {
      return args;
    }
    String[] withSummarize = new String[args.length + 1];
    withSummarize[0] = "summarize";
    System.arraycopy(args, 0, withSummarize, 1, args.length);
    return withSummarize;
  }

  @Command(
      name = "salient",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      subcommands = CommandLine.HelpCommand.class,
      description = {
        "Extractive news summarization by entity salience.",
        "When the first argument is not a subcommand, 'summarize' is assumed:",
        "  salient article.txt   is   salient summarize article.txt"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:every input was summarized",
        "1:some input failed (the others were still summarized)",
        "2:usage error (bad arguments or options)"
      })
  static final class TopCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
    }
  }
}
