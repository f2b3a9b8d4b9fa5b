package dev.salient.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches that used to exhaust a small heap, through the tool in a separate JVM: per-record
 * {@code "sentences"} cycling through many values, and records near the input cap on more threads
 * than the heap can run at once. Each must finish with one record per input, in order, no errors.
 */
class SmallHeapCliIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private record Result(int exit, List<JsonNode> records, String stderr) {}

  private Result runTool(String heap, Path input, String... options) throws Exception {
    Path output = dir.resolve("out.jsonl");
    Path errors = dir.resolve("err.txt");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "summarize", "--input", input.toString()));
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertTrue(finished, "the batch did not finish");
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      records.add(MAPPER.readTree(line));
    }
    return new Result(process.exitValue(), records, Files.readString(errors));
  }

  /** News-like text of about {@code chars} characters, with words that vary from record to record. */
  private static String text(Random random, int chars) {
    StringBuilder text = new StringBuilder(chars + 5_000);
    while (text.length() < chars) {
      String seed = BatchFixtures.seed(random.nextInt(BatchFixtures.SEEDS.size()));
      text.append(seed, 0, Math.min(seed.length(), 1_500)).append(" Officer Kel")
          .append(Integer.toString(random.nextInt(1 << 20), 36)).append(" said so.\n\n");
    }
    return text.toString();
  }

  @Test
  void recordsAskingForManyDifferentSentenceCountsRunInA128MegabyteHeap() throws Exception {
    Path input = dir.resolve("sentences.jsonl");
    Random random = new Random(13);
    int records = 1_500;
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= records; i++) {
        // cycling through 1..64, then 500 values never seen twice
        int sentences = i <= 1_000 ? (i % 64) + 1 : 100 + i;
        ObjectNode record = MAPPER.createObjectNode().put("id", "r" + i).put("sentences", sentences);
        record.put("text", text(random, 1_000));
        out.write(MAPPER.writeValueAsString(record));
        out.write('\n');
      }
    }
    Result result = runTool("-Xmx128m", input, "--threads", "2");
    assertEquals(Main.OK, result.exit(), result.stderr());
    assertEquals(records, result.records().size());
    for (int i = 0; i < records; i++) {
      assertEquals("r" + (i + 1), result.records().get(i).get("id").asText(), "out of order");
      assertTrue(result.records().get(i).has("summary"), result.records().get(i).toString());
    }
  }

  @Test
  void recordsNearTheCapOnSixteenThreadsRunInA128MegabyteHeap() throws Exception {
    Path input = dir.resolve("large.jsonl");
    Random random = new Random(17);
    int records = 8;
    int chars = 300_000;
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= records; i++) {
        ObjectNode record = MAPPER.createObjectNode().put("id", "big" + i);
        record.put("text", text(random, chars - 2_000));
        out.write(MAPPER.writeValueAsString(record));
        out.write('\n');
      }
    }
    Result result = runTool("-Xmx128m", input, "--threads", "16", "--max-input-chars", String.valueOf(chars));
    assertEquals(Main.OK, result.exit(), result.stderr() + result.records());
    assertEquals(records, result.records().size());
    for (JsonNode record : result.records()) {
      assertTrue(record.has("summary"), record.toString());
    }
  }
}
