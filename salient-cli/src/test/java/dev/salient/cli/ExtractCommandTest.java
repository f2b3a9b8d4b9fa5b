package dev.salient.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final String PAGE = "<html lang=en><head><title>Tram line extended</title>"
      + "<meta name=author content=\"Jo Smith\"></head><body><nav><a href=/>Home</a></nav><article>"
      + "<p>The city council voted on Tuesday to extend the tram line to the northern suburbs, a plan that divided residents.</p>"
      + "<p>Construction is due to start next spring and to last three years, the council said on Tuesday.</p>"
      + "</article></body></html>";

  private static String[] run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void printsTheExtractedText(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, PAGE);
    String[] r = run("", "extract", page.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].startsWith("Tram line extended\n\nThe city council voted"), r[1]);
    assertTrue(!r[1].contains("Home"), r[1]);
  }

  @Test
  void printsMetadataAsJson() throws Exception {
    String[] r = run(PAGE, "extract", "--format", "json", "-");
    assertEquals("0", r[0], r[2]);
    JsonNode json = new ObjectMapper().readTree(r[1]);
    assertEquals("Tram line extended", json.get("title").asText());
    assertEquals("Jo Smith", json.get("byline").asText());
    assertEquals("en", json.get("language").asText());
    JsonNode first = json.get("segments").get(0);
    String text = json.get("text").asText();
    assertEquals(text.substring(first.get(0).asInt(), first.get(1).asInt()),
        PAGE.substring(first.get(2).asInt(), first.get(3).asInt()));
  }

  @Test
  void aMissingFileIsAnInputError() {
    String[] r = run("", "extract", "/no/such/page.html");
    assertEquals(String.valueOf(Main.INPUT_FAILED), r[0]);
    assertTrue(r[2].contains("/no/such/page.html"), r[2]);
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertEquals(String.valueOf(Main.USAGE), run(PAGE, "extract", "--format", "xml", "-")[0]);
  }
}
