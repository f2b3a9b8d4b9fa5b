package dev.salient.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salient.Budget;
import dev.salient.Language;
import dev.salient.Summarizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code salient summarize}: one instance per run, holding that run's streams. Not thread-safe. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Summarize articles: files, folders, standard input or JSON Lines batches.",
      "Plain text or HTML: files ending in .html or .htm, and all input with --html, are read as"
          + " HTML."
    },
    footerHeading = "%nJSON Lines batches:%n",
    footer = {
      "With --input FILE.jsonl, or --format jsonl and records on standard input, each line is a"
          + " record {\"id\": ..., \"text\": \"...\", \"sentences\": N, \"html\": ...}. \"sentences\""
          + " (optional) overrides --sentences for that record; \"html\" is the page's HTML instead"
          + " of \"text\", or true to read \"text\" as HTML; other fields are ignored.",
      "Each record gives exactly one output line, in input order: {\"id\": ..., \"summary\":"
          + " [...], \"entities\": [{\"name\", \"type\", \"salience\"}...]}, or {\"id\": ...,"
          + " \"error\": \"...\"} for a bad record (the run goes on, the exit code is 1)."
          + " Batches stream: memory stays bounded whatever the input size. Standard output is"
          + " flushed after every record.",
      "",
      "Every file given or found gives a record: symbolic links are followed (a dangling link is"
          + " an error record); a FIFO or device found in a folder is an error record, one named"
          + " on the command line is read up to the input cap; binary files (a NUL byte, or"
          + " more than 10%% of bytes not UTF-8) are error records.",
      "",
      "With several documents, a summary line (documents, errors, docs/s) goes to standard"
          + " error, and a progress bar too when standard error is a terminal; --quiet drops both.",
      "",
      "Examples:",
      "  salient summarize --entities 5 article.txt",
      "  salient summarize --format json --sentences 2 articles/",
      "  salient summarize --input articles.jsonl --threads 4 > summaries.jsonl",
      "  cat articles.jsonl | salient summarize --format jsonl > summaries.jsonl",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was summarized",
      "1:some input failed (the others were still summarized)",
      "2:usage error (bad arguments or options)"
    })
final class SummarizeCommand implements Callable<Integer> {
  /** The CLI's default cap on one document; the library's is higher, but a batch should not stall. */
  static final int DEFAULT_MAX_INPUT_CHARS = 1_000_000;

  private static final int DEFAULT_JSON_ENTITIES = 10;

  /** More worker threads than this is a usage error: no machine gains from them. */
  static final int MAX_THREADS = 256;

  /**
   * Heap bytes one character of input text may need while it is summarized (the input itself,
   * its cleaned copy, tokens, offsets, scores): about 20 measured on news text, doubled for
   * safety. See README, "Memory and threads".
   */
  static final long HEAP_BYTES_PER_CHAR = 40;

