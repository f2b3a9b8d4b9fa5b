package dev.salient.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salient.Entity;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** One in-process run of the tool. */
  record Run(int exit, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<JsonNode> jsonLines() {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : outLines()) {
        try {
          nodes.add(MAPPER.readTree(line));
        } catch (IOException e) {
          throw new AssertionError("output line is not JSON: " + line, e);
        }
      }
      return nodes;
    }
  }

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, false, StandardCharsets.UTF_8),
            new PrintStream(err, false, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path article(String name, int seed) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, BatchFixtures.seed(seed));
    return file;
  }

  private static List<String> texts(Summary summary) {
    return summary.sentences().stream().map(SummarySentence::text).toList();
  }

  private static String batch(int count, int badEvery) throws IOException {
    StringWriter out = new StringWriter();
    BatchFixtures.write(out, count, badEvery);
    return out.toString();
  }

  @Test
  void printsTheSummarySentencesOnePerLineInTextFormat() throws IOException {
    Path file = article("a.txt", 0);
    Run run = run("", "summarize", "--sentences", "2", file.toString());

    Summary expected = Summarizer.builder().maxSentences(2).build().summarize(BatchFixtures.seed(0));
    assertEquals(0, run.exit(), run.err());
    assertEquals(2, run.outLines().size());
    assertEquals(texts(expected), run.outLines());
    assertEquals("", run.err(), "one document: no summary line");
  }

  @Test
  void showsTheTopEntitiesWithTheirSalienceInTextFormat() throws IOException {
    Path file = article("a.txt", 0);
    Run run = run("", "summarize", "--entities", "3", file.toString());

    List<String> lines = run.outLines();
    int header = lines.indexOf("Entities:");
    assertTrue(header > 0, run.out());
    List<String> entityLines = lines.subList(header + 1, lines.size());
    List<Entity> expected = Summarizer.builder().build().summarize(BatchFixtures.seed(0)).entities();
    assertEquals(3, entityLines.size());
    for (int i = 0; i < 3; i++) {
      String[] columns = entityLines.get(i).strip().split("\\s+", 3);
      assertEquals(expected.get(i).salience(), Double.parseDouble(columns[0]), 0.0005);
      assertEquals(expected.get(i).type().name(), columns[1]);
      assertEquals(expected.get(i).name(), columns[2]);
    }
  }

  @Test
  void printsOneJsonObjectForOneFile() throws IOException {
    Path file = article("a.txt", 1);
    Run run = run("", "summarize", "--format", "json", file.toString());

    JsonNode node = MAPPER.readTree(run.out());
    Summary expected = Summarizer.builder().build().summarize(BatchFixtures.seed(1));
    assertEquals(0, run.exit(), run.err());
    assertTrue(node.isObject(), run.out());
    assertEquals(file.toString(), node.get("id").asText());
    assertEquals(texts(expected), MAPPER.convertValue(node.get("summary"), List.class));
    JsonNode entities = node.get("entities");
    assertEquals(Math.min(10, expected.entities().size()), entities.size());
    for (int i = 1; i < entities.size(); i++) {
      assertTrue(entities.get(i - 1).get("salience").asDouble() >= entities.get(i).get("salience").asDouble());
    }
  }

  @Test
  void detectsEachDocumentsLanguageByDefaultAndReportsIt() throws IOException {
    Path english = article("en.txt", 1);
    Path french = dir.resolve("fr.txt");
    Files.writeString(french, "Le gouvernement présente son budget\n\n"
        + "Paris - Le ministre de l'Économie, M. Bruno Lemaire, a présenté mardi le budget de l'État. "
        + "« Nous devons réduire la dette », a-t-il déclaré devant l'Assemblée nationale. "
        + "Les syndicats ont critiqué un texte qui prévoit des économies importantes dans les services publics. "
        + "Le vote aura lieu la semaine prochaine.\n");
    Run run = run("", "summarize", "--format", "json", english.toString(), french.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode nodes = MAPPER.readTree(run.out());
    assertEquals("en", nodes.get(0).get("language").get("code").asText());
    assertTrue(nodes.get(0).get("language").get("detected").asBoolean());
    assertEquals("fr", nodes.get(1).get("language").get("code").asText());
    assertEquals("fr", nodes.get(1).get("language").get("resources").asText());

    Run fixed = run("", "summarize", "--format", "json", "--language", "de", french.toString());
    assertEquals(0, fixed.exit(), fixed.err());
    JsonNode language = MAPPER.readTree(fixed.out()).get("language");
    assertEquals("de", language.get("code").asText());
    assertFalse(language.get("detected").asBoolean());
  }

  @Test
  void aRecordMayNameItsLanguage() {
    String records = "{\"id\": 1, \"text\": \"Berlin ist eine Stadt. Sie ist groß.\", \"language\": \"de\"}\n"
        + "{\"id\": 2, \"text\": \"Berlin ist eine Stadt.\", \"language\": \"klingon\"}\n";
    Run run = run(records, "summarize", "--format", "jsonl");
    List<JsonNode> out = run.jsonLines();
    assertEquals(2, out.size(), run.out());
    assertEquals("de", out.get(0).get("language").get("code").asText());
    assertFalse(out.get(0).get("language").get("detected").asBoolean());
    assertTrue(out.get(1).get("error").asText().contains("\"language\" must be one of"), out.get(1).toString());
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    Run run = run("", "summarize", "--language", "xx", "whatever.txt");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--language"), run.err());
  }

  @Test
  void printsAJsonArrayForAFolderInPathOrder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(folder.resolve("b.txt"), BatchFixtures.seed(0));
    Files.writeString(folder.resolve("a.txt"), BatchFixtures.seed(1));
    Files.writeString(folder.resolve(".hidden.txt"), BatchFixtures.seed(1));

    Run run = run("", "summarize", "--format", "json", "--entities", "2", folder.toString());

    JsonNode array = MAPPER.readTree(run.out());
    assertEquals(0, run.exit(), run.err());
    assertTrue(array.isArray(), run.out());
    assertEquals(2, array.size());
    assertEquals(folder.resolve("a.txt").toString(), array.get(0).get("id").asText());
    assertEquals(folder.resolve("b.txt").toString(), array.get(1).get("id").asText());
    assertEquals(2, array.get(0).get("entities").size());
    assertTrue(run.err().contains("2 documents, 0 errors"), run.err());
  }

  @Test
  void writesOneJsonLinesRecordPerInputRecordInInputOrder() throws IOException {
    Path input = dir.resolve("batch.jsonl");
    BatchFixtures.write(input, 30, 0);

    Run run = run("", "summarize", "--input", input.toString(), "--entities", "4");

    List<JsonNode> records = run.jsonLines();
    assertEquals(0, run.exit(), run.err());
    assertEquals(30, records.size());
    for (int i = 0; i < records.size(); i++) {
      JsonNode record = records.get(i);
      assertEquals("r" + (i + 1), record.get("id").asText());
      assertFalse(record.has("error"), record::toString);
      assertTrue(record.get("summary").size() >= 1 && record.get("summary").size() <= 3, record::toString);
      assertTrue(record.get("entities").size() <= 4, record::toString);
    }
    assertTrue(run.err().contains("30 records, 0 errors"), run.err());
  }

  @Test
  void badRecordsGiveErrorRecordsAndTheOthersAreSummarized() throws IOException {
    String valid = MAPPER.writeValueAsString(java.util.Map.of("id", "ok", "text", BatchFixtures.seed(0)));
    String stdin =
        valid + "\n"
            + "\n"
            + "{\"id\": \"broken\", \"text\": \n"
            + "{\"id\": 7, \"title\": \"no text here\"}\n"
            + valid.replace("\"ok\"", "\"ok2\"") + "\n";

    Run run = run(stdin, "summarize", "--format", "jsonl");

    List<JsonNode> records = run.jsonLines();
    assertEquals(1, run.exit(), "some records failed");
    assertEquals(5, records.size(), run.out());
    assertAll(
        () -> assertEquals("ok", records.get(0).get("id").asText()),
        () -> assertTrue(records.get(0).get("summary").size() > 0),
        () -> assertTrue(records.get(1).get("id").isNull()),
        () -> assertEquals("line 2: empty line", records.get(1).get("error").asText()),
        () -> assertTrue(records.get(2).get("error").asText().startsWith("line 3: invalid JSON: ")),
        () -> assertEquals(7, records.get(3).get("id").asInt()),
        () -> assertEquals("line 4: record has no \"text\"", records.get(3).get("error").asText()),
        () -> assertEquals("ok2", records.get(4).get("id").asText()),
        () -> assertEquals(records.get(0).get("summary"), records.get(4).get("summary")));
    assertTrue(run.err().contains("5 records, 3 errors"), run.err());
  }

  @Test
  void recordsTooLongOrOfTheWrongShapeAreErrors() throws IOException {
    String stdin =
        "[1, 2]\n"
            + "{\"id\": \"n\", \"text\": 5}\n"
            + "{\"id\": \"s\", \"text\": \"Some text.\", \"sentences\": 0}\n"
            + MAPPER.writeValueAsString(java.util.Map.of("id", "long", "text", "x".repeat(500))) + "\n";

    Run run = run(stdin, "summarize", "--format", "jsonl", "--max-input-chars", "100");

    List<JsonNode> records = run.jsonLines();
    assertEquals(1, run.exit());
    assertEquals(4, records.size());
    assertEquals("line 1: a record must be a JSON object, not an array", records.get(0).get("error").asText());
    assertEquals("line 2: \"text\" must be a string, not a number", records.get(1).get("error").asText());
    assertEquals(
        "line 3: \"sentences\" must be a positive integer: sentences=0", records.get(2).get("error").asText());
    assertTrue(records.get(3).get("error").asText().contains("too long"), records.get(3)::toString);
  }

  @Test
  void perRecordSentencesOverridesTheOption() throws IOException {
    String text = BatchFixtures.seed(0);
    String stdin =
        MAPPER.writeValueAsString(java.util.Map.of("id", "one", "text", text, "sentences", 1)) + "\n"
            + MAPPER.writeValueAsString(java.util.Map.of("id", "default", "text", text)) + "\n"
            + MAPPER.writeValueAsString(java.util.Map.of("id", "four", "text", text, "sentences", 4)) + "\n";

    Run run = run(stdin, "summarize", "--format", "jsonl", "--sentences", "2");

    List<JsonNode> records = run.jsonLines();
    assertEquals(0, run.exit(), run.err());
    assertEquals(1, records.get(0).get("summary").size());
    assertEquals(2, records.get(1).get("summary").size());
    assertEquals(4, records.get(2).get("summary").size());
  }

  @Test
  void twoThreadsGiveTheSameOutputAsOne() throws IOException {
    String stdin = batch(60, 7);

    Run one = run(stdin, "summarize", "--format", "jsonl", "--threads", "1");
    Run two = run(stdin, "summarize", "--format", "jsonl", "--threads", "2");

    assertEquals(60, one.outLines().size());
    assertEquals(one.out(), two.out());
    assertEquals(one.exit(), two.exit());
  }

  @Test
  void outputCountEqualsInputCountWithBadRecordsMixedIn() throws IOException {
    String stdin = batch(100, 9);

    Run run = run(stdin, "summarize", "--format", "jsonl", "--threads", "2");

    List<JsonNode> records = run.jsonLines();
    assertEquals(100, records.size());
    long errors = records.stream().filter(r -> r.has("error")).count();
    assertEquals(100 / 9, errors);
    for (int i = 0; i < records.size(); i++) {
      JsonNode id = records.get(i).get("id");
      boolean bad = BatchFixtures.badAt(i + 1, 9) != null;
      assertEquals(bad, records.get(i).has("error"), records.get(i)::toString);
      if (!id.isNull()) {
        assertEquals("r" + (i + 1), id.asText());
      }
    }
    assertEquals(1, run.exit());
  }

  @Test
  void readsStandardInputAsOneTextByDefault() {
    String text = BatchFixtures.seed(1);

    Run run = run(text);

    assertEquals(0, run.exit(), run.err());
    assertEquals(texts(Summarizer.builder().build().summarize(text)), run.outLines());
  }

  @Test
  void assumesSummarizeWhenNoSubcommandIsGiven() throws IOException {
    Path file = article("a.txt", 0);

    Run implicit = run("", "--format", "json", file.toString());
    Run explicit = run("", "summarize", "--format", "json", file.toString());

    assertEquals(0, implicit.exit(), implicit.err());
    assertEquals(explicit.out(), implicit.out());
  }

  @Test
  void aMissingFileIsReportedAndTheOtherFilesAreStillSummarized() throws IOException {
    Path file = article("a.txt", 0);
    String missing = dir.resolve("missing.txt").toString();

    Run run = run("", "summarize", missing, file.toString());

    assertEquals(1, run.exit());
    assertTrue(run.err().contains("salient: " + missing + ": no such file"), run.err());
    assertTrue(run.out().contains("==> " + file + " <=="), run.out());
    assertFalse(run.out().contains(missing), run.out());
  }

  @Test
  void aMissingInputFileExitsWithOne() {
    String missing = dir.resolve("missing.jsonl").toString();

    Run run = run("", "summarize", "--input", missing);

    assertEquals(1, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().contains(missing), run.err());
  }

  @Test
  void usageErrorsExitWithTwoAndNameTheBadValue() {
    Run unknownOption = run("", "summarize", "--sentenes", "2");
    Run zeroThreads = run("", "summarize", "--threads", "0");
    Run badFormat = run("", "summarize", "--format", "xml");
    Run badRatio = run("", "summarize", "--ratio", "1.5");

    assertAll(
        () -> assertEquals(2, unknownOption.exit()),
        () -> assertTrue(unknownOption.err().contains("--sentenes"), unknownOption.err()),
        () -> assertEquals(2, zeroThreads.exit()),
        () -> assertTrue(zeroThreads.err().contains("'--threads': must be at least 1, was 0"), zeroThreads.err()),
        () -> assertEquals(2, badFormat.exit()),
        () -> assertTrue(badFormat.err().contains("'xml'"), badFormat.err()),
        () -> assertEquals(2, badRatio.exit()),
        () -> assertTrue(badRatio.err().contains("'--ratio': must be in 0..1, was 1.5"), badRatio.err()),
        () -> assertEquals("", unknownOption.out() + zeroThreads.out() + badFormat.out() + badRatio.out()));
  }

  @Test
  void helpDocumentsTheExitCodes() {
    Run top = run("", "--help");
    Run summarize = run("", "summarize", "--help");

    assertEquals(0, top.exit());
    assertEquals(0, summarize.exit());
    for (Run run : List.of(top, summarize)) {
      assertTrue(run.out().contains("Exit codes:"), run.out());
      assertTrue(run.out().contains("2   usage error"), run.out());
    }
    assertTrue(summarize.out().contains("--threads"), summarize.out());
  }

  @Test
  void helpTextFormatsWithoutPicocliWarnings() {
    PrintStream saved = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    Run summarize;
    Run eval;
    try {
      summarize = run("", "summarize", "--help");
      eval = run("", "eval", "--help");
    } finally {
      System.setErr(saved);
    }
    assertEquals(0, summarize.exit());
    assertEquals(0, eval.exit());
    // a lone % in a description makes picocli print a warning and the description unformatted
    assertFalse(warnings.toString(StandardCharsets.UTF_8).contains("WARN"), warnings.toString(StandardCharsets.UTF_8));
    assertTrue(summarize.out().contains("10%"), summarize.out());
    assertTrue(eval.out().contains("95% intervals"), eval.out());
  }

  private static String htmlPage(String article) {
    StringBuilder page =
        new StringBuilder("<html><head><title>Page</title></head><body><nav><a href='/'>Home</a></nav><article>");
    article.lines().filter(l -> !l.isBlank()).forEach(l -> page.append("<p>").append(l).append("</p>"));
    return page.append("</article><footer>Contact us</footer></body></html>").toString();
  }

  @Test
  void readsFilesEndingInHtmlAsHtml() throws IOException {
    String html = htmlPage(BatchFixtures.seed(1));
    Path file = dir.resolve("page.html");
    Files.writeString(file, html);

    Run run = run("", "summarize", file.toString());

    assertEquals(0, run.exit(), run.err());
    assertEquals(texts(Summarizer.builder().build().summarizeHtml(html)), run.outLines());
    assertFalse(run.out().contains("<p>"), run.out());
  }

  @Test
  void readsRecordHtmlAsHtml() throws IOException {
    String html = htmlPage(BatchFixtures.seed(0));
    String stdin =
        MAPPER.writeValueAsString(java.util.Map.of("id", "page", "html", html)) + "\n"
            + MAPPER.writeValueAsString(java.util.Map.of("id", "flag", "text", html, "html", true)) + "\n";

    Run run = run(stdin, "summarize", "--format", "jsonl");

    List<JsonNode> records = run.jsonLines();
    List<String> expected = texts(Summarizer.builder().build().summarizeHtml(html));
    assertEquals(0, run.exit(), run.err());
    assertEquals(expected, MAPPER.convertValue(records.get(0).get("summary"), List.class));
    assertEquals(expected, MAPPER.convertValue(records.get(1).get("summary"), List.class));
  }

  @Test
  void evalIsListedAndHandedToTheEvalCommand() {
    Run top = run("", "--help");
    Run eval = run("", "eval", "--help");
    Run evalWithoutSets = run("", "eval");

    assertTrue(top.out().contains("eval"), top.out());
    assertEquals(0, eval.exit(), eval.err());
    assertTrue(eval.out().contains("SET.jsonl"), eval.out());
    assertEquals(2, evalWithoutSets.exit());
  }

  @Test
  void versionPrintsTheToolName() {
    Run run = run("", "--version");

    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("salient "), run.out());
  }
}
