package dev.salient.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Function<Integer, Summarizer> BY_K =
      k -> Summarizer.builder().maxSentences(k).build();

  private static List<EvalDocument> docs;

  @TempDir Path tmp;

  /** The two seed articles, each with a reference made of three of its own sentences. */
  @BeforeAll
  static void loadSeeds() throws IOException {
    docs = new ArrayList<>();
    for (String name : List.of("express-china-russia-taliban", "frontier-post-beijing-moscow")) {
      String text;
      try (InputStream in = EvalCommandTest.class.getResourceAsStream("/seeds/" + name + ".txt")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      List<SummarySentence> sentences = sortedByIndex(BY_K.apply(3).summarize(text).rankedSentences());
      List<String> reference = new ArrayList<>();
      for (int i = 2; i < sentences.size() && reference.size() < 3; i += 3) {
        reference.add(sentences.get(i).text());
      }
      docs.add(new EvalDocument(name, null, text, reference, 3));
    }
  }

  @Test
  void leadTakesTheFirstKSentencesOfTheSplitter() {
    EvalReport report = EvalCommand.evaluate(BY_K, docs, false);
    for (int d = 0; d < docs.size(); d++) {
      Summary summary = BY_K.apply(3).summarize(docs.get(d).input());
      List<SummarySentence> all = sortedByIndex(summary.rankedSentences());
      List<Integer> expected = all.subList(0, 3).stream().map(SummarySentence::index).toList();
      assertEquals(expected, report.perDocument().get(d).lead().indices());
    }
  }

  @Test
  void salientExtractIsTheSummarizersChoiceInDocumentOrder() {
    EvalReport report = EvalCommand.evaluate(BY_K, docs, false);
    for (int d = 0; d < docs.size(); d++) {
      Summary summary = BY_K.apply(3).summarize(docs.get(d).input());
      List<Integer> expected = sortedByIndex(summary.sentences()).stream().map(SummarySentence::index).toList();
      EvalReport.Extract salient = report.perDocument().get(d).salient();
      assertEquals(expected, salient.indices());
      assertEquals(
          Rouge.stemmed().score(salient.sentences(), docs.get(d).reference()), salient.scores());
    }
  }

  @Test
  void oracleIsComputedOnlyWhenAsked() {
    EvalReport without = EvalCommand.evaluate(BY_K, docs, false);
    assertNull(without.oracle());
    assertNull(without.perDocument().get(0).oracle());
    assertEquals(2, without.systems().size());
    assertNotNull(EvalCommand.evaluate(BY_K, docs, true).oracle());
  }

  @Test
  void oracleBeatsEverySingleSentenceAndRespectsK() {
    EvalReport report = EvalCommand.evaluate(BY_K, docs, true);
    for (int d = 0; d < docs.size(); d++) {
      EvalReport.Extract oracle = report.perDocument().get(d).oracle();
      assertTrue(oracle.indices().size() <= 3 && !oracle.indices().isEmpty(), oracle.indices().toString());
      double objective = oracle.scores().rouge1().f1() + oracle.scores().rouge2().f1();
      Summary summary = BY_K.apply(3).summarize(docs.get(d).input());
      for (SummarySentence s : summary.rankedSentences()) {
        RougeScores single = Rouge.stemmed().score(List.of(s.text()), docs.get(d).reference());
        assertTrue(objective >= single.rouge1().f1() + single.rouge2().f1(), "sentence " + s.index());
      }
    }
  }

  @Test
  void asksForOneSummarizerPerK() {
    List<Integer> asked = new ArrayList<>();
    List<EvalDocument> mixed = List.of(docs.get(0), docs.get(1).withSentences(2), docs.get(0).withSentences(2));
    EvalCommand.evaluate(k -> { asked.add(k); return BY_K.apply(k); }, mixed, false);
    assertEquals(List.of(3, 2), asked);
  }

  @Test
  void printsARowPerSystemAndWritesPerDocumentOutputs() throws IOException {
    Path set = writeSet("seeds.jsonl", docs);
    Path out = tmp.resolve("out");
    Run run = run(set.toString(), "--oracle", "--out", out.toString());
    assertEquals(EvalCommand.OK, run.code, run.err);
    assertTrue(run.out.startsWith("seeds: 2 documents, k = 3"), run.out);
    for (String system : List.of("Salient", "Lead-k", "Oracle")) {
      assertTrue(run.out.lines().anyMatch(l -> l.matches(system + " +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+\\.\\d\\d")), run.out);
    }
    assertTrue(run.out.contains("docs/s"), run.out);
    List<String> lines = Files.readAllLines(out.resolve("seeds.jsonl"));
    assertEquals(2, lines.size());
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals(docs.get(0).id(), first.get("id").asText());
    assertEquals(3, first.get("salient").get("sentences").size());
    assertTrue(first.get("lead").get("scores").get("rouge1").has("f1"));
  }

  @Test
  void limitAndSentencesOverrideTheSet() throws IOException {
    Path set = writeSet("seeds.jsonl", docs);
    Path out = tmp.resolve("out");
    Run run = run(set.toString(), "--limit", "1", "--sentences", "2", "--out", out.toString());
    assertEquals(EvalCommand.OK, run.code, run.err);
    assertTrue(run.out.startsWith("seeds: 1 documents, k = 2"), run.out);
    JsonNode only = JSON.readTree(Files.readAllLines(out.resolve("seeds.jsonl")).get(0));
    assertEquals(2, only.get("k").asInt());
    assertEquals(2, only.get("lead").get("indices").size());
  }

  @Test
  void rejectsNonPositiveLimit() throws IOException {
    Run run = run(writeSet("seeds.jsonl", docs).toString(), "--limit", "0");
    assertEquals(EvalCommand.USAGE, run.code);
    assertTrue(run.err.contains("--limit must be positive: limit=0"), run.err);
  }

  @Test
  void failsOnAMissingSet() {
    Run run = run(tmp.resolve("missing.jsonl").toString());
    assertEquals(EvalCommand.FAILED, run.code);
    assertTrue(run.err.contains("missing.jsonl"), run.err);
  }

  @Test
  void failsOnARecordWithoutText() throws IOException {
    Path set = tmp.resolve("bad.jsonl");
    Files.writeString(set, "\n{\"id\": \"x\", \"title\": null, \"reference\": [\"a\"], \"sentences\": 3}\n");
    Run run = run(set.toString());
    assertEquals(EvalCommand.FAILED, run.code);
    assertTrue(run.err.contains("bad.jsonl:2: \"text\" must be a string: text=null"), run.err);
  }

  @Test
  void inputIsTitleBlankLineText() {
    assertEquals("Title\n\nBody.", new EvalDocument("a", "Title", "Body.", List.of(), 1).input());
    assertEquals("Body.", new EvalDocument("a", null, "Body.", List.of(), 1).input());
  }

  @Test
  void rejectsNonPositiveSentences() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new EvalDocument("a", null, "b", List.of(), 0));
    assertEquals("sentences must be positive: sentences=0, id=a", e.getMessage());
  }

  private Path writeSet(String name, List<EvalDocument> documents) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (EvalDocument d : documents) {
      ObjectNode node = JSON.createObjectNode();
      node.put("id", d.id());
      node.putNull("title");
      node.put("text", d.text());
      d.reference().forEach(node.putArray("reference")::add);
      node.put("sentences", d.sentences());
      sb.append(JSON.writeValueAsString(node)).append('\n');
    }
    Path file = tmp.resolve(name);
    Files.writeString(file, sb.toString());
    return file;
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        EvalCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static List<SummarySentence> sortedByIndex(List<SummarySentence> sentences) {
    List<SummarySentence> sorted = new ArrayList<>(sentences);
    sorted.sort(Comparator.comparingInt(SummarySentence::index));
    return sorted;
  }
}
