package dev.salient.entity;

import dev.salient.split.Document;
import dev.salient.split.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the name mentions of one document: runs of capitalized words, cut at titles, honorifics
 * and loose connectors, with sentence-initial words kept only on evidence. Not thread-safe; one
 * per document.
 */
final class MentionFinder {
  static final int PERSON = 1;
  static final int LOCATION_CONTEXT = 2;
  static final int AFTER_THE = 4;
  static final int HONORIFIC = 8;
  /** Weak person evidence from context: "X, who", "X's wife". */
  static final int PERSON_CONTEXT = 16;
  /** Weak place evidence from context: "the X-based company". */
  static final int PLACE_CONTEXT = 32;
  /** The mention starts mid-sentence, where its capital is evidence of a name. */
  static final int MID_SENTENCE = 64;

  /** A mention before resolution. */
  static final class Candidate {
    final int sentence;
    final int start;
    final int end;
    final int firstToken;
    final int tokenCount;
    final String surface;
    final String key;
    final String[] wordKeys;
    final Gazetteer.Known known;
    final boolean adjective;
    int evidence;

    Candidate(Words w, int a, int b, String surface, Gazetteer.Known known, boolean adjective, int evidence) {
      this.sentence = w.sentence.index();
      this.start = w.start[a];
      this.end = w.end[b - 1];
      this.firstToken = w.firstToken[a];
      this.tokenCount = w.firstToken[b - 1] + w.tokenCount[b - 1] - w.firstToken[a];
      this.surface = surface;
      this.key = Gazetteer.key(surface);
      this.wordKeys = new String[b - a];
      for (int i = a; i < b; i++) {
        wordKeys[i - a] = w.key[i];
      }
      this.known = known;
      this.adjective = adjective;
      this.evidence = evidence;
    }

    EntityMention toMention() {
      return new EntityMention(sentence, start, end, firstToken, tokenCount, surface);
    }
  }

  private final Gazetteer gazetteer;
  private final KnownNames dictionary;
  private final String text;
  private final Set<String> capitalizedMidSentence = new HashSet<>();
  private final Set<String> seenLowercase = new HashSet<>();
  final List<Candidate> candidates = new ArrayList<>();
  /** Acronyms defined in brackets: "SEC" -> the key of "Securities and Exchange Commission". */
  final Map<String, String> acronyms = new HashMap<>();

  /** Every noun is capitalized (German): no capital is evidence of a name by itself. */
  private final boolean nounsCapitalized;

  MentionFinder(Gazetteer gazetteer, KnownNames dictionary, Document document) {
    this.gazetteer = gazetteer;
    this.nounsCapitalized = gazetteer.nounsCapitalized();
    this.dictionary = dictionary;
    this.text = document.text();
  }

  void find(Document document) {
    List<Sentence> sentences = document.sentences();
    Words[] all = new Words[sentences.size()];
    Set<String> uncertain = new HashSet<>();
    for (int s = 0; s < all.length; s++) {
      Words w = Words.of(sentences.get(s), gazetteer);
      all[s] = w;
      for (int i = 0; i < w.size; i++) {
        if (w.capitalized[i]) {
          (w.uncertain[i] ? uncertain : capitalizedMidSentence).add(w.key[i]);
          if (nounsCapitalized) {
            uncertain.add(w.key[i]); // "Deutsche" may be an adjective written "deutsche" elsewhere
          }
        }
      }
    }
    // only the few words whose capital is in doubt need to know if they are also written lower
    // case; a mask of their first letters spares hashing most other words
    long initials = 0;
    for (String key : uncertain) {
      initials |= 1L << (key.charAt(0) & 63);
    }
    for (Words w : all) {
      for (int i = 0; i < w.size; i++) {
        char c = w.text[i].charAt(0);
        if ((initials & (1L << (c & 63))) != 0 && !w.capitalized[i] && Character.isLowerCase(c)
            && uncertain.contains(w.key[i])) {
          seenLowercase.add(w.key[i]);
        }
      }
    }
    for (Words w : all) {
      findRuns(w);
    }
  }

