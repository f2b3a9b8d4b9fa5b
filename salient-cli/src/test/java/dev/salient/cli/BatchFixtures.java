package dev.salient.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates JSON Lines batches for the CLI tests from the seed articles: each record is a run of
 * consecutive paragraphs of a seed, so records differ in length and content. Optionally every
 * {@code badEvery}-th line is a bad record (cycling through an empty line, invalid JSON and a
 * record without text). Run as a program to write a batch for the documented 100,000-record run:
 *
 * <pre>{@code
 * java -cp target/test-classes:$(cat cp.txt) dev.salient.cli.BatchFixtures 100000 1000 /tmp/batch.jsonl
 * }</pre>
 */
final class BatchFixtures {
  static final List<String> SEEDS =
      List.of("/seeds/express-china-russia-taliban.txt", "/seeds/frontier-post-beijing-moscow.txt");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BatchFixtures() {}

  /** A seed article's text. */
  static String seed(int i) {
    try (InputStream in = BatchFixtures.class.getResourceAsStream(SEEDS.get(i))) {
      if (in == null) {
        throw new IllegalStateException("missing test resource: " + SEEDS.get(i));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kinds of bad line, in the order they cycle. */
  enum Bad {
    EMPTY_LINE,
    INVALID_JSON,
    NO_TEXT
  }

  /** Which bad record (if any) line {@code number} (from 1) is. */
  static Bad badAt(long number, int badEvery) {
    if (badEvery <= 0 || number % badEvery != 0) {
      return null;
    }
    return Bad.values()[(int) ((number / badEvery - 1) % Bad.values().length)];
  }

  /** Writes {@code count} lines; record ids are {@code "r<line number>"}. */
  static void write(Writer out, long count, int badEvery) throws IOException {
    List<List<String>> paragraphs = new ArrayList<>();
    for (int s = 0; s < SEEDS.size(); s++) {
      paragraphs.add(seed(s).lines().filter(l -> !l.isBlank()).toList());
    }
    Random random = new Random(42);
    for (long number = 1; number <= count; number++) {
      Bad bad = badAt(number, badEvery);
      String id = "r" + number;
      if (bad == Bad.EMPTY_LINE) {
        out.write("\n");
        continue;
      }
      if (bad == Bad.INVALID_JSON) {
        out.write("{\"id\": \"" + id + "\", \"text\": \n");
        continue;
      }
      ObjectNode record = MAPPER.createObjectNode();
      record.put("id", id);
      if (bad == Bad.NO_TEXT) {
        record.put("title", "a record without text");
      } else {
        List<String> seed = paragraphs.get(random.nextInt(paragraphs.size()));
        int from = random.nextInt(seed.size());
        int to = Math.min(seed.size(), from + 3 + random.nextInt(10));
        record.put("text", String.join("\n", seed.subList(from, to)));
        record.put("source", "generated"); // an unknown field, to be ignored
      }
      out.write(MAPPER.writeValueAsString(record));
      out.write("\n");
    }
    out.flush();
  }

  /** Writes a batch to a file. */
  static void write(Path file, long count, int badEvery) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, count, badEvery);
    }
  }

  /** {@code COUNT [BAD_EVERY [FILE]]}: writes a batch to FILE or standard output. */
  public static void main(String[] args) throws IOException {
    long count = Long.parseLong(args[0]);
    int badEvery = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    if (args.length > 2) {
      write(Path.of(args[2]), count, badEvery);
    } else {
      Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      write(out, count, badEvery);
    }
  }
}
