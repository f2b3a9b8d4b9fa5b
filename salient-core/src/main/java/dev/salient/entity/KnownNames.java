package dev.salient.entity;

import dev.salient.EntityDictionary;
import java.util.HashMap;
import java.util.Map;

/** The caller's {@link EntityDictionary} as a lookup by name key. Immutable and thread-safe. */
final class KnownNames {
  private final Map<String, Gazetteer.Known> byKey = new HashMap<>();

  KnownNames(EntityDictionary dictionary) {
    for (EntityDictionary.Entry entry : dictionary.entries()) {
      Gazetteer.Known known = new Gazetteer.Known(entry.name(), entry.type());
      byKey.put(Gazetteer.key(entry.name()), known);
      for (String alias : entry.aliases()) {
        byKey.put(Gazetteer.key(alias), known);
      }
    }
  }

  /** The entry whose name or alias has this key, or null. */
  Gazetteer.Known find(String key) {
    return byKey.get(key);
  }
}
