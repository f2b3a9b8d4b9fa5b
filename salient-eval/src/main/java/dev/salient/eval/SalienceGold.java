package dev.salient.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
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
    return JsonLines.input(title, text);
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

  /**
   * Reads a salience set (JSON Lines, UTF-8; blank lines are skipped).
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException naming the file and line when a record is malformed
   */
  public static List<SalienceGold> read(Path path) {
    return JsonLines.read(path, SalienceGold::parse);
  }

  private static SalienceGold parse(JsonNode node) {
    String id = JsonLines.requiredText(node, "id");
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : JsonLines.requiredArray(node, "entities")) {
      Set<String> surfaces = new HashSet<>();
      for (JsonNode s : JsonLines.requiredArray(e, "surface_forms")) {
        surfaces.add(normalize(s.asText()));
      }
      String title = JsonLines.optionalText(e, "wikipedia_title");
      if (title != null) {
        // "Colin_Powell" and "Democratic_Party_(United_States)" name their entity too
        surfaces.add(normalize(title.replaceAll("_\\(.*\\)$", "").replace('_', ' ')));
      }
      JsonNode score = e.get("score");
      if (score == null || !score.isNumber()) {
        throw new IllegalArgumentException("\"score\" must be a number: id=" + id + ", score=" + score);
      }
      entities.add(new Entity(title, score.doubleValue(), surfaces));
    }
    return new SalienceGold(
        id, JsonLines.optionalText(node, "title"), JsonLines.requiredText(node, "text"), entities);
  }
}
