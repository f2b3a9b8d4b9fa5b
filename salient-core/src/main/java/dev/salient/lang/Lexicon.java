package dev.salient.lang;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The words of a language, with their usual capitalization: the word list
 * {@code /dev/salient/lang/<code>/lexicon.txt} (for English, SCOWL via Debian's wamerican, with
 * inflected forms; proper nouns capitalized).
 *
 * <p>Used to repair words broken by stray hyphens and to tell a capitalized common word ("Earlier")
 * from a name ("Beijing"). Immutable and thread-safe; one per language and JVM.
 */
public final class Lexicon {
  private final Set<String> lowercase;
  private final Set<String> capitalizedOnly;
  /** Inflectional endings to cut off a word before looking it up ("Jahren" -> "jahr"). */
  private final String[] inflections;

  private Lexicon(LanguageResources language) {
    Set<String> lower = new HashSet<>(1 << 17);
    Set<String> capitalized = new HashSet<>(1 << 15);
    // read straight into the sets: the list is long, and a cached copy of its lines is not needed
    language.forEachLine("lexicon", word -> {
      if (Character.isUpperCase(word.charAt(0))) {
        capitalized.add(word.toLowerCase(Locale.ROOT));
      } else {
        lower.add(word);
      }
    });
    capitalized.removeAll(lower);
    // private and never changed after this: no immutable copy needed
    this.lowercase = lower;
    this.capitalizedOnly = capitalized;
    this.inflections = language.list("inflections").toArray(new String[0]);
  }

  /**
   * True if {@code word} is in the lexicon, or is once an inflectional ending of the language is cut
   * off ("Jahren" for "jahr"; German "Ländern" for "länder").
   */
  public boolean containsForm(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lowercase.contains(lower) || capitalizedOnly.contains(lower)) {
      return true;
    }
    for (String ending : inflections) {
      if (lower.length() > ending.length() + 2 && lower.endsWith(ending)
          && lowercase.contains(lower.substring(0, lower.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if lower-case {@code word} ends in a common word of at least {@code minLength} letters
   * after a part of at least 3: a compound ("verteidigungsministerium" ends in "ministerium").
   */
  public boolean endsInCommonWord(String word, int minLength) {
    for (int p = 3; p + minLength <= word.length(); p++) {
      String tail = word.substring(p);
      if (lowercase.contains(tail)) {
        return true;
      }
      for (String ending : inflections) {
        if (tail.length() > ending.length() + minLength - 1 && tail.endsWith(ending)
            && lowercase.contains(tail.substring(0, tail.length() - ending.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lexicon of {@code language}, loaded once per JVM. */
  public static Lexicon of(LanguageResources language) {
    Objects.requireNonNull(language, "language");
    return language.derived("lexicon", Lexicon::new);
  }

  /** True if {@code word} is a word of the language in any capitalization. */
  public boolean contains(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lowercase.contains(lower) || capitalizedOnly.contains(lower);
  }

  /** True if {@code word}, lower-cased, is a common (lower-case) word, e.g. "earlier", "central". */
  public boolean isCommonWord(String word) {
    return lowercase.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * True if {@code word} is known only capitalized, i.e. as a name: "Beijing", "Taliban". Names
   * that are also common words ("Bush", "Bill") are not.
   */
  public boolean isName(String word) {
    return capitalizedOnly.contains(word.toLowerCase(Locale.ROOT));
  }
}
