package dev.salient.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Many distinct articles from the bundled ones (examples/articles, the same text as salient-core's
 * test seeds; the tests' working directory is the repository root): each generated article is a
 * headline of one source followed by a seeded random choice and order of paragraphs from all of
 * them. Deterministic for a given count.
 */
final class GeneratedArticles {
  static final Path SOURCES = Path.of("examples/articles");

  private GeneratedArticles() {}

  /** The bundled article texts, by file name. */
  static List<String> sources() {
    try (Stream<Path> files = Files.list(SOURCES)) {
      List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      if (paths.isEmpty()) {
        throw new IllegalStateException("no articles in " + SOURCES.toAbsolutePath());
      }
      List<String> texts = new ArrayList<>();
      for (Path p : paths) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code count} articles, each different from the others. */
  static List<String> generate(int count) {
    List<String> sources = sources();
    List<String> headlines = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    for (String s : sources) {
      String[] parts = s.strip().split("\\n\\s*\\n");
      headlines.add(parts[0].strip());
      for (int i = 1; i < parts.length; i++) {
        if (!parts[i].isBlank()) {
          paragraphs.add(parts[i].strip());
        }
      }
    }
    List<String> articles = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      Random random = new Random(k);
      List<String> chosen = new ArrayList<>(paragraphs);
      Collections.shuffle(chosen, random);
      int n = 4 + random.nextInt(chosen.size() - 3);
      StringBuilder text = new StringBuilder(headlines.get(random.nextInt(headlines.size())));
      for (String p : chosen.subList(0, n)) {
        text.append("\n\n").append(p);
      }
      articles.add(text.append('\n').toString());
    }
    return articles;
  }
}
