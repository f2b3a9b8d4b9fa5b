package dev.salient.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.salient.Order;
import dev.salient.Summarizer;
import dev.salient.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same input and options give the same summary in another JVM. */
class DeterminismTest {

  /** Seeds and mutated articles, the same in every JVM. */
  static List<String> documents() {
    List<String> documents = new ArrayList<>(Articles.SEEDS);
    Random random = new Random(99);
    for (int i = 0; i < 60; i++) {
      documents.add(Articles.mutated(random));
    }
    return documents;
  }

  /** A digest per document of everything in its summary (every component, scores included). */
  static List<String> fingerprints() {
    Summarizer byScore = Summarizer.builder().maxSentences(4).order(Order.SCORE).build();
    Summarizer byWords = Summarizer.builder().maxWords(60).build();
    List<String> out = new ArrayList<>();
    for (String d : documents()) {
      for (Summarizer s : List.of(byScore, byWords)) {
        Summary summary = s.summarize(d);
        out.add(sha256(everything(summary)));
      }
    }
    return out;
  }

  /** Every component of {@code summary} ({@link Summary#toString()} is abbreviated). */
  private static String everything(Summary summary) {
    return String.join(
        "\u0000",
        summary.source(),
        String.valueOf(summary.headline()),
        summary.sentences().toString(),
        summary.rankedSentences().toString(),
        summary.entities().toString(),
        String.valueOf(summary.emptyReason()));
  }

  private static String sha256(String s) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_16BE)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Prints the fingerprints, one a line; run in a fresh JVM by the test. */
  public static void main(String[] args) {
    fingerprints().forEach(System.out::println);
  }

  @Test
  void anotherJvmGivesTheSameSummaries() throws IOException, InterruptedException {
    List<String> here = fingerprints();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                DeterminismTest.class.getName())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!child.waitFor(120, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 120 s");
    }
    assertEquals(0, child.exitValue(), "child JVM failed");
    List<String> there = output.lines().toList();
    assertEquals(here.size(), there.size(), "number of summaries");
    for (int i = 0; i < here.size(); i++) {
      assertEquals(here.get(i), there.get(i), "summary " + i + " differs between JVMs");
    }
  }
}
