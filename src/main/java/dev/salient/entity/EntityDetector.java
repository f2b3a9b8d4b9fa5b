package dev.salient.entity;

import dev.salient.EntityType;
import dev.salient.lang.Language;
import dev.salient.split.Document;
import dev.salient.split.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the entities of a document. Thread-safe.
 *
 * <p>First version: runs of capitalized tokens that are not sentence-initial, merged by exact name.
 */
public final class EntityDetector {

  public EntityDetector(Language language) {
    Objects.requireNonNull(language, "language");
  }

  /** The entities of {@code document}, in order of first mention. */
  public List<DetectedEntity> detect(Document document) {
    Map<String, List<EntityMention>> byName = new LinkedHashMap<>();
    String text = document.text();
    for (Sentence s : document.sentences()) {
      int i = 0;
      while (i < s.tokenCount()) {
        if (i > 0 && isCapitalized(s.token(i))) {
          int j = i + 1;
          while (j < s.tokenCount() && isCapitalized(s.token(j))) {
            j++;
          }
          int start = s.tokenStart(i);
          int end = s.tokenEnd(j - 1);
          String surface = text.substring(start, end);
          byName
              .computeIfAbsent(surface, k -> new ArrayList<>())
              .add(new EntityMention(s.index(), start, end, i, j - i, surface));
          i = j;
        } else {
          i++;
        }
      }
    }
    List<DetectedEntity> entities = new ArrayList<>();
    byName.forEach((name, mentions) -> entities.add(new DetectedEntity(name, EntityType.OTHER, mentions)));
    return entities;
  }

  private static boolean isCapitalized(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }
}
