package dev.salient.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated JSON Lines batch through the tool in a separate JVM with a 256 MB heap: it must
 * finish, with exactly one output line per input line, in order, errors where the bad records are.
 * 20,000 records by default so {@code mvn verify} stays quick; {@code -Dsalient.batch.records=100000}
 * for the full run.
 */
class BatchIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int BAD_EVERY = 1000;

  @TempDir Path dir;

  @Test
  void aLargeBatchStreamsThroughASmallHeapInInputOrder() throws Exception {
    long records = Long.getLong("salient.batch.records", 20_000);
    Path input = dir.resolve("batch.jsonl");
    Path output = dir.resolve("summaries.jsonl");
    Path errors = dir.resolve("stderr.txt");
    BatchFixtures.write(input, records, BAD_EVERY);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "summarize",
                    "--input",
                    input.toString(),
                    "--threads",
                    "2"))
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile())
            .start();
    boolean finished = process.waitFor(30, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String stderr = Files.readString(errors);
    assertTrue(finished, "the batch did not finish");
    long bad = records / BAD_EVERY;
    assertEquals(bad > 0 ? Main.INPUT_FAILED : Main.OK, process.exitValue(), stderr);
    assertTrue(stderr.contains(records + " records, " + bad + " errors"), stderr);

    long count = 0;
    try (BufferedReader lines = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      for (String line; (line = lines.readLine()) != null; ) {
        count++;
        JsonNode record = MAPPER.readTree(line);
        boolean expectError = BatchFixtures.badAt(count, BAD_EVERY) != null;
        assertEquals(expectError, record.has("error"), line);
        if (!record.get("id").isNull()) {
          assertEquals("r" + count, record.get("id").asText(), "output out of order");
        }
        if (!expectError) {
          // some generated records are only page furniture, which gives an empty summary
          assertTrue(record.get("summary").isArray(), line);
        }
      }
    }
    assertEquals(records, count);
  }
}
