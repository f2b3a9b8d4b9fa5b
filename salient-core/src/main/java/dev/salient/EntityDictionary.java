package dev.salient;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Entities the caller knows about, with their type and aliases: every alias found in a document
 * counts as a mention of the entity, whatever the built-in rules would make of it.
 *
 * <pre>{@code
 * EntityDictionary dictionary = EntityDictionary.builder()
 *     .add("Securities and Exchange Commission", EntityType.ORGANIZATION, "SEC", "S.E.C.")
 *     .build();
 * Summarizer summarizer = Summarizer.builder().entityDictionary(dictionary).build();
 * }</pre>
 *
 * <p>Names and aliases match capitalized names in the text, ignoring case, full stops and the
 * kind of apostrophe; when two entries share a name or alias, the later one wins. Immutable and
 * thread-safe.
 */
public final class EntityDictionary {
  /** The dictionary with no entries. */
  public static final EntityDictionary EMPTY = new EntityDictionary(List.of());

  /**
   * One known entity.
   *
   * @param name the canonical name, as entities and mentions report it
   * @param type its type
   * @param aliases the other names it goes by
   */
  public record Entry(String name, EntityType type, List<String> aliases) {
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank: name=\"" + name + "\"");
      }
      name = name.strip();
      for (String alias : aliases) {
        if (alias.isBlank()) {
          throw new IllegalArgumentException(
              "alias must not be blank: name=\"" + name + "\", alias=\"" + alias + "\"");
        }
      }
    }
  }

  private final List<Entry> entries;

  private EntityDictionary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** A builder for many entries at once. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * This dictionary plus one entry (a new dictionary; this one is unchanged). For many entries use
   * {@link #builder()}: each call copies the entries.
   *
   * @throws IllegalArgumentException if a name or alias is blank
   */
  public EntityDictionary with(String name, EntityType type, String... aliases) {
    Builder b = new Builder();
    b.entries.addAll(entries);
    return b.add(name, type, aliases).build();
  }

  /** The entries, in the order they were added. */
  public List<Entry> entries() {
    return entries;
  }

  /** True if the dictionary has no entries. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntityDictionary other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "EntityDictionary[" + entries.size() + " entries]";
  }

  /** Collects entries for an {@link EntityDictionary}. Not thread-safe. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an entity: its canonical name, its type and any other names it goes by.
     *
     * @throws IllegalArgumentException if a name or alias is blank
     */
    public Builder add(String name, EntityType type, String... aliases) {
      Objects.requireNonNull(aliases, "aliases");
      for (String alias : aliases) {
        Objects.requireNonNull(alias, "alias");
      }
      entries.add(new Entry(name, type, List.of(aliases)));
      return this;
    }

    /** An immutable dictionary of the entries added so far. */
    public EntityDictionary build() {
      return new EntityDictionary(entries);
    }
  }
}
