package dev.salient.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.salient.Summarizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The core artifact works as a named module: models and word lists load, stages stay hidden. */
class ModularAppTest {

  @Test
  void summarizesABundledArticleAsANamedModule() throws IOException {
    String text =
        Files.readString(
            Path.of("examples/articles/express-china-russia-taliban.txt"), StandardCharsets.UTF_8);
    String out = ModularApp.describe(text);
    assertEquals(2, out.lines().filter(l -> l.startsWith("- ")).count(), out);
    assertTrue(out.contains("top entity: "), out);
  }

  @Test
  void detectsLanguagesWithTheModelJarsBesideTheModule() {
    String german = "Regierung plant neue Schulden\n\n"
        + "Berlin - Bundeskanzler Olaf Scholz hat am Montag einen Nachtragshaushalt angekündigt. "
        + "Die Opposition kritisierte die Pläne scharf, weil die Schuldenbremse z. B. für Investitionen "
        + "ausgesetzt werden soll. Finanzminister Christian Lindner verteidigte den Entwurf im Bundestag. "
        + "Eine Entscheidung wird im Dezember erwartet.";
    dev.salient.Summary summary =
        Summarizer.builder().language(dev.salient.Language.AUTO).build().summarize(german);
    assertEquals(dev.salient.Language.GERMAN, summary.language().language());
    assertTrue(summary.sentences().stream().anyMatch(s -> s.text().contains("z. B. für")),
        "the abbreviation stays inside its sentence: " + summary.sentences());
  }

  @Test
  void runsOnTheModulePathAndExportsOnlyTheApiPackage() {
    Module salient = Summarizer.class.getModule();
    assertTrue(salient.isNamed(), "dev.salient is not on the module path");
    assertEquals("dev.salient", salient.getName());
    assertTrue(salient.isExported("dev.salient"));
    for (String internal : salient.getPackages()) {
      if (!internal.equals("dev.salient")) {
        assertFalse(salient.isExported(internal), internal + " is exported to everyone");
      }
    }
  }
}
