package dev.salient.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salient.Summarizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the web and a shell throw at the CLI: special files, links, binary files, absurd options. */
class SpecialInputsTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String ARTICLE = BatchFixtures.seed(0);

  @TempDir Path dir;

  private static Map<String, JsonNode> byId(MainTest.Run run) {
    Map<String, JsonNode> records = new HashMap<>();
    for (JsonNode record : run.jsonLines()) {
      records.put(record.get("id").asText(), record);
    }
    return records;
  }

  private static void mkfifo(Path path) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assumeTrue(p.waitFor() == 0, "mkfifo is not available");
  }

  @Test
  void absurdThreadCountsAreUsageErrors() {
    for (String threads : List.of("1073741824", "257", "2147483647")) {
      MainTest.Run run = MainTest.run("", "summarize", "--threads", threads, "-");
      assertEquals(Main.USAGE, run.exit(), run.err());
      assertTrue(run.err().contains("'--threads': must be at most 256, was " + threads), run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  void everyEntryOfAFolderGivesARecord() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("in"));
    Files.writeString(folder.resolve("a.txt"), ARTICLE);
    Path elsewhere = Files.writeString(dir.resolve("target.txt"), ARTICLE);
    Files.createSymbolicLink(folder.resolve("b-link.txt"), elsewhere);
    Files.createSymbolicLink(folder.resolve("c-dangling.txt"), dir.resolve("gone.txt"));
    Files.createSymbolicLink(folder.resolve("d-loop"), folder);
    mkfifo(folder.resolve("e-fifo"));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Files.write(folder.resolve("f.png"), png);
    byte[] noise = new byte[4000];
    new java.util.Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (noise[i] | 0x80); // no NUL, mostly not UTF-8
    }
    Files.write(folder.resolve("g.bin"), noise);

    MainTest.Run run =
        assertTimeoutPreemptively(LIMIT, () -> MainTest.run("", "summarize", "--format", "jsonl", folder.toString()));

    Map<String, JsonNode> records = byId(run);
    String f = folder + "/";
    assertEquals(7, run.jsonLines().size(), run.out());
    assertTrue(records.get(f + "a.txt").has("summary"), run.out());
    assertTrue(records.get(f + "b-link.txt").has("summary"), run.out());
    assertTrue(records.get(f + "c-dangling.txt").get("error").asText().startsWith("dangling symbolic link"), run.out());
    assertTrue(records.get(f + "d-loop").get("error").asText().contains("loop"), run.out());
    assertTrue(records.get(f + "e-fifo").get("error").asText().startsWith("not a regular file (FIFO)"), run.out());
    assertTrue(records.get(f + "f.png").get("error").asText().startsWith("binary file (a NUL byte"), run.out());
    assertTrue(records.get(f + "g.bin").get("error").asText().startsWith("binary file ("), run.out());
    assertEquals(Main.INPUT_FAILED, run.exit());
  }

  @Test
  void readingADeviceStopsAtTheInputCap() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
    MainTest.Run run = assertTimeoutPreemptively(LIMIT,
        () -> MainTest.run("", "summarize", "--format", "jsonl", "--max-input-chars", "1000", "/dev/zero"));
    assertEquals(Main.INPUT_FAILED, run.exit());
    assertTrue(run.out().contains("file is too large: more than 3000 bytes"), run.out());

    MainTest.Run batch = assertTimeoutPreemptively(LIMIT, () -> MainTest.run("", "summarize", "--input", "/dev/zero"));
    assertEquals(Main.INPUT_FAILED, batch.exit());
    assertEquals(1, batch.jsonLines().size(), batch.out());
    assertTrue(batch.out().contains("binary data (a NUL character), not JSON Lines"), batch.out());
  }

  @Test
  void standardInputStopsAtTheInputCapAndBinaryIsAnError() {
    InputSummarizer inputs = new InputSummarizer(Summarizer.builder().build(), false, 100, new ObjectMapper());
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'y';
      }
    };
    Outcome tooLong = assertTimeoutPreemptively(LIMIT, () -> inputs.stdin(endless));
    assertTrue(tooLong.error().startsWith("text is too long"), tooLong.error());
    Outcome binary = inputs.stdin(new ByteArrayInputStream(new byte[] {'a', 0, 'b'}));
    assertTrue(binary.error().startsWith("binary file"), binary.error());
  }

  @Test
  void latinOneTextIsNotBinary() {
    byte[] latin1 = "Le ministre fran\u00e7ais a parl\u00e9 \u00e0 P\u00e9kin lundi.".getBytes(StandardCharsets.ISO_8859_1);
    InputSummarizer.Decoded decoded = InputSummarizer.decode(latin1);
    assertNull(decoded.binary());
    assertTrue(decoded.text().contains("fran\uFFFDais"), decoded.text());
  }

  @Test
  void readAtMostNeverReadsPastTheCap() throws IOException {
    int[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 'x';
      }
    };
    assertNull(InputSummarizer.readAtMost(endless, 10_000));
    assertTrue(served[0] <= 10_001 + (1 << 16), "read " + served[0]);
    assertEquals(3, InputSummarizer.readAtMost(new ByteArrayInputStream(new byte[3]), 3).length);
    assertNull(InputSummarizer.readAtMost(new ByteArrayInputStream(new byte[4]), 3));
  }

  @Test
  void countingForTheProgressBarNeverOpensAFifo() throws Exception {
    Path fifo = dir.resolve("records.fifo");
    mkfifo(fifo);
    Path regular = Files.writeString(dir.resolve("records.jsonl"), "{}\n{}\n{}");
    InputSummarizer summarizer = new InputSummarizer(Summarizer.builder().build(), false, 1000, new ObjectMapper());
    PrintStream err = new PrintStream(new ByteArrayOutputStream());
    InputStream stdin = new ByteArrayInputStream(new byte[0]);

    Inputs fromFifo = Inputs.plan(List.of(), fifo.toString(), true, stdin, summarizer, 10_000, 1000, err);
    // opening a FIFO without a writer blocks: a count that opened it would time out here
    assertEquals(-1, assertTimeoutPreemptively(Duration.ofSeconds(10), fromFifo::knownCount));
    Inputs fromFile = Inputs.plan(List.of(), regular.toString(), true, stdin, summarizer, 10_000, 1000, err);
    assertEquals(3, fromFile.knownCount());
  }

  @Test
  void perRecordSentencesKeepABoundedNumberOfSummarizers() {
    StringBuilder records = new StringBuilder();
    String text = new ObjectMapper().valueToTree(ARTICLE).toString();
    for (int i = 1; i <= 200; i++) {
      records.append("{\"id\":").append(i).append(",\"sentences\":").append(i % 50 + 1)
          .append(",\"text\":").append(text).append("}\n");
    }
    InputSummarizer summarizer = new InputSummarizer(Summarizer.builder().build(), false, 1_000_000, new ObjectMapper());
    long line = 0;
    for (String record : records.toString().lines().toList()) {
      Outcome outcome = summarizer.record(new LineReader.Line(++line, record, false), 10_000_000);
      assertNull(outcome.error());
      assertTrue(outcome.summary().sentences().size() <= line % 50 + 1);
      assertTrue(summarizer.cachedSummarizers() <= InputSummarizer.MAX_CACHED_SUMMARIZERS);
    }
  }

  @Test
  void fileNamesKeepTheirBytesWhateverTheLocale() {
    assertEquals("caf\u00e9.txt", Labels.fromUriPath("caf%C3%A9.txt"));
    assertEquals("bad\\xFF.txt", Labels.fromUriPath("bad%FF.txt"));
    assertEquals("a b/\u4e2d.txt", Labels.fromUriPath("a%20b/%E4%B8%AD.txt"));
    assertEquals("x\\xC3", Labels.utf8WithEscapes(new byte[] {'x', (byte) 0xC3}));
  }
}
