package dev.salient.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One document of an entity-salience set ({@code ../shared/eval/salience-dev.jsonl}): the article
 * and its graded gold entities.
 *
 * <pre>{@code
 * List<SalienceGold> docs = SalienceGold.read(Path.of("../shared/eval/salience-dev.jsonl"));
 * String input = docs.get(0).input(); // title + "\n\n" + text
 * }</pre>
 *
 * <p>Reading needs Jackson on the classpath (an optional dependency). Immutable and thread-safe.
 *
 * @param id unique within the set
 * @param title the headline
 * @param text the article body
 * @param entities the gold entities, highest score first
 */
public record SalienceGold(String id, String title, String text, List<Entity> entities) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The score from which a gold entity counts as salient (see the set's README). */
  public static final double SALIENT = 2.0;

  public SalienceGold {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
  }

  /**
   * A gold entity.
   *
   * @param title its Wikipedia title, or null
   * @param score graded salience 0..3 (0: a candidate that is not an entity of the document)
   * @param surfaces its mentions, normalized with {@link #normalize(String)}
   */
  public record Entity(String title, double score, Set<String> surfaces) {
    public Entity {
      surfaces = Set.copyOf(surfaces);
    }
  }

  /** What the summarizer gets: the title as headline, a blank line, the text. */
  public String input() {
    return title == null ? text : title + "\n\n" + text;
  }

  /**
   * The form in which our mentions and gold surface forms are compared: lower case, no full stops,
   * straight apostrophes, no possessive "'s", no leading "the", single spaces.
   */
  public static String normalize(String surface) {
    String s = surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "");
    s = s.replaceAll("\\s+", " ").strip();
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /** Reads a salience set (JSON Lines, UTF-8). */
  public static List<SalienceGold> read(Path path) {
    List<SalienceGold> docs = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : node.get("entities")) {
          Set<String> surfaces = new HashSet<>();
          for (JsonNode s : e.get("surface_forms")) {
            surfaces.add(normalize(s.asText()));
          }
          String title = e.get("wikipedia_title").isNull() ? null : e.get("wikipedia_title").asText();
          if (title != null) {
            // "Colin_Powell" and "Democratic_Party_(United_States)" name their entity too
            surfaces.add(normalize(title.replaceAll("_\\(.*\\)$", "").replace('_', ' ')));
          }
          entities.add(new Entity(title, e.get("score").asDouble(), surfaces));
        }
        JsonNode title = node.get("title");
        docs.add(
            new SalienceGold(
                node.get("id").asText(),
                title == null || title.isNull() ? null : title.asText(),
                node.get("text").asText(),
                entities));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return docs;
  }
}