  private void findRuns(Words w) {
    int i = 0;
    while (i < w.size) {
      if (!startsName(w, i) && !opensLowerCaseOrgName(w, i)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < w.size && !w.possessive[j - 1]) {
        if (continuesName(w, j)) {
          j++;
        } else if (isConnector(w, j) && j + 1 < w.size && continuesName(w, j + 1)) {
          j += 2;
        } else if (j + 2 < w.size && gazetteer.isParticle(w.key[j]) && gazetteer.isParticle(w.key[j + 1])
            && !w.capitalized[j] && !w.capitalized[j + 1] && continuesName(w, j + 2)) {
          j += 3; // "van der", "de la"
        } else if (gazetteer.isOfWord(w.key[j]) && j + 2 < w.size && gazetteer.isOfArticle(w.key[j + 1])
            && !w.capitalized[j] && continuesName(w, j + 2)) {
          j += 3;
        } else {
          break;
        }
      }
      if (gazetteer.isOrgWord(w.key[i])) {
        j = orgNameTail(w, i, j);
      }
      emitRun(w, i, j);
      i = j;
    }
  }

  /**
   * A lower-case organization word before an of-word and a name, where the language writes the
   * heads of such names in lower case: "ministère de la Culture", "ministerio de Defensa".
   */
  private boolean opensLowerCaseOrgName(Words w, int i) {
    if (!gazetteer.lowerCaseOrgHeads() || w.capitalized[i] || !gazetteer.isOrgWord(w.key[i])
        || i + 2 >= w.size || !gazetteer.isOfWord(w.key[i + 1])) {
      return false;
    }
    int k = i + 2;
    if (gazetteer.isOfArticle(w.key[k]) && k + 1 < w.size) {
      k++;
    }
    return w.capitalized[k] && !isStopWord(w, k) && startsName(w, k);
  }

  /**
   * The end of an organization name whose head [i, j) starts with an organization word, taking in
   * the lower-case words the language writes after it: up to two before a place adjective ("Union
   * européenne", "Banque centrale européenne"), or up to eight before an acronym in brackets
   * ("Institut national de recherches archéologiques préventives (Inrap)").
   */
  private int orgNameTail(Words w, int i, int j) {
    for (int k = j; k < w.size && k < j + 8; k++) {
      String t = w.text[k];
      if (t.equals("(")) {
        if (k > j && k + 2 < w.size && w.text[k + 2].equals(")") && w.capitalized[k + 1]
            && w.key[k + 1].indexOf(' ') < 0) {
          return k;
        }
        break;
      }
      if (w.capitalized[k] || !Words.isWord(t)) {
        break;
      }
    }
    if (j < w.size && !w.capitalized[j] && gazetteer.adjective(w.key[j]) != null) {
      return j + 1;
    }
    if (j + 1 < w.size && !w.capitalized[j] && !w.capitalized[j + 1] && !isStopWord(w, j)
        && gazetteer.adjective(w.key[j + 1]) != null) {
      return j + 2;
    }
    return j;
  }

  private boolean startsName(Words w, int i) {
    if (!w.capitalized[i] || isContraction(w.text[i])) {
      return false;
    }
    if (isStopWord(w, i)) {
      return opensPlaceName(w, i);
    }
    if (gazetteer.isNonEntity(w.key[i])) {
      return false;
    }
    return !(w.uncertain[i] || nounsCapitalized) || hasEvidence(w, i);
  }

  /**
   * "New" is a stop word, but it opens "New York" and "New Zealand": mid-sentence before another
   * capitalized word, or anywhere when the words it starts are a known place.
   */
  private boolean opensPlaceName(Words w, int i) {
    if (!w.key[i].equals("new") || i + 1 >= w.size || !w.capitalized[i + 1]
        || isStopWord(w, i + 1) || isContraction(w.text[i + 1])) {
      return false;
    }
    if (!w.uncertain[i]) {
      return true;
    }
    String two = "new " + w.key[i + 1];
    return lookUp(two, two) != null
        || (i + 2 < w.size && lookUp(two + " " + w.key[i + 2], two) != null);
  }

  /**
   * A contraction is not a name: "I'm", "We've", "Don't", "They'll" (the part after the apostrophe
   * is a lower-case clitic; "O'Neill" and "D'Angelo" are names).
   */
  static boolean isContraction(String word) {
    int q = Math.max(word.lastIndexOf('\''), word.lastIndexOf('\u2019'));
    if (q <= 0 || q == word.length() - 1) {
      return false;
    }
    switch (word.substring(q + 1)) {
      case "m", "ve", "ll", "d", "re":
        return true;
      case "t":
        return word.charAt(q - 1) == 'n' || word.charAt(q - 1) == 'N';
      case "s":
        return isPronounBase(word.substring(0, q));
      default:
        return false;
    }
  }

