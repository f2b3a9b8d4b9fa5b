package dev.salient.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The shared evaluation data, next to the repository (absent on a fresh clone). */
  static final Path SHARED_EVAL = Path.of("..", "shared", "eval");
  /** ROUGE-1.5.5 prints 5 decimals; we reproduce them exactly (up to double representation). */
  private static final double EXACT = 1e-9;

  @Test
  void agreesWithRouge155OnTheBundledPairs() throws IOException {
    List<JsonNode> pairs;
    try (InputStream in = RougeTest.class.getResourceAsStream("/rouge/rouge-pairs-sample.jsonl")) {
      pairs = readJsonLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
    assertEquals(5, pairs.size());
    assertAgreesOnEveryScore(pairs);
  }

  @Test
  void agreesWithRouge155OnAllFortyPairs() throws IOException {
    Path file = SHARED_EVAL.resolve("rouge-pairs.jsonl");
    assumeTrue(Files.exists(file), "no " + file + ": shared evaluation data not present");
    List<JsonNode> pairs = readJsonLines(Files.newBufferedReader(file));
    assertEquals(40, pairs.size());
    assertAgreesOnEveryScore(pairs);
  }

  @Test
  void corpusAveragesAgreeWithRouge155() throws IOException {
    Path file = SHARED_EVAL.resolve("rouge-pairs.jsonl");
    Path averages = SHARED_EVAL.resolve("rouge-pairs-averages.json");
    assumeTrue(Files.exists(file) && Files.exists(averages), "shared evaluation data not present");
    List<JsonNode> pairs = readJsonLines(Files.newBufferedReader(file));
    JsonNode expected = JSON.readTree(averages.toFile());
    for (Rouge rouge : List.of(Rouge.stemmed(), Rouge.unstemmed())) {
      String setting = rouge.stemming() ? "rouge_stemmed" : "rouge_unstemmed";
      List<RougeScores> perPair = new ArrayList<>();
      for (JsonNode pair : pairs) {
        perPair.add(rouge.score(strings(pair.get("candidate")), strings(pair.get("reference"))));
      }
      assertScores(expected.get(setting).get("perl_average"), Rouge.perlAverage(perPair), setting + " perl_average");
      assertScores(expected.get(setting).get("mean"), Rouge.mean(perPair), setting + " mean");
    }
  }

  @Test
  void perlAverageIsNotThePlainMean() {
    List<RougeScores> scores = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      double r = i / 12.0;
      scores.add(new RougeScores(new RougeScore(r, r, r), RougeScore.ZERO, RougeScore.ZERO));
    }
    double mean = Rouge.mean(scores).rouge1().f1();
    double perl = Rouge.perlAverage(scores).rouge1().f1();
    assertNotEquals(mean, perl);
    assertEquals(mean, perl, 0.02);
  }

  @Test
  void averagesOfNothingAreZero() {
    assertEquals(RougeScores.ZERO, Rouge.perlAverage(List.of()));
    assertEquals(RougeScores.ZERO, Rouge.mean(List.of()));
  }

  @Test
  void emptyCandidateScoresZero() {
    assertEquals(RougeScores.ZERO, Rouge.stemmed().score(List.of(), List.of("The cat sat.")));
    assertEquals(RougeScores.ZERO, Rouge.stemmed().score(List.of("", "  "), List.of("The cat sat.")));
  }

  @Test
  void identicalSummariesScoreOne() {
    List<String> text = List.of("The cat sat on the mat.", "It was happy.");
    RougeScores s = Rouge.unstemmed().score(text, text);
    assertEquals(new RougeScore(1, 1, 1), s.rouge1());
    assertEquals(new RougeScore(1, 1, 1), s.rouge2());
    assertEquals(new RougeScore(1, 1, 1), s.rougeL());
  }

  @Test
  void splitsTokensAtPunctuationHyphensAndNonAsciiCharacters() {
    assertEquals(
        List.of("kilmarnock", "s", "39", "year", "old", "caf", "u", "s"),
        Rouge.unstemmed().tokens("Kilmarnock’s 39-year-old Café, U.S."));
  }

  @Test
  void stemsOnlyWhenAsked() {
    assertEquals(List.of("running", "went", "cats"), Rouge.unstemmed().tokens("Running went cats"));
    assertEquals(List.of("run", "go", "cat"), Rouge.stemmed().tokens("Running went cats"));
  }

  @Test
  void bigramsRunAcrossSentenceBoundaries() {
    RougeScore r2 = Rouge.unstemmed().score(List.of("red fox.", "Jumps high"), List.of("fox jumps")).rouge2();
    assertEquals(1.0, r2.recall());
    assertEquals(round5(1 / 3.0), r2.precision());
  }

  @Test
  void rougeLIsSummaryLevel() {
    // Union LCS: the reference sentence is covered by two candidate sentences together.
    List<String> reference = List.of("w1 w2 w3 w4 w5");
    List<String> candidate = List.of("w1 w2 w6 w7 w8", "w3 w5 w9 w10");
    RougeScore rl = Rouge.unstemmed().score(candidate, reference).rougeL();
    assertEquals(0.8, rl.recall()); // w1 w2 from the first, w3 w5 from the second
    assertEquals(round5(4 / 9.0), rl.precision());
  }

  @Test
  void rougeLNeverCountsATokenMoreOftenThanBothSidesHaveIt() {
    RougeScore rl = Rouge.unstemmed().score(List.of("a b", "a b"), List.of("a b", "a b", "a b")).rougeL();
    assertEquals(round5(4 / 6.0), rl.recall());
    assertEquals(1.0, rl.precision());
  }

  @Test
  void f1IsComputedFromTheRoundedRecallAndPrecision() {
    RougeScores s =
        Rouge.stemmed().score(List.of("The cats sat on a mat in Paris today."), List.of("A cat sat.", "In Paris."));
    for (RougeScore r : List.of(s.rouge1(), s.rouge2(), s.rougeL())) {
      assertEquals(r.recall(), round5(r.recall()));
      assertEquals(r.precision(), round5(r.precision()));
      double expected = round5(r.precision() * r.recall() / (0.5 * r.precision() + 0.5 * r.recall()));
      assertEquals(expected, r.f1());
    }
  }

  @Test
  void rejectsNullSentences() {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Rouge.stemmed().score(withNull, List.of("a")));
    assertEquals("sentence", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Rouge.stemmed().score(null, List.of("a")));
    assertEquals("candidate", e.getMessage());
  }

  @Test
  void rejectsScoresOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RougeScore(1.5, 0, 0));
    assertEquals("recall must be in 0..1: recall=1.5", e.getMessage());
  }

  private static void assertAgreesOnEveryScore(List<JsonNode> pairs) {
    for (JsonNode pair : pairs) {
      List<String> candidate = strings(pair.get("candidate"));
      List<String> reference = strings(pair.get("reference"));
      String id = pair.get("id").asText();
      assertScores(pair.get("rouge_stemmed"), Rouge.stemmed().score(candidate, reference), id + " stemmed");
      assertScores(pair.get("rouge_unstemmed"), Rouge.unstemmed().score(candidate, reference), id + " unstemmed");
    }
  }

  private static void assertScores(JsonNode expected, RougeScores actual, String what) {
    assertScore(expected.get("rouge1"), actual.rouge1(), what + " rouge1");
    assertScore(expected.get("rouge2"), actual.rouge2(), what + " rouge2");
    assertScore(expected.get("rougeL"), actual.rougeL(), what + " rougeL");
  }

  private static void assertScore(JsonNode expected, RougeScore actual, String what) {
    assertEquals(expected.get("r").asDouble(), actual.recall(), EXACT, what + " recall");
    assertEquals(expected.get("p").asDouble(), actual.precision(), EXACT, what + " precision");
    assertEquals(expected.get("f").asDouble(), actual.f1(), EXACT, what + " f1");
    assertTrue(actual.f1() <= Math.max(actual.recall(), actual.precision()), what);
  }

  static List<JsonNode> readJsonLines(BufferedReader reader) throws IOException {
    try (reader) {
      List<JsonNode> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(JSON.readTree(line));
        }
      }
      return rows;
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static double round5(double x) {
    return Rouge.round5(x);
  }
}
