package dev.salient.entity;

import dev.salient.split.Sentence;

/**
 * The words of one sentence as entity detection sees them: tokens, with hyphenated names joined
 * ("al-Qaeda", "Smith-Jones") and possessives cut off ("China's" -> China). Offsets are into the
 * cleaned text. Not thread-safe; one per sentence and detection.
 */
final class Words {
  final Sentence sentence;
  final int size;
  final String[] text;
  final String[] key;
  final int[] start;
  final int[] end;
  final int[] firstToken;
  final int[] tokenCount;
  final boolean[] possessive;
  final boolean[] capitalized;
  /** The capital is not evidence of a name: sentence start, after a quote, in a title-case line. */
  final boolean[] uncertain;

  private Words(Sentence sentence, int capacity) {
    this.sentence = sentence;
    this.text = new String[capacity];
    this.key = new String[capacity];
    this.start = new int[capacity];
    this.end = new int[capacity];
    this.firstToken = new int[capacity];
    this.tokenCount = new int[capacity];
    this.possessive = new boolean[capacity];
    this.capitalized = new boolean[capacity];
    this.uncertain = new boolean[capacity];
    this.size = fill(sentence);
  }

  static Words of(Sentence sentence, Gazetteer gazetteer) {
    Words words = new Words(sentence, sentence.tokenCount());
    words.markUncertain(gazetteer);
    return words;
  }

  private int fill(Sentence s) {
    int n = 0;
    int t = 0;
    int count = s.tokenCount();
    while (t < count) {
      int last = t;
      // join "Smith - Jones" and "al - Qaeda" written without spaces
      boolean compound = false;
      while (true) {
        if (last + 2 < count
            && s.token(last + 1).equals("-")
            && s.tokenEnd(last) == s.tokenStart(last + 1)
            && s.tokenEnd(last + 1) == s.tokenStart(last + 2)
            && startsUpper(s.token(last + 2))
            && (startsUpper(s.token(last)) || isArticlePrefix(s.token(last)))) {
          last += 2;
        } else if (last + 1 < count
            && isHyphenName(s.token(last + 1))
            && s.tokenEnd(last) == s.tokenStart(last + 1)
            && (startsUpper(s.token(last)) || isArticlePrefix(s.token(last)))) {
          last += 1; // "El" "-Hassan"
        } else if (last == t && last + 2 < count
            && isLetterInitial(s.token(last))
            && s.token(last + 1).equals("-")
            && s.tokenEnd(last) == s.tokenStart(last + 1)
            && s.tokenEnd(last + 1) == s.tokenStart(last + 2)
            && Character.isLowerCase(s.token(last + 2).charAt(0))) {
          last += 2; // "T-shirt", "X-ray": a common word, not a name
          compound = true;
          break;
        } else {
          break;
        }
      }
      int from = s.tokenStart(t);
      int to = s.tokenEnd(last);
      String word = last == t ? s.token(t) : joined(s, t, last);
      boolean owner = false;
      int cut = possessiveLength(word);
      if (cut > 0) {
        word = word.substring(0, word.length() - cut);
        to -= cut;
        owner = true;
      }
      text[n] = word;
      // lower-case words are their own key (connectors, stop words, titles have no full stops)
      key[n] = Character.isLowerCase(word.charAt(0)) ? word : Gazetteer.key(word);
      start[n] = from;
      end[n] = to;
      firstToken[n] = t;
      tokenCount[n] = last - t + 1;
      possessive[n] = owner;
      capitalized[n] = !compound
          && (startsUpper(word) || (last > t && isArticlePrefix(s.token(t))));
      n++;
      t = last + 1;
    }
    return n;
  }

  private static String joined(Sentence s, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= to; i++) {
      b.append(s.token(i));
    }
    return b.toString();
  }

  /** How many characters of a possessive ending to cut: 2 for "China's", 1 for "Jones'". */
  private static int possessiveLength(String word) {
    int n = word.length();
    if (n > 2 && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')
        && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
        && Character.isLetter(word.charAt(n - 3))) {
      return 2;
    }
    if (n > 2 && (word.charAt(n - 1) == '\'' || word.charAt(n - 1) == '\u2019')
        && word.charAt(n - 2) == 's') {
      return 1;
    }
    return 0;
  }

  /** A token such as "-Hassan" that a tokenizer split off "El-Hassan". */
  private static boolean isHyphenName(String token) {
    return token.length() > 2 && token.charAt(0) == '-' && Character.isUpperCase(token.charAt(1));
  }

  private static boolean isLetterInitial(String token) {
    return token.length() == 1 && Character.isUpperCase(token.charAt(0));
  }

  private static boolean isArticlePrefix(String token) {
    return token.equals("al") || token.equals("el") || token.equals("ad") || token.equals("as");
  }

  static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  static boolean isWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks the words whose capital says nothing: the first word of the sentence and any word after
   * an opening quote, bracket, colon or dash; every word of a headline or of a line in title case
   * ("Recent Posts", "Why It Matters").
   */
  private void markUncertain(Gazetteer gazetteer) {
    boolean titleCase = sentence.headline();
    if (!titleCase) {
      int capitals = 0;
      boolean lowerContent = false;
      for (int i = 0; i < size; i++) {
        if (!isWord(text[i])) {
          continue;
        }
        if (capitalized[i]) {
          capitals++;
        } else if (!gazetteer.isStopWord(key[i])) {
          lowerContent = true;
          break;
        }
      }
      titleCase = !lowerContent && capitals >= 2;
    }
    boolean atStart = true;
    int label = labelEnd();
    for (int i = 0; i < size; i++) {
      if (i < label) {
        uncertain[i] = true;
        continue;
      }
      if (!isWord(text[i])) {
        if (isOpener(text[i])) {
          atStart = true;
        }
        continue;
      }
      uncertain[i] = titleCase || atStart;
      atStart = false;
    }
  }

  /**
   * The end of a kicker label such as "Why It Matters:" at the start of the sentence (up to four
   * capitalized words and a colon), or 0.
   */
  private int labelEnd() {
    for (int i = 0; i < size && i <= 4; i++) {
      if (text[i].equals(":")) {
        return i > 0 ? i : 0;
      }
      if (!capitalized[i]) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean isOpener(String token) {
    if (token.length() != 1) {
      return token.equals("--");
    }
    switch (token.charAt(0)) {
      case '"', '\u201C', '\u2018', '\'', '(', '[', ':', '\u2014', '\u2013', '-', '\u2022', '*',
          '\u201E', '\u201A', '\u00AB', '\u2039', '\u00BB', '\u203A', '\u00BF', '\u00A1':
        return true;
      default:
        return false;
    }
  }
}
