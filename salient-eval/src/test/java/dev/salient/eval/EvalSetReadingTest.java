package dev.salient.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluation and salience sets are read strictly, naming the file and line of a bad record. */
class EvalSetReadingTest {
  @TempDir Path tmp;

  private Path write(String name, String content) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void rejectsAFractionalSentenceCount() throws IOException {
    Path set =
        write("set.jsonl", "{\"id\": \"a\", \"title\": null, \"text\": \"Body.\", \"reference\": [\"r\"], \"sentences\": 2.5}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalDocument.read(set));
    assertEquals(
        "bad record: " + set + ":1: \"sentences\" must be an integer: id=a, sentences=2.5", e.getMessage());
  }

  @Test
  void rejectsAReferenceSentenceThatIsNotAString() throws IOException {
    Path set =
        write("set.jsonl", "{\"id\": \"a\", \"text\": \"Body.\", \"reference\": [\"r\", 7], \"sentences\": 1}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalDocument.read(set));
    assertEquals(
        "bad record: " + set + ":1: \"reference\" must be a list of strings: id=a, element=7", e.getMessage());
  }

  @Test
  void readsTitleTextReferenceAndK() throws IOException {
    Path set =
        write(
            "set.jsonl",
            "\n{\"id\": \"a\", \"title\": \"T\", \"text\": \"Body.\", \"reference\": [\"r1\", \"r2\"], \"sentences\": 2}\n");
    List<EvalDocument> docs = EvalDocument.read(set);
    assertEquals(List.of(new EvalDocument("a", "T", "Body.", List.of("r1", "r2"), 2)), docs);
  }

  @Test
  void salienceSetNamesTheLineOfARecordWithoutEntities() throws IOException {
    Path set =
        write(
            "salience.jsonl",
            "{\"id\": \"d1\", \"title\": \"T\", \"text\": \"Body.\", \"entities\": []}\n"
                + "{\"id\": \"d2\", \"title\": \"T\", \"text\": \"Body.\"}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SalienceGold.read(set));
    assertEquals("bad record: " + set + ":2: \"entities\" must be a list: entities=null", e.getMessage());
  }

  @Test
  void salienceSetAddsTheWikipediaTitleAsASurfaceForm() throws IOException {
    Path set =
        write(
            "salience.jsonl",
            "{\"id\": \"d1\", \"title\": null, \"text\": \"Body.\", \"entities\": [{\"wikipedia_title\":"
                + " \"Democratic_Party_(United_States)\", \"score\": 2.0, \"surface_forms\": [\"Democrats\"]}]}\n");
    SalienceGold.Entity entity = SalienceGold.read(set).get(0).entities().get(0);
    assertEquals(2.0, entity.score());
    assertEquals(java.util.Set.of("democrats", "democratic party"), entity.surfaces());
  }
}
