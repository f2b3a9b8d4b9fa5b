package dev.salient.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stemming of ROUGE-1.5.5's {@code -m} option: a token longer than 3 characters is replaced by
 * its WordNet 2.0 base form when it is in the exception list ({@code went -> go}), otherwise by its
 * Porter stem; shorter tokens are kept.
 *
 * <p>The Porter stemmer here reproduces the Perl implementation inside ROUGE-1.5.5, which is not the
 * textbook algorithm, so OpenNLP's {@code PorterStemmer} cannot stand in for it:
 *
 * <ul>
 *   <li>step 4 was changed by ROUGE's author (02/14/2004): after the usual suffix removal it also
 *       tries {@code -ment} and then {@code -ent} on the result, so {@code agreement -> agreem} and
 *       {@code fundamental -> fundam};
 *   <li>{@code y} counts as a vowel wherever it is not the first letter (the Perl regexes), not by
 *       the neighbouring letters as in the C version ({@code syzygy -> syzygi}).
 * </ul>
 *
 * <p>The rules are written with the same regular expressions as the Perl code, so they behave the
 * same on every input (tokens are lower-case ASCII letters and digits). Immutable and thread-safe.
 */
final class RougeStemmer {
  private static final String EXCEPTIONS = "rouge-wordnet-exceptions.tsv";

  // The Perl stemmer's building blocks: consonant, vowel, consonant run, vowel run.
  private static final String C1 = "[^aeiou]";
  private static final String V1 = "[aeiouy]";
  private static final String CS = C1 + "[^aeiouy]*";
  private static final String VS = V1 + "[aeiou]*";

  private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
  private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
  private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
  private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CS + ")?" + V1);
  private static final Pattern SHORT_CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");

  private static final Pattern STEP1A_IES = Pattern.compile("(ss|i)es$");
  private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
  private static final Pattern STEP1B_EED = Pattern.compile("eed$");
  private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
  private static final Pattern STEP1B_ADD_E = Pattern.compile("(at|bl|iz)$");
  private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
  private static final Pattern STEP1C_Y = Pattern.compile("y$");
  private static final Pattern STEP2 =
      Pattern.compile(
          "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism"
              + "|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
  private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Pattern STEP4 =
      Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern STEP4_MENT = Pattern.compile("ment$");
  private static final Pattern STEP4_ENT = Pattern.compile("ent$");
  private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
  private static final Pattern STEP5_E = Pattern.compile("e$");
  private static final Pattern STEP5_LL = Pattern.compile("ll$");

  private static final Map<String, String> STEP2_SUFFIXES =
      Map.ofEntries(
          Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
          Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
          Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
          Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
          Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
          Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
          Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
  private static final Map<String, String> STEP3_SUFFIXES =
      Map.of(
          "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "",
          "ness", "");

  private static final Map<String, String> WORDNET_EXCEPTIONS = loadExceptions();

  private RougeStemmer() {}

  /** The token as ROUGE-1.5.5 {@code -m} counts it: exception base form, Porter stem, or as is. */
  static String stemToken(String token) {
    if (token.length() <= 3) {
      return token;
    }
    String base = WORDNET_EXCEPTIONS.get(token);
    return base != null ? base : porter(token);
  }

  /** The Porter stem of a lower-case token, exactly as ROUGE-1.5.5's Perl {@code stem} gives it. */
  static String porter(String word) {
    if (word.length() < 3) {
      return word;
    }
    // An initial y is upper-cased so that the patterns treat it as a consonant.
    boolean initialY = word.charAt(0) == 'y';
    String w = initialY ? "Y" + word.substring(1) : word;
    Matcher m;

    // Step 1a
    if ((m = STEP1A_IES.matcher(w)).find()) {
      w = w.substring(0, m.start()) + m.group(1);
    } else if ((m = STEP1A_S.matcher(w)).find()) {
      w = w.substring(0, m.start()) + m.group(1);
    }
    // Step 1b
    if ((m = STEP1B_EED.matcher(w)).find()) {
      if (MGR0.matcher(w.substring(0, m.start())).find()) {
        w = w.substring(0, w.length() - 1);
      }
    } else if ((m = STEP1B_ED_ING.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (HAS_VOWEL.matcher(stem).find()) {
        w = stem;
        if (STEP1B_ADD_E.matcher(w).find()) {
          w = w + "e";
        } else if (STEP1B_DOUBLE.matcher(w).find()) {
          w = w.substring(0, w.length() - 1);
        } else if (SHORT_CVC.matcher(w).find()) {
          w = w + "e";
        }
      }
    }
    // Step 1c
    if ((m = STEP1C_Y.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (HAS_VOWEL.matcher(stem).find()) {
        w = stem + "i";
      }
    }
    // Step 2
    if ((m = STEP2.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR0.matcher(stem).find()) {
        w = stem + STEP2_SUFFIXES.get(m.group(1));
      }
    }
    // Step 3
    if ((m = STEP3.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR0.matcher(stem).find()) {
        w = stem + STEP3_SUFFIXES.get(m.group(1));
      }
    }
    // Step 4, with ROUGE's change: -ment and -ent are tried after (and on the result of) the rest.
    if ((m = STEP4.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    }
    if ((m = STEP4_MENT.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    }
    if ((m = STEP4_ENT.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    } else if ((m = STEP4_ION.matcher(w)).find()) {
      String stem = w.substring(0, m.start()) + m.group(1);
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    }
    // Step 5
    if ((m = STEP5_E.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()
          || (MEQ1.matcher(stem).find() && !SHORT_CVC.matcher(stem).find())) {
        w = stem;
      }
    }
    if (STEP5_LL.matcher(w).find() && MGR1.matcher(w).find()) {
      w = w.substring(0, w.length() - 1);
    }
    return initialY ? "y" + w.substring(1) : w;
  }

  private static Map<String, String> loadExceptions() {
    InputStream in = RougeStemmer.class.getResourceAsStream(EXCEPTIONS);
    if (in == null) {
      throw new IllegalStateException("missing resource: " + EXCEPTIONS);
    }
    Map<String, String> map = new HashMap<>(8192);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          map.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + EXCEPTIONS, e);
    }
    return Map.copyOf(map);
  }
}