  /** "It's", "That's", "Let's", "Here's": a stop word before the clitic. */
  private static boolean isPronounBase(String base) {
    return switch (base.toLowerCase(java.util.Locale.ROOT)) {
      case "it", "that", "there", "here", "what", "who", "let", "he", "she", "where", "how",
          "everyone", "everybody", "nobody", "someone", "somebody", "this" -> true;
      default -> false;
    };
  }

  private static final java.util.regex.Pattern NAME_ADJECTIVE =
      java.util.regex.Pattern.compile(".{3,}(isch|lich|ig|al|iv|är|ös|sch)(e|en|er|es|em)");

  /** A German adjective form ("hanseatische", "europäischen"): capitalized only inside a name. */
  private static boolean isNameAdjective(String key) {
    return NAME_ADJECTIVE.matcher(key).matches();
  }

  private boolean continuesName(Words w, int j) {
    if (!w.capitalized[j] || isStopWord(w, j) || isContraction(w.text[j])) {
      return false;
    }
    if (nounsCapitalized && (gazetteer.isPlaceAdjective(w.key[j - 1]) || isNameAdjective(w.key[j - 1]))) {
      return true; // the noun an adjective qualifies: "Leipziger Verkehrsbetriebe"
    }
    if (gazetteer.isNonEntity(w.key[j]) && !gazetteer.isFirstName(w.key[j - 1])) {
      return false; // "Saturday" ends a name, but "Theresa May" is one
    }
    return !(w.uncertain[j] || nounsCapitalized) || hasEvidence(w, j);
  }

  /** A stop word, unless written as an acronym: "US" is a name, "Us" and "us" are not. */
  private boolean isStopWord(Words w, int i) {
    return gazetteer.isStopWord(w.key[i]) && !isAcronym(w.text[i]);
  }

  /** A lower-case word inside a name: "of", "and", "&", "de", "van", from the language's lists. */
  private boolean isConnector(Words w, int j) {
    if (w.capitalized[j]) {
      return false;
    }
    String key = w.key[j];
    return gazetteer.isOfWord(key) || gazetteer.isAndWord(key) || gazetteer.isParticle(key);
  }

  /** Evidence that a word whose capital says nothing is a name anyway. */
  private boolean hasEvidence(Words w, int i) {
    String key = w.key[i];
    String word = w.text[i];
    if (gazetteer.place(key, word) != null
        || gazetteer.adjective(key) != null
        || dictionary.find(key) != null
        || gazetteer.isHonorific(key)
        || (!nounsCapitalized && capitalizedMidSentence.contains(key))) {
      return true;
    }
    if (gazetteer.isTitle(key)) {
      return i + 1 < w.size && w.capitalized[i + 1];
    }
    if (nounsCapitalized) {
      if (gazetteer.isPlaceAdjective(key)) {
        return true; // "Leipziger Verkehrsbetriebe"
      }
      if (isNameAdjective(key) && i + 1 < w.size && w.capitalized[i + 1] && !isStopWord(w, i + 1)) {
        return true; // "die Hanseatische Kunststiftung": German writes adjectives lower case
      }
      // an organization or place word before a name: "Universität Hamburg", "Gewerkschaft Verdi"
      if ((gazetteer.isOrgWord(key) || gazetteer.isPlaceWord(key)) && i + 1 < w.size
          && w.capitalized[i + 1] && !gazetteer.isCommonWord(w.text[i + 1])
          && !isStopWord(w, i + 1)) {
        return true;
      }
    }
    if (gazetteer.isFirstName(key) && i + 1 < w.size && w.capitalized[i + 1]) {
      return true;
    }
    if (seenLowercase.contains(key) || word.length() < 2) {
      return false;
    }
    if (isAcronym(word)) {
      return true;
    }
    if (gazetteer.lexicon().isName(word)) {
      return true;
    }
    if (nounsCapitalized) {
      // an unknown capitalized word is a name where it is no noun: not after a determiner ("die
      // Holzkiste"), and mid-sentence, or at a sentence start when also written mid-sentence
      if (gazetteer.isCommonWord(word)) {
        return false;
      }
      if (word.indexOf('-') > 0) {
        return true; // a compound with a part that is no common word: "Fraunhofer-Gesellschaft"
      }
      if (i > 0 && gazetteer.isDeterminer(w.key[i - 1])) {
        return false;
      }
      return !w.uncertain[i] || capitalizedMidSentence.contains(key);
    }
    // an unknown word ("Kelemen"), unless it looks like an adverb ("Geopolitically")
    return !gazetteer.isCommonWord(word);
  }

