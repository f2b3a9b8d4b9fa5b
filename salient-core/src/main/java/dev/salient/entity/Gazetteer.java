package dev.salient.entity;

import dev.salient.EntityType;
import dev.salient.lang.LanguageResources;
import dev.salient.lang.Lexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists entity detection needs, for one language, loaded once per JVM: countries (names
 * from the JDK's locale data plus {@code country-aliases.txt}), demonyms, cities, regions, first
 * names, honorifics, titles, organization and place words, well-known organizations and words that
 * are never entities. Immutable and
 * thread-safe.
 */
final class Gazetteer {

  /** A known place (or user-dictionary entity) that mentions resolve to. */
  record Known(String name, EntityType type, boolean country, String capitalOf) {
    Known(String name, EntityType type) {
      this(name, type, false, null);
    }
  }

  private final Map<String, Known> names = new HashMap<>();
  /** Names written in capitals in the lists ("US", "UAE"): they match only all-capital surfaces. */
  private final Set<String> capitalOnly = new HashSet<>();
  private final Map<String, Known> adjectives = new HashMap<>();
  private final Set<String> firstNames;
  private final Set<String> honorifics;
  private final Set<String> titles;
  private final Set<String> titleModifiers;
  private final Set<String> orgWords;
  private final Set<String> placeWords;
  private final Set<String> ofHeads;
  private final Set<String> nonEntities;
  /** The language's abbreviations ("Nr.", "bzw."), as keys: never a name on their own. */
  private final Set<String> abbreviations;
  private final Set<String> stopWords;
  /** Words that join the parts of one name: "of" ("Bank of England"), "de", "für". */
  private final Set<String> ofWords;
  /** Words that join two names loosely, unless an organization word holds them together: "and". */
  private final Set<String> andWords;
  /** Lower-case particles inside personal names: "van", "de", "bin". */
  private final Set<String> particles;
  /** Articles that may follow an of-word inside a name: "the" ("Duke of the ..."), "la". */
  private final Set<String> ofArticles;
  /** Prepositions before a place: "in", "near". */
  private final Set<String> locationPrepositions;
  /** Determiners before a noun, lower case (German: "der", "eine", "im"). */
  private final Set<String> determiners;
  /** Definite articles, lower case: "the". */
  private final Set<String> definiteArticles;
  /** Endings of common words that are never names ("-ly", "-ung"), lower case. */
  private final String[] commonSuffixes;
  /** The language capitalizes every noun (German): a capital is no evidence of a name. */
  private final boolean nounsCapitalized;
  /** The language writes some organization heads in lower case ("ministère de la Culture"). */
  private final boolean lowerCaseOrgHeads;
  private final Lexicon lexicon;

  private Gazetteer(LanguageResources language) {
    Locale locale = language.locale();
    Map<String, String> countryByCode = new HashMap<>();
    Map<String, java.util.List<String>> aliasesByCode = new HashMap<>();
    for (String line : language.lines("country-aliases")) {
      String[] f = line.split("\t");
      aliasesByCode.computeIfAbsent(f[0], k -> new java.util.ArrayList<>()).add(f[1]);
    }
    for (String code : Locale.getISOCountries()) {
      String display = new Locale("", code).getDisplayCountry(locale);
      String canonical = display;
      java.util.List<String> aliases = aliasesByCode.getOrDefault(code, java.util.List.of());
      if (isAwkward(display) && !aliases.isEmpty()) {
        // "Myanmar (Burma)", "Congo - Kinshasa": the list's common name reads better
        canonical = aliases.get(0);
      }
      countryByCode.put(code, canonical);
      Known country = new Known(canonical, EntityType.LOCATION, true, null);
      putName(display, country);
      putName(canonical, country);
      for (String alias : aliases) {
        putName(alias, country);
      }
    }
    for (String line : language.lines("demonyms")) {
      String[] f = line.split("\t");
      String country = countryByCode.get(f[0]);
      if (country != null) {
        adjectives.putIfAbsent(key(f[1]), names.get(key(country)));
      }
    }
    for (String line : language.lines("regions")) {
      String[] f = line.split("\t");
      String[] forms = f[0].split("\\|");
      Known region = new Known(forms[0], EntityType.LOCATION);
      for (String form : forms) {
        names.putIfAbsent(key(form), region);
      }
      if (f.length > 1) {
        for (String adjective : f[1].split("\\|")) {
          adjectives.putIfAbsent(key(adjective), region);
        }
      }
    }
    for (String line : language.lines("cities")) {
      String[] f = line.split("\t");
      String capitalOf = f.length > 2 && f[2].equals("capital") ? countryByCode.get(f[1]) : null;
      names.putIfAbsent(key(f[0]), new Known(f[0], EntityType.LOCATION, false, capitalOf));
    }
    for (String line : language.lines("organizations")) {
      String[] forms = line.split("\\|");
      Known org = new Known(forms[0], EntityType.ORGANIZATION);
      for (String form : forms) {
        putName(form, org);
      }
    }
    this.firstNames = keys(language, "first-names");
    this.honorifics = keys(language, "honorifics");
    this.titles = inflected(keys(language, "titles"), language.list("inflections"));
    this.titleModifiers = keys(language, "title-modifiers");
    this.orgWords = keys(language, "org-words");
    this.placeWords = keys(language, "place-words");
    this.ofHeads = keys(language, "of-heads");
    this.nonEntities = keys(language, "non-entities");
    this.abbreviations = new HashSet<>();
    for (String form : language.lines("abbreviations")) {
      abbreviations.add(key(form));
    }
    this.stopWords = language.wordSet("stopwords");
    this.lexicon = Lexicon.of(language);
    this.ofWords = keys(language, "of-words");
    this.andWords = Set.copyOf(language.list("and-words"));
    this.particles = keys(language, "name-particles");
    this.ofArticles = Set.copyOf(language.list("of-articles"));
    this.locationPrepositions = Set.copyOf(language.list("location-prepositions"));
    this.definiteArticles = Set.copyOf(language.list("definite-articles"));
    this.determiners = Set.copyOf(language.list("determiners"));
    this.commonSuffixes = language.list("common-suffixes").toArray(new String[0]);
    this.nounsCapitalized = language.flag("nouns-capitalized");
    this.lowerCaseOrgHeads = language.flag("lower-case-org-heads");
  }

  static Gazetteer of(LanguageResources language) {
    return language.derived("entity-gazetteer", Gazetteer::new);
  }

  private void putName(String name, Known known) {
    String k = key(name);
    if (names.putIfAbsent(k, known) == null && isCapitals(name)) {
      capitalOnly.add(k);
    }
  }

  private static boolean isAwkward(String name) {
    return name.contains("(") || name.contains(" - ") || name.contains("&") || name.contains(" SAR ");
  }

  private static boolean isCapitals(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters > 0 && letters <= 5;
  }

  /** The words and their forms with each inflectional ending ("Präsident", "Präsidenten"). */
  private static Set<String> inflected(Set<String> words, java.util.List<String> endings) {
    if (endings.isEmpty()) {
      return words;
    }
    Set<String> all = new HashSet<>(words);
    for (String word : words) {
      if (word.indexOf(' ') < 0 && !word.endsWith(".")) {
        for (String ending : endings) {
          all.add(word + ending);
        }
      }
    }
    return Set.copyOf(all);
  }

  private static Set<String> keys(LanguageResources language, String list) {
    Set<String> set = new HashSet<>();
    for (String line : language.lines(list)) {
      set.add(key(line));
    }
    return Set.copyOf(set);
  }

  /**
   * The lookup key of a name: lower case, full stops dropped, curly apostrophes made straight and
   * white space collapsed ("U.S." and "US" -> "us").
   */
  static String key(String name) {
    boolean lower = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.' || c == '\u2019' || Character.isWhitespace(c)) {
        return slowKey(name);
      }
      lower &= !Character.isUpperCase(c);
    }
    // the common case, a single word: no copy when already lower case
    return lower ? name : name.toLowerCase(Locale.ROOT);
  }

  private static String slowKey(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.') {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
    }
    return b.toString();
  }

  /** The known place with this name, or null; {@code surface} decides capital-only names. */
  Known place(String key, String surface) {
    Known known = names.get(key);
    if (known != null && capitalOnly.contains(key) && !isCapitals(surface)) {
      return null;
    }
    return known;
  }

  /** The place a demonym or adjectival form refers to ("Chinese" -> China), or null. */
  Known adjective(String key) {
    return adjectives.get(key);
  }

  boolean isFirstName(String key) {
    return firstNames.contains(key);
  }

  boolean isHonorific(String key) {
    return honorifics.contains(key);
  }

  boolean isTitle(String key) {
    // "Verdi-Sekretär", "ex-president"; where nouns compound, "Verkehrsminister"
    return titles.contains(key) || lastPartListed(key, titles)
        || (nounsCapitalized && tailListed(key, titles));
  }

  boolean isTitleModifier(String key) {
    return titleModifiers.contains(key);
  }

  boolean isOrgWord(String key) {
    return orgWords.contains(key) || (nounsCapitalized && endsInListed(key, orgWords));
  }

  /**
   * Where nouns are compounded (German), a word whose last hyphenated part or whose tail of 6+
   * letters is listed: "Fraunhofer-Gesellschaft", "Kunststiftung" (for "Stiftung").
   */
  private static boolean endsInListed(String key, Set<String> list) {
    return lastPartListed(key, list) || tailListed(key, list);
  }

  /** The part after the last hyphen is listed: "Fraunhofer-Gesellschaft", "Verdi-Sekretär". */
  private static boolean lastPartListed(String key, Set<String> list) {
    int hyphen = key.lastIndexOf('-');
    return hyphen > 0 && list.contains(key.substring(hyphen + 1));
  }

  /** A tail of 6 or more letters after a head of 3 or more is listed: "Kunststiftung". */
  private static boolean tailListed(String key, Set<String> list) {
    for (int p = 3; p + 6 <= key.length(); p++) {
      if (list.contains(key.substring(p))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A German place adjective: a capitalized form in "-er" of a known place ("Leipziger",
   * "Berliner", "Frankfurter"), always capitalized and always part of a name.
   */
  boolean isPlaceAdjective(String key) {
    return nounsCapitalized && key.length() > 5 && key.endsWith("er")
        && names.get(key.substring(0, key.length() - 2)) != null;
  }

  /** True for a word that makes a name a place: "River", "County", "Ocean", "Street". */
  boolean isPlaceWord(String key) {
    return placeWords.contains(key) || (nounsCapitalized && endsInListed(key, placeWords));
  }

  /** True for a word that takes an "of" phrase inside a name: "Gulf" (of Mexico). */
  boolean isOfHead(String key) {
    return ofHeads.contains(key) || orgWords.contains(key) || titles.contains(key);
  }

  boolean isNonEntity(String key) {
    return nonEntities.contains(key);
  }

  boolean isStopWord(String key) {
    return stopWords.contains(key);
  }

  /** An abbreviation of the language ("Nr.", "Str."): not a name on its own. */
  boolean isAbbreviation(String key) {
    return abbreviations.contains(key);
  }

  boolean isOfWord(String key) {
    return ofWords.contains(key);
  }

  boolean isAndWord(String key) {
    return andWords.contains(key);
  }

  /** A lower-case particle inside personal names: "van", "de", "bin", "al". */
  boolean isParticle(String key) {
    return particles.contains(key);
  }

  boolean isOfArticle(String key) {
    return ofArticles.contains(key);
  }

  boolean isLocationPreposition(String key) {
    return locationPrepositions.contains(key);
  }

  boolean isDeterminer(String key) {
    return determiners.contains(key);
  }

  boolean isDefiniteArticle(String key) {
    return definiteArticles.contains(key);
  }

  boolean lowerCaseOrgHeads() {
    return lowerCaseOrgHeads;
  }

  /** True when the language capitalizes every noun, so a capital alone is no evidence of a name. */
  boolean nounsCapitalized() {
    return nounsCapitalized;
  }

  /**
   * True if {@code word} is a common word of the language: in the lexicon (also after cutting an
   * inflection, see {@link Lexicon#containsForm}), with a common ending ("-ly", "-ung"), or, where
   * nouns are capitalized, a compound ending in a long common noun ("Verteidigungsministerium").
   */
  boolean isCommonWord(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen > 0 && hyphen < word.length() - 1) {
      // "Fraunhofer-Gesellschaft", "Élysée-Palast": a name if any part is one
      for (String part : word.split("-")) {
        if (!part.isEmpty() && !isCommonWord(part)) {
          return false;
        }
      }
      return true;
    }
    if (lexicon.containsForm(word)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (String suffix : commonSuffixes) {
      if (lower.endsWith(suffix) && lower.length() >= suffix.length() + 3) {
        return true;
      }
    }
    return nounsCapitalized && lexicon.endsInCommonWord(lower, 6);
  }

  Lexicon lexicon() {
    return lexicon;
  }
}
