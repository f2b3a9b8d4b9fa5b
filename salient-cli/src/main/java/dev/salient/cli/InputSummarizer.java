package dev.salient.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salient.Summarizer;
import dev.salient.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Summarizes one input of the command line (a file, stdin, or one JSON Lines record) into an
 * {@link Outcome}; every failure becomes an error outcome, never an exception. Reading stops at
 * the input cap whatever the kind of file (a FIFO, {@code /dev/zero} and {@code /dev/stdin} too),
 * and binary content (a NUL byte, or more than {@value #MAX_MALFORMED_PERCENT}% of bytes not
 * UTF-8) is an error. Thread-safe: the workers share one instance, and the summarizers derived for
 * per-record {@code sentences} values, of which the last {@value #MAX_CACHED_SUMMARIZERS} are kept.
 */
final class InputSummarizer {
  /**
   * Bounds the per-record summarizer cache (least recently used out). Derived summarizers share
   * the loaded models; each may hold its own caches, so the bound is a bound on memory.
   */
  static final int MAX_CACHED_SUMMARIZERS = 16;

  /** More malformed UTF-8 sequences than this share of a file's bytes make it binary. */
  static final int MAX_MALFORMED_PERCENT = 10;

  private final Summarizer summarizer;
  private final Map<Integer, Summarizer> bySentences =
      new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Summarizer> eldest) {
          return size() > MAX_CACHED_SUMMARIZERS;
        }
      };
  private final boolean html;
  private final int maxInputChars;
  private final ObjectMapper mapper;

  /**
   * @param summarizer the summarizer for the command's options
   * @param html whether all text is HTML ({@code --html})
   * @param maxInputChars longer texts are errors
   */
  InputSummarizer(Summarizer summarizer, boolean html, int maxInputChars, ObjectMapper mapper) {
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.html = html;
    this.maxInputChars = maxInputChars;
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /**
   * Summarizes a file, as HTML when {@code --html} was given or the name ends in .html or .htm.
   * Any kind of file that can be opened is read (a symbolic link's target, a FIFO, a device), but
   * never more than the cap allows.
   */
  Outcome file(Path path, String label) {
    TextNode id = TextNode.valueOf(label);
    try {
      if (Files.isDirectory(path)) {
        return Outcome.failure(id, label, 0, "is a directory");
      }
      if (Files.isSymbolicLink(path) && !Files.exists(path)) {
        return Outcome.failure(id, label, 0, "dangling symbolic link: " + Files.readSymbolicLink(path));
      }
      if (Files.isRegularFile(path)) {
        // a quick refusal; the read below is bounded anyway (the file may grow, or lie)
        long size = Files.size(path);
        if (size > maxInputBytes()) {
          return Outcome.failure(id, label, 0, tooLarge("size=" + size + " bytes"));
        }
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = readAtMost(in, maxInputBytes());
      }
      if (bytes == null) {
        return Outcome.failure(id, label, 0, tooLarge("more than " + maxInputBytes() + " bytes"));
      }
      Decoded text = decode(bytes);
      if (text.binary() != null) {
        return Outcome.failure(id, label, 0, text.binary());
      }
      return summarize(id, label, 0, summarizer, text.text(), html || isHtmlFileName(path));
    } catch (NoSuchFileException e) {
      return Outcome.failure(id, label, 0, "no such file" + Labels.localeHint(label));
    } catch (AccessDeniedException e) {
      return Outcome.failure(id, label, 0, "permission denied");
    } catch (IOException e) {
      return Outcome.failure(id, label, 0, "cannot read: " + e);
    }
  }

  /** Summarizes all of {@code in} as one text, read up to the cap. */
  Outcome stdin(InputStream in) {
    String label = "-";
    TextNode id = TextNode.valueOf(label);
    try {
      byte[] bytes = readAtMost(in, maxInputBytes());
      if (bytes == null) {
        return Outcome.failure(
            id, label, 0, "text is too long: more than maxInputChars=" + maxInputChars + " characters");
      }
      Decoded text = decode(bytes);
      if (text.binary() != null) {
        return Outcome.failure(id, label, 0, text.binary());
      }
      return summarize(id, label, 0, summarizer, text.text(), html);
    } catch (IOException e) {
      return Outcome.failure(id, label, 0, "cannot read standard input: " + e);
    }
  }

  /** UTF-8 takes at most 3 bytes per char: a longer input holds more than maxInputChars chars. */
  private long maxInputBytes() {
    return 3L * maxInputChars;
  }

  private String tooLarge(String size) {
    return "file is too large: " + size + ", maxInputChars=" + maxInputChars;
  }

  /**
   * All of {@code in}, or null as soon as it holds more than {@code max} bytes: what is read never
   * exceeds the cap, whatever {@code in} is.
   */
  static byte[] readAtMost(InputStream in, long max) throws IOException {
    int cap = (int) Math.min(Integer.MAX_VALUE - 16, max);
    byte[] buffer = new byte[(int) Math.min(cap + 1L, 1 << 16)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length > cap) {
          return null;
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(cap + 1L, 2L * buffer.length));
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    return length > cap ? null : Arrays.copyOf(buffer, length);
  }

  /** A decoded input: its text, or why it is binary (then text is null). */
  record Decoded(String text, String binary) {}

  /**
   * {@code bytes} as UTF-8 (malformed sequences become U+FFFD), unless they are binary: a NUL
   * byte, or more than {@value #MAX_MALFORMED_PERCENT}% malformed sequences (a Latin-1 article has
   * a few per cent at most; an image or an archive has far more, and NUL bytes).
   */
  static Decoded decode(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new Decoded(null, "binary file (a NUL byte at offset " + i + "): only UTF-8 text is read");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    long malformed = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isError()) {
        malformed++;
        in.position(in.position() + result.length());
        out.put('\uFFFD');
      } else {
        throw new IllegalStateException("UTF-8 never needs more chars than bytes: " + result);
      }
    }
    decoder.flush(out);
    if (malformed * 100 > (long) MAX_MALFORMED_PERCENT * bytes.length) {
      return new Decoded(null, "binary file (" + malformed + " of " + bytes.length
          + " bytes are not UTF-8): only UTF-8 text is read");
    }
    out.flip();
    return new Decoded(out.toString(), null);
  }

  /**
   * Summarizes one JSON Lines record {@code {"id": ..., "text": ..., "sentences": N?, "language":
   * "de"?, "html": ...?}}.
   * {@code html} is either the page's HTML (instead of {@code text}) or {@code true} to read
   * {@code text} as HTML. Unknown fields are ignored.
   */
  Outcome record(LineReader.Line line, int maxLineChars) {
    try {
      return parseAndSummarize(line, maxLineChars);
    } catch (RuntimeException e) {
      // a bug must not end a batch of a million records: report it on this record
      return Outcome.failure(NullNode.instance, "line " + line.number(), line.number(), "internal error: " + e);
    }
  }

  private Outcome parseAndSummarize(LineReader.Line line, int maxLineChars) {
    long number = line.number();
    String lineLabel = "line " + number;
    if (line.binary()) {
      return Outcome.failure(NullNode.instance, lineLabel, number,
          "binary data (a NUL character), not JSON Lines: the rest of the input is not read");
    }
    if (line.tooLong()) {
      return Outcome.failure(
          NullNode.instance, lineLabel, number, "record is too long: more than " + maxLineChars + " characters");
    }
    if (line.text().isBlank()) {
      return Outcome.failure(NullNode.instance, lineLabel, number, "empty line");
    }
    JsonNode record;
    try {
      record = mapper.readTree(line.text());
    } catch (JsonProcessingException e) {
      return Outcome.failure(NullNode.instance, lineLabel, number, "invalid JSON: " + e.getOriginalMessage());
    }
    if (!record.isObject()) {
      return Outcome.failure(
          NullNode.instance, lineLabel, number, "a record must be a JSON object, not " + typeName(record));
    }
    JsonNode id = record.path("id");
    if (id.isMissingNode()) {
      id = NullNode.instance;
    }
    String label = id.isNull() ? lineLabel : id.isTextual() ? id.textValue() : id.toString();

    JsonNode text = record.path("text");
    JsonNode htmlField = record.path("html");
    boolean asHtml = html;
    String content;
    if (htmlField.isTextual()) {
      if (!isAbsent(text)) {
        return Outcome.failure(id, label, number, "a record must not have both \"text\" and \"html\" strings");
      }
      content = htmlField.textValue();
      asHtml = true;
    } else {
      if (htmlField.isBoolean()) {
        asHtml = htmlField.booleanValue();
      } else if (!isAbsent(htmlField)) {
        return Outcome.failure(
            id, label, number, "\"html\" must be a string or a boolean, not " + typeName(htmlField));
      }
      if (isAbsent(text)) {
        return Outcome.failure(id, label, number, "record has no \"text\"");
      }
      if (!text.isTextual()) {
        return Outcome.failure(id, label, number, "\"text\" must be a string, not " + typeName(text));
      }
      content = text.textValue();
    }

    Summarizer chosen = summarizer;
    JsonNode sentences = record.path("sentences");
    if (!isAbsent(sentences)) {
      if (!sentences.isIntegralNumber() || !sentences.canConvertToInt() || sentences.intValue() < 1) {
        return Outcome.failure(
            id, label, number, "\"sentences\" must be a positive integer: sentences=" + sentences);
      }
      chosen = forSentences(sentences.intValue());
    }
    JsonNode language = record.path("language");
    if (!isAbsent(language)) {
      dev.salient.Language code;
      try {
        if (!language.isTextual()) {
          throw new IllegalArgumentException("not a string");
        }
        code = dev.salient.Language.forCode(language.textValue());
      } catch (IllegalArgumentException e) {
        return Outcome.failure(id, label, number,
            "\"language\" must be one of auto, en, de, fr, es, it, nl, pt, und: language=" + language);
      }
      // a variant shares the loaded pipelines of every language: building it loads nothing
      chosen = chosen.toBuilder().language(code).build();
    }
    return summarize(id, label, number, chosen, content, asHtml);
  }

  /** The summarizer for a record's {@code sentences}: derived once per value while it is recently used. */
  private Summarizer forSentences(int sentences) {
    synchronized (bySentences) {
      Summarizer cached = bySentences.get(sentences);
      if (cached != null) {
        return cached;
      }
    }
    Summarizer built = summarizer.toBuilder().maxSentences(sentences).build();
    synchronized (bySentences) {
      Summarizer raced = bySentences.putIfAbsent(sentences, built);
      return raced != null ? raced : built;
    }
  }

  /** How many derived summarizers are cached (for tests). */
  int cachedSummarizers() {
    synchronized (bySentences) {
      return bySentences.size();
    }
  }

  private Outcome summarize(
      JsonNode id, String label, long line, Summarizer summarizer, String text, boolean asHtml) {
    if (text.length() > maxInputChars) {
      return Outcome.failure(
          id, label, line, "text is too long: length=" + text.length() + ", maxInputChars=" + maxInputChars);
    }
    try {
      Summary summary = asHtml ? summarizer.summarizeHtml(text) : summarizer.summarize(text);
      return Outcome.success(id, label, line, summary);
    } catch (IllegalArgumentException e) {
      return Outcome.failure(id, label, line, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failure(id, label, line, "internal error: " + e);
    } catch (OutOfMemoryError e) {
      // this record's working memory is garbage once we return; the batch goes on
      return Outcome.failure(id, label, line, "out of memory (give the JVM more heap, e.g. -Xmx2g, or use fewer"
          + " --threads): " + e.getMessage());
    }
  }

  static boolean isHtmlFileName(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return false;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  private static boolean isAbsent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  private static String typeName(JsonNode node) {
    JsonNodeType type = node.getNodeType();
    return switch (type) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      default -> "a " + type.name().toLowerCase(Locale.ROOT);
    };
  }
}
