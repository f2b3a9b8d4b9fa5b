package dev.salient;

import java.util.List;
import java.util.Objects;

/**
 * An entity the article is about, with how central it is to the article.
 *
 * <pre>{@code
 * for (Entity e : summary.entities()) {
 *   System.out.printf("%.3f %s %s, %d mentions%n", e.salience(), e.type(), e.name(), e.mentions().size());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name canonical name (the longest full form seen, e.g. "Barbara Kelemen" for "Ms Kelemen")
 * @param type what kind of thing it is, where the evidence allows a guess (see {@link EntityType});
 *     {@link EntityType#OTHER} when it does not
 * @param salience in 0..1; the saliences of all entities of one summary sum to 1
 * @param mentions every mention, in document order, with offsets into {@link Summary#source()}
 */
public record Entity(String name, EntityType type, double salience, List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!(salience >= 0.0 && salience <= 1.0)) {
      throw new IllegalArgumentException("salience must be in 0..1: salience=" + salience);
    }
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
  }
}