  static boolean isAcronym(String word) {
    int upper = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (c != '.' && c != '&') {
        return false;
      }
    }
    return upper >= 2 && upper <= 6;
  }

  private void emitRun(Words w, int a, int b) {
    if (a >= b) {
      return;
    }
    if (b - a > 1) {
      String surface = text.substring(w.start[a], w.end[b - 1]);
      Gazetteer.Known known = lookUp(Gazetteer.key(surface), surface);
      if (known != null) {
        add(w, a, b, surface, known, false, 0);
        return;
      }
      Gazetteer.Known place = gazetteer.adjective(Gazetteer.key(surface));
      if (place != null) {
        add(w, a, b, surface, place, true, 0); // "Central Asian"
        return;
      }
      // loose connectors: "China and Russia" is two names, "Bank of England" one
      for (int k = a + 1; k < b - 1; k++) {
        if (isConnector(w, k) && splitsAt(w, a, b, k)) {
          emitRun(w, a, k);
          emitRun(w, gazetteer.isOfArticle(w.key[k + 1]) ? k + 2 : k + 1, b);
          return;
        }
      }
    }
    // an honorific inside the run: what comes before it is another name or a role noun
    // ("Kuratorin Dr. Lena Hartwig", "Minister Dr. Weber")
    for (int k = a + 1; k < b - 1; k++) {
      if (gazetteer.isHonorific(w.key[k]) && !gazetteer.isHonorific(w.key[k - 1])) {
        emitRun(w, a, k);
        emitRun(w, k, b);
        return;
      }
    }
    int h = a;
    while (h < b && gazetteer.isHonorific(w.key[h])) {
      h++;
    }
    if (h > a) {
      emitName(w, h, b, PERSON | HONORIFIC);
      return;
    }
    for (int k = a; k < b; k++) {
      if (!gazetteer.isTitle(w.key[k])) {
        continue;
      }
      int s = k;
      while (s > a && isTitleWord(w.key[s - 1])) {
        s--;
      }
      int e = k + 1;
      while (e < b) {
        if (isTitleWord(w.key[e])) {
          e++;
        } else if (gazetteer.isOfWord(w.key[e]) && e + 1 < b && isTitleWord(w.key[e + 1])) {
          e += 2;
        } else {
          break;
        }
      }
      if (e < b && gazetteer.isOrgWord(w.key[b - 1]) && s == a) {
        break; // "General Motors" is a company, not General Motors the person
      }
      emitRun(w, a, s);
      if (e < b) {
        if (isConnector(w, e)) {
          // "President of Russia": the place, not a person
          emitRun(w, gazetteer.isOfArticle(w.key[e + 1]) ? e + 2 : e + 1, b);
        } else {
          emitName(w, e, b, PERSON);
        }
      }
      return;
    }
    emitName(w, a, b, 0);
  }

  private boolean isTitleWord(String key) {
    return gazetteer.isTitle(key) || gazetteer.isTitleModifier(key);
  }

  /** Whether the run [a, b) should be cut at connector {@code k}. */
  private boolean splitsAt(Words w, int a, int b, int k) {
    String connector = w.key[k];
    if (gazetteer.isOfWord(connector)) {
      if (gazetteer.isParticle(connector) && gazetteer.isFirstName(w.key[k - 1])) {
        return false; // "Charles de Gaulle", "Ursula von der Leyen"
      }
      // the head of the name before the connector, or the name's first word: "Agência Portuguesa
      // do Ambiente", "Universidad Nacional de Colombia"
      return !gazetteer.isOfHead(w.key[k - 1]) && !gazetteer.isOrgWord(w.key[a])
          && !gazetteer.isPlaceWord(w.key[a]);
    }
    if (gazetteer.isAndWord(connector)) {
      return !gazetteer.isOrgWord(w.key[b - 1]) && !gazetteer.isOrgWord(w.key[a]);
    }
    return false; // "de", "van", "bin": inside personal names
  }

  private Gazetteer.Known lookUp(String key, String surface) {
    Gazetteer.Known known = dictionary.find(key);
    return known != null ? known : gazetteer.place(key, surface);
  }

  private void emitName(Words w, int a, int b, int evidence) {
    if (a >= b) {
      return;
    }
    String surface = text.substring(w.start[a], w.end[b - 1]);
    String key = Gazetteer.key(surface);
    Gazetteer.Known known = lookUp(key, surface);
    boolean adjective = false;
    if (known == null && b - a == 1) {
      if (gazetteer.isNonEntity(key) || isStopWord(w, a) || letterOrDigits(w.text[a]) < 2
          || gazetteer.isAbbreviation(key)) {
        return; // a lone letter ("Plan B", "vitamin C") is not a name
      }
      if (isAcronym(w.text[a]) && key.length() > 2 && gazetteer.lexicon().isCommonWord(key)
          && dictionary.find(key) == null) {
        return; // a common word in capitals ("VIP", "LOL", "STOP"), not an acronym name
      }
      known = gazetteer.adjective(key);
      adjective = known != null;
    }
    if (known == null && (evidence & PERSON) == 0 && allTitleWords(w, a, b)) {
      return; // "Prime Minister" with no name
    }
    if (a > 0) {
      String before = w.key[a - 1];
      if (gazetteer.isLocationPreposition(before)) {
        evidence |= LOCATION_CONTEXT;
      } else if (gazetteer.isDefiniteArticle(before)) {
        evidence |= AFTER_THE;
      } else if (!w.capitalized[a - 1] && gazetteer.isTitle(before)) {
        evidence |= PERSON; // "spokesman Zabihullah Mujahid"
      }
    }
    evidence |= after(w, b);
    if (!w.uncertain[a]) {
      evidence |= MID_SENTENCE;
    }
    add(w, a, b, surface, known, adjective, evidence);
    // "Securities and Exchange Commission (SEC)"
    if (b + 2 < w.size && w.text[b].equals("(") && w.text[b + 2].equals(")")
        && isAcronym(w.text[b + 1]) && b - a > 1 && initialsMatch(w, a, b, w.key[b + 1])) {
      acronyms.put(w.key[b + 1], key);
    }
  }

  private static int letterOrDigits(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static final Set<String> KIN =
      Set.of("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
          "widow", "parents", "mom", "dad", "grandfather", "grandmother", "girlfriend",
          "boyfriend");

  /** Evidence from the words after a name [.., b): "X, who", "X's wife", "X-based". */
  private static int after(Words w, int b) {
    if (b >= w.size) {
      return 0;
    }
    String next = w.key[b];
    if (next.equals("who") || next.equals("whom") || next.equals("himself")
        || next.equals("herself")) {
      return PERSON_CONTEXT;
    }
    if (next.equals(",") && b + 1 < w.size
        && (w.key[b + 1].equals("who") || w.key[b + 1].equals("whom"))) {
      return PERSON_CONTEXT;
    }
    if (w.possessive[b - 1] && KIN.contains(next)) {
      return PERSON_CONTEXT;
    }
    if (next.equals("-") && b + 1 < w.size && w.end[b - 1] == w.start[b]
        && (w.key[b + 1].equals("based") || w.key[b + 1].equals("born"))) {
      return PLACE_CONTEXT;
    }
    return 0;
  }

  private boolean allTitleWords(Words w, int a, int b) {
    for (int i = a; i < b; i++) {
      if (!isTitleWord(w.key[i]) && !gazetteer.isOfWord(w.key[i])) {
        return false;
      }
    }
    return true;
  }

  /** True if {@code acronym} spells the initials of the words [a, b), connectors optional. */
  private static boolean initialsMatch(Words w, int a, int b, String acronym) {
    StringBuilder all = new StringBuilder();
    StringBuilder capitals = new StringBuilder();
    for (int i = a; i < b; i++) {
      char c = Character.toLowerCase(w.text[i].charAt(0));
      all.append(c);
      if (w.capitalized[i]) {
        capitals.append(c);
      }
    }
    String letters = acronym.replace("&", "");
    return letters.contentEquals(all) || letters.contentEquals(capitals);
  }

  private void add(
      Words w, int a, int b, String surface, Gazetteer.Known known, boolean adjective, int evidence) {
    candidates.add(new Candidate(w, a, b, surface, known, adjective, evidence));
  }
}
