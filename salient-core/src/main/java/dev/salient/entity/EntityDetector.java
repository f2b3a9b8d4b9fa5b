package dev.salient.entity;

import dev.salient.EntityDictionary;
import dev.salient.EntityType;
import dev.salient.lang.LanguageResources;
import dev.salient.split.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the named entities of a document without a statistical model: from capitalization, word
 * lists and evidence gathered over the whole document, in time linear in its length.
 *
 * <pre>{@code
 * EntityDetector detector = new EntityDetector(LanguageResources.ENGLISH);
 * for (DetectedEntity e : detector.detect(document)) {
 *   System.out.println(e.name() + " " + e.type() + " x" + e.mentions().size());
 * }
 * }</pre>
 *
 * <p>What counts as a mention:
 *
 * <ul>
 *   <li>a run of capitalized words, with inner connectors where they belong to the name ("Bank of
 *       England", "Securities and Exchange Commission", but "China and Russia" is two); a
 *       sentence-initial or headline word only on evidence: the same word capitalized mid-sentence
 *       elsewhere, a known place, name or first name, or a word the lexicon does not know;
 *   <li>possessives lose their ending ("China's" is China); honorifics and titles are cut off and
 *       make the rest a person ("Ms Kelemen" is Kelemen, "US President Joe Biden" is US and Joe
 *       Biden);
 *   <li>demonyms and adjectival forms count for their place ("Chinese" is China, "Central Asian"
 *       is Central Asia).
 * </ul>
 *
 * <p>Mentions of one real-world thing become one entity: names of a country ("US", "U.S.",
 * "United States"), an acronym defined in brackets ("(SEC)"), a surname alone and the full name
 * ("Kelemen", "Barbara Kelemen"), and the names of a user {@link EntityDictionary} entry. Types
 * come from evidence: honorifics, titles and first names (PERSON), organization words such as
 * "Group", "Bank" or "Ministry" and unknown acronyms (ORGANIZATION), the gazetteer and "in X"
 * (LOCATION); OTHER otherwise.
 *
 * <p>Immutable and thread-safe: word lists are loaded once per language and JVM.
 */
public final class EntityDetector {
  private final Gazetteer gazetteer;
  private final KnownNames dictionary;

  /** A detector with the built-in word lists of {@code language}. */
  public EntityDetector(LanguageResources language) {
    this(language, EntityDictionary.EMPTY);
  }

  /** A detector that also knows the entities of {@code dictionary}. */
  public EntityDetector(LanguageResources language, EntityDictionary dictionary) {
    Objects.requireNonNull(language, "language");
    this.dictionary = new KnownNames(Objects.requireNonNull(dictionary, "dictionary"));
    this.gazetteer = Gazetteer.of(language);
  }

  /**
   * The canonical name of a known entity that {@code name} refers to: "U.S." and "America" give
   * "United States", "Chinese" gives "China", a user-dictionary alias its entry's name; any other
   * name is returned as given.
   */
  public String canonicalName(String name) {
    Objects.requireNonNull(name, "name");
    String key = Gazetteer.key(name);
    Gazetteer.Known known = dictionary.find(key);
    if (known == null) {
      known = gazetteer.place(key, name);
    }
    if (known == null) {
      known = gazetteer.adjective(key);
    }
    return known == null ? name : known.name();
  }

  /** The entities of {@code document}, in order of first mention, mentions in document order. */
  public List<DetectedEntity> detect(Document document) {
    Objects.requireNonNull(document, "document");
    MentionFinder finder = new MentionFinder(gazetteer, dictionary, document);
    finder.find(document);

    Map<String, Group> byKey = new LinkedHashMap<>();
    for (MentionFinder.Candidate c : finder.candidates) {
      String key = c.known != null ? "\u0000" + c.known.name() : c.key;
      byKey.computeIfAbsent(key, k -> new Group()).add(c);
    }
    for (Map.Entry<String, String> e : finder.acronyms.entrySet()) {
      Group acronym = byKey.get(e.getKey());
      Group full = byKey.get(e.getValue());
      if (acronym != null && full != null && acronym.known() == null) {
        acronym.mergeInto(full);
      }
    }
    mergeSurnames(byKey.values());

    List<DetectedEntity> entities = new ArrayList<>();
    for (Group g : byKey.values()) {
      if (g.parent == null) {
        entities.add(entity(g));
      }
    }
    entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
    return withCapitalMentions(entities, byKey);
  }

  /** Credits each country with the mentions of its capital, where both are in the document. */
  private static List<DetectedEntity> withCapitalMentions(
      List<DetectedEntity> entities, Map<String, Group> byKey) {
    Map<String, Integer> capitalMentions = new HashMap<>();
    for (Group g : byKey.values()) {
      Gazetteer.Known known = g.parent == null ? g.known() : null;
      if (known != null && known.capitalOf() != null) {
        capitalMentions.merge(known.capitalOf(), g.candidates.size(), Integer::sum);
      }
    }
    if (capitalMentions.isEmpty()) {
      return entities;
    }
    for (int i = 0; i < entities.size(); i++) {
      DetectedEntity e = entities.get(i);
      Integer n = e.country() ? capitalMentions.get(e.name()) : null;
      if (n != null) {
        entities.set(i, new DetectedEntity(e.name(), e.type(), e.mentions(), true, n));
      }
    }
    return entities;
  }

  /** Joins "Kelemen" to "Barbara Kelemen" and "Xi" to "Xi Jinping" when the match is unique. */
  private void mergeSurnames(Iterable<Group> groups) {
    Map<String, Group> byLast = new HashMap<>();
    Map<String, Group> byFirst = new HashMap<>();
    for (Group g : groups) {
      if (!isPersonLike(g)) {
        continue;
      }
      String[] words = g.longest().wordKeys;
      byLast.merge(words[words.length - 1], g, Group::larger);
      if (!gazetteer.isFirstName(words[0])) {
        byFirst.merge(words[0], g, Group::larger);
      }
    }
    if (byLast.isEmpty() && byFirst.isEmpty()) {
      return;
    }
    for (Group g : groups) {
      MentionFinder.Candidate c = g.longest();
      Gazetteer.Known known = g.known();
      if (g.parent != null || c.wordKeys.length != 1 || MentionFinder.isAcronym(c.surface)
          || (known != null && (known.country() || known.capitalOf() != null
              || known.type() != EntityType.LOCATION))) {
        continue; // a town's name may be a surname ("Lincoln"), a country's or capital's is not
      }
      Group target = byLast.get(c.key);
      if (target == null) {
        target = byFirst.get(c.key);
      }
      if (target != null && target != g) {
        target.surnameMerged = true;
        g.mergeInto(target);
      }
    }
  }

  private boolean isPersonLike(Group g) {
    MentionFinder.Candidate c = g.longest();
    String[] words = c.wordKeys;
    if (g.known() != null || words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (gazetteer.isOrgWord(w) || gazetteer.isTitle(w)) {
        return false;
      }
    }
    if ((g.evidence & MentionFinder.PERSON) != 0 || gazetteer.isFirstName(words[0])) {
      return true;
    }
    for (String w : words) {
      if (gazetteer.isParticle(w)) {
        continue; // "bin", "van", "de" inside personal names
      }
      if (gazetteer.lexicon().isCommonWord(w) || gazetteer.place(w, w) != null
          || gazetteer.adjective(w) != null) {
        return false;
      }
    }
    return true;
  }

  private DetectedEntity entity(Group g) {
    List<EntityMention> mentions = new ArrayList<>(g.candidates.size());
    for (MentionFinder.Candidate c : g.candidates) {
      mentions.add(c.toMention());
    }
    mentions.sort(Comparator.comparingInt(EntityMention::start));
    Gazetteer.Known known = g.known();
    if (known != null) {
      return new DetectedEntity(known.name(), known.type(), mentions, known.country(), 0);
    }
    MentionFinder.Candidate longest = g.longest();
    return new DetectedEntity(longest.surface, type(g, longest.wordKeys), mentions);
  }

  /** First words that make a name a place: "Mount Everest", "Lake Como", "Fort Lee". */
  private static final java.util.Set<String> PLACE_PREFIXES =
      java.util.Set.of("mount", "mt", "lake", "cape", "port", "fort", "isle", "loch", "lac");

  /** Place words that are a place on their own: "the North", "the Midwest". */
  private static final java.util.Set<String> COMPASS = java.util.Set.of("north", "south", "east",
      "west", "midwest", "northeast", "northwest", "southeast", "southwest");

  private EntityType type(Group g, String[] words) {
    if ((g.evidence & MentionFinder.PERSON) != 0 || g.surnameMerged) {
      return EntityType.PERSON;
    }
    String last = words[words.length - 1];
    if (gazetteer.isOrgWord(last)
        || (words.length > 2 && gazetteer.isOfWord(words[1]) && gazetteer.isOrgWord(words[0]))) {
      return EntityType.ORGANIZATION;
    }
    if ((gazetteer.isPlaceWord(last) && (words.length > 1 || COMPASS.contains(last)))
        || (words.length > 1 && PLACE_PREFIXES.contains(words[0]))
        || (words.length > 2 && gazetteer.isOfWord(words[1]) && gazetteer.isPlaceWord(words[0]))) {
      return EntityType.LOCATION; // "Hudson River", "Mount Everest", "Gulf of Mexico"
    }
    if (words.length == 1 && MentionFinder.isAcronym(g.longest().surface)) {
      return EntityType.ORGANIZATION;
    }
    if ((g.evidence & MentionFinder.PLACE_CONTEXT) != 0) {
      return EntityType.LOCATION;
    }
    if ((g.evidence & MentionFinder.PERSON_CONTEXT) != 0) {
      return EntityType.PERSON; // "Kelemen, who"
    }
    if (words.length == 1 && gazetteer.isFirstName(last)
        && (g.evidence & MentionFinder.LOCATION_CONTEXT) == 0
        && ((g.evidence & MentionFinder.MID_SENTENCE) != 0
            || !gazetteer.lexicon().isCommonWord(last))) {
      // a lone first name, unless "in Geneva", or a word ("Ban") seen only at a sentence start
      return EntityType.PERSON;
    }
    if (words.length >= 2 && isPersonLike(g)) {
      return EntityType.PERSON;
    }
    if ((g.evidence & MentionFinder.LOCATION_CONTEXT) != 0) {
      return EntityType.LOCATION;
    }
    if ((g.evidence & MentionFinder.AFTER_THE) != 0) {
      return EntityType.ORGANIZATION;
    }
    return EntityType.OTHER;
  }

  /** The mentions that resolve to one entity, with their evidence. Union-find by {@link #parent}. */
  private static final class Group {
    final List<MentionFinder.Candidate> candidates = new ArrayList<>(4);
    Group parent;
    int evidence;
    boolean surnameMerged;
    private MentionFinder.Candidate longest;

    void add(MentionFinder.Candidate c) {
      candidates.add(c);
      evidence |= c.evidence;
      if (longest == null || c.wordKeys.length > longest.wordKeys.length
          || (longest.adjective && !c.adjective)) {
        longest = c;
      }
    }

    void mergeInto(Group target) {
      Group root = target;
      while (root.parent != null) {
        root = root.parent;
      }
      if (root == this) {
        return;
      }
      for (MentionFinder.Candidate c : candidates) {
        root.add(c);
      }
      root.surnameMerged |= surnameMerged;
      candidates.clear();
      parent = root;
    }

    MentionFinder.Candidate longest() {
      return longest;
    }

    Gazetteer.Known known() {
      return longest.known;
    }

    static Group larger(Group a, Group b) {
      return b.candidates.size() > a.candidates.size() ? b : a;
    }
  }
}
