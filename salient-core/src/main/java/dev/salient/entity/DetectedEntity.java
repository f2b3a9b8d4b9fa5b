package dev.salient.entity;

import dev.salient.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * An entity found in a document: one real-world thing, with all its mentions (aliases merged).
 *
 * @param name canonical name
 * @param type the type the evidence supports
 * @param mentions every mention, in document order
 * @param country true if the entity is a country of the JDK's list (salience treats countries
 *     apart from other places)
 * @param capitalMentions for a country, how often the document names its capital, which news
 *     often uses for the country's government ("Beijing and Moscow held exercises"); else 0
 */
public record DetectedEntity(
    String name, EntityType type, List<EntityMention> mentions, boolean country,
    int capitalMentions) {
  public DetectedEntity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
  }

  /** An entity that is not a country. */
  public DetectedEntity(String name, EntityType type, List<EntityMention> mentions) {
    this(name, type, mentions, false, 0);
  }
}
