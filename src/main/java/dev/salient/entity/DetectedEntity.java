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
 */
public record DetectedEntity(String name, EntityType type, List<EntityMention> mentions) {
  public DetectedEntity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
  }
}
