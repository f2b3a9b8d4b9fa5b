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
