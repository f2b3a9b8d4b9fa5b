package dev.salient;

import java.util.List;
import java.util.Objects;

/**
 * An entity the article is about, with how central it is to the article.
 *
 * @param name canonical name (the longest full form seen, e.g. "Barbara Kelemen" for "Ms Kelemen")
 * @param type PERSON, LOCATION, ORGANIZATION or OTHER
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
    mentions = List.copyOf(mentions);
  }
}
