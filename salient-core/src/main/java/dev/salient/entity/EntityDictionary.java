package dev.salient.entity;

import dev.salient.EntityType;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Entities the caller knows about, with their type and aliases: every alias found in a document
 * counts as a mention of the entity, whatever the built-in rules would make of it.
 *
 * <pre>{@code
 * EntityDictionary dictionary = EntityDictionary.builder()
 *     .add("Securities and Exchange Commission", EntityType.ORGANIZATION, "SEC", "S.E.C.")
 *     .build();
 * EntityDetector detector = new EntityDetector(Language.ENGLISH, dictionary);
 * }</pre>
 *
 * <p>Names and aliases match capitalized names in the text, ignoring case, full stops and the
 * kind of apostrophe. Immutable and thread-safe.
 */
public final class EntityDictionary {
  /** The dictionary with no entries. */
  public static final EntityDictionary EMPTY = new EntityDictionary(new LinkedHashMap<>());

  private final Map<String, Gazetteer.Known> byKey;

  private EntityDictionary(Map<String, Gazetteer.Known> byKey) {
    this.byKey = Collections.unmodifiableMap(new HashMap<>(byKey));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * This dictionary plus one entry (a new dictionary; this one is unchanged).
   *
   * @throws IllegalArgumentException if a name or alias is blank
   */
  public EntityDictionary with(String name, EntityType type, String... aliases) {
    Builder b = new Builder();
    b.byKey.putAll(byKey);
    return b.add(name, type, aliases).build();
  }

  /** True if the dictionary has no entries. */
  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  /** The entry whose name or alias has this key, or null. */
  Gazetteer.Known find(String key) {
    return byKey.get(key);
  }

  @Override
  public String toString() {
    return "EntityDictionary[" + byKey.size() + " names]";
  }

  /** Collects entries for an {@link EntityDictionary}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Gazetteer.Known> byKey = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds an entity: its canonical name, its type and any other names it goes by.
     *
     * @throws IllegalArgumentException if a name or alias is blank
     */
    public Builder add(String name, EntityType type, String... aliases) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(aliases, "aliases");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank: name=\"" + name + "\"");
      }
      Gazetteer.Known known = new Gazetteer.Known(name.strip(), type);
      byKey.put(Gazetteer.key(name), known);
      for (String alias : aliases) {
        Objects.requireNonNull(alias, "alias");
        if (alias.isBlank()) {
          throw new IllegalArgumentException(
              "alias must not be blank: name=\"" + name + "\", alias=\"" + alias + "\"");
        }
        byKey.put(Gazetteer.key(alias), known);
      }
      return this;
    }

    public EntityDictionary build() {
      return new EntityDictionary(byKey);
    }
  }
}