  /** Heap kept for the models, word lists and caches, outside the text in flight. */
  static final long HEAP_RESERVE_BYTES = 96L << 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "FILE|DIR|-",
      description = "Articles to summarize: files, folders (every file under them), or - for"
          + " standard input. Default: standard input.")
  private List<String> paths = new ArrayList<>();

  @Option(
      names = {"-n", "--sentences"},
      paramLabel = "N",
      description = "At most N sentences (default 3; 0 = no sentence cap). When only --ratio,"
          + " --words or --chars is given, there is no sentence cap.")
  private Integer sentences;

  @Option(
      names = {"-r", "--ratio"},
      paramLabel = "R",
      description = "At most this share of the article's sentences, in 0..1.")
  private Double ratio;

  @Option(names = {"-w", "--words"}, paramLabel = "N", description = "At most N words.")
  private Integer words;

  @Option(names = {"-c", "--chars"}, paramLabel = "N", description = "At most N characters.")
  private Integer chars;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text, json or jsonl (default: text; jsonl with --input). In jsonl format,"
          + " standard input is read as JSON Lines records.")
  private OutputFormat format;

  @Option(
      names = {"-e", "--entities"},
      paramLabel = "K",
      description = "Show the top K entities with their salience (default: 0 for text, "
          + DEFAULT_JSON_ENTITIES + " for json and jsonl).")
  private Integer entities;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description = "Summarize on N worker threads, 1.." + MAX_THREADS + " (default: the number of"
          + " processors, ${DEFAULT-VALUE} here). The output is the same for any N. Memory is bounded"
          + " by the text in flight whatever N is: a heap too small for N large records at once runs"
          + " fewer of them at a time.")
  private int threads = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Option(
      names = {"-i", "--input"},
      paramLabel = "FILE.jsonl",
      description = "Read JSON Lines records from this file (- for standard input).")
  private String input;

  @Option(names = "--html", description = "Read all input text as HTML.")
  private boolean html;

  @Option(
      names = "--max-input-chars",
      paramLabel = "N",
      description = "Longer documents are errors (default: ${DEFAULT-VALUE}).")
  private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;

  @Option(
      names = {"-l", "--language"},
      paramLabel = "CODE",
      description = "auto (default: detect each document's language), en, de, fr, es, it, nl, pt,"
          + " or und (any other language: Unicode sentence and word breaks).")
  private String language = "auto";

  @Option(names = {"-q", "--quiet"}, description = "No summary line and no progress bar on standard error.")
  private boolean quiet;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  SummarizeCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws InterruptedException {
    requireAtLeast("--threads", threads, 1);
    if (threads > MAX_THREADS) {
      throw usage("Invalid value for option '--threads': must be at most " + MAX_THREADS + ", was " + threads);
    }
    requireAtLeast("--max-input-chars", maxInputChars, 1);
    if (entities != null) {
      requireAtLeast("--entities", entities, 0);
    }
    Summarizer summarizer = summarizer(); // after the checks: building one starts loading models
    OutputFormat outputFormat = format != null ? format : input != null ? OutputFormat.JSONL : OutputFormat.TEXT;
    int shownEntities =
        entities != null ? entities : outputFormat == OutputFormat.TEXT ? 0 : DEFAULT_JSON_ENTITIES;

    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    InputSummarizer inputSummarizer = new InputSummarizer(summarizer, html, maxInputChars, mapper);
    // a JSON string may escape each char as \\uXXXX: room for any record whose text is within the cap
    int maxLineChars = (int) Math.min(Integer.MAX_VALUE - 16, 6L * maxInputChars + 65_536);
    Inputs inputs =
        Inputs.plan(
            paths, input, outputFormat == OutputFormat.JSONL, in, inputSummarizer, maxLineChars, maxInputChars, err);
    Renderer renderer = new Renderer(outputFormat, shownEntities, inputs.several(), mapper);

    boolean report = !quiet && inputs.several();
    BatchRunner.Stats stats;
    try (ProgressBar bar = report && Terminal.isInteractive(err) ? progressBar(inputs.knownCount()) : null) {
      Runnable step = bar == null ? () -> {} : bar::step;
      stats = new BatchRunner(threads, maxCharsInFlight(), renderer, out, err, step).run(inputs);
    } catch (IOException e) {
      err.println("salient: cannot read input: " + e);
      return Main.INPUT_FAILED;
    }
    if (stats.outputFailed()) {
      err.println("salient: cannot write to standard output");
    }
    if (report) {
      err.printf(
          Locale.ROOT,
          "salient: %d %s, %d errors, %.1f docs/s%n",
          stats.documents(),
          inputs.hasJsonLines() ? "records" : "documents",
          stats.errors(),
          stats.documentsPerSecond());
    }
    boolean failed = stats.errors() > 0 || inputs.unreadable() > 0 || stats.outputFailed();
    return failed ? Main.INPUT_FAILED : Main.OK;
  }

  private Summarizer summarizer() {
    if (sentences != null) {
      requireAtLeast("--sentences", sentences, 0);
    }
    if (words != null) {
      requireAtLeast("--words", words, 0);
    }
    if (chars != null) {
      requireAtLeast("--chars", chars, 0);
    }
    if (ratio != null && !(ratio >= 0.0 && ratio <= 1.0)) {
      throw usage("Invalid value for option '--ratio': must be in 0..1, was " + ratio);
    }
    try {
      // only the options given apply (0 lifts a cap); none given: the library's 3 sentences
      Summarizer.Builder builder = Summarizer.builder();
      Language chosen;
      try {
        chosen = Language.forCode(language);
      } catch (IllegalArgumentException e) {
        throw usage("Invalid value for option '--language': one of auto, en, de, fr, es, it, nl, pt, und; was "
            + language);
      }
      builder.language(chosen);
      if (sentences != null) {
        builder.maxSentences(sentences == 0 ? Budget.UNLIMITED : sentences);
      }
      if (ratio != null) {
        builder.ratio(ratio == 0 ? 1.0 : ratio);
      }
      if (words != null) {
        builder.maxWords(words == 0 ? Budget.UNLIMITED : words);
      }
      if (chars != null) {
        builder.maxChars(chars == 0 ? Budget.UNLIMITED : chars);
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw usage("Invalid summary length: " + e.getMessage());
    }
  }

  /** The characters of input text the heap holds at once: what is left after the reserve. */
  static long maxCharsInFlight() {
    long heap = Runtime.getRuntime().maxMemory();
    long usable = heap == Long.MAX_VALUE ? 1L << 34 : Math.max(heap / 4, heap - HEAP_RESERVE_BYTES);
    return Math.max(1, usable / HEAP_BYTES_PER_CHAR);
  }

  private ProgressBar progressBar(long total) {
    return new ProgressBarBuilder()
        .setTaskName("summarize")
        .setInitialMax(total)
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .setUnit(" docs", 1)
        .setUpdateIntervalMillis(250)
        .showSpeed()
        .clearDisplayOnFinish()
        .build();
  }

  private void requireAtLeast(String option, int value, int min) {
    if (value < min) {
      throw usage("Invalid value for option '" + option + "': must be at least " + min + ", was " + value);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
