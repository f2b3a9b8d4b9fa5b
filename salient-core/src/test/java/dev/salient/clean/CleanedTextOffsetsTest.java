package dev.salient.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.salient.Salient;
import dev.salient.Seeds;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The offset contract: every clean character maps back into the input, and the original text of a
 * sentence cleans back to the sentence. "Cleans back" means {@link TextCleaner#cleanFragment}
 * with the document's word evidence: word repair may rest on the rest of the document ("Kele-men"
 * is joined because "Kelemen" appears elsewhere), and lines are judged in the document, not in
 * the fragment.
 */
class CleanedTextOffsetsTest {
  static final List<String> SEEDS = Seeds.NAMES;
  private static final TextCleaner CLEANER = new TextCleaner();

  @ParameterizedTest
  @FieldSource("SEEDS")
  void everySummarySentenceOfASeedCleansBackFromItsOriginalText(String name) {
    String input = Seeds.read(name);
    Summary summary = Salient.summarize(input);
    CleanedText cleaned = CLEANER.clean(input);
    for (List<SummarySentence> sentences : List.of(summary.sentences(), summary.rankedSentences())) {
      for (SummarySentence s : sentences) {
        String original = input.substring(s.start(), s.end());
        assertEquals(s.text(), CLEANER.cleanFragment(original, cleaned).text(), s::toString);
      }
    }
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void seedsMapBackCharacterByCharacter(String name) {
    CleanedText cleaned = CLEANER.clean(Seeds.read(name));
    CleanAssertions.assertMapsBack(cleaned);
    CleanAssertions.assertSentencesCleanBack(CLEANER, cleaned);
  }

  @Property(tries = 300)
  void everySentenceCleansBackFromItsOriginalText(@ForAll("scrapedText") String input) {
    CleanedText cleaned = CLEANER.clean(input);
    CleanAssertions.assertMapsBack(cleaned);
    CleanAssertions.assertSentencesCleanBack(CLEANER, cleaned);
  }

  @Provide
  Arbitrary<String> scrapedText() {
    Arbitrary<String> piece = Arbitraries.of(
        "The", "Taliban", "T-aliban", "Kelemen", "Kele-men", "met", "m-et", "long-standing",
        "10,000-strong", "Zapad/ Interaction", "Cen-tral", "said", "in", "Kabul", "on", "Monday",
        "\u201Cwe", "will\u201D", "it\u2019s", "&amp;", "&#8217;", "&bogus;", "&", "\u00A0", "\u00AD",
        "\u200B", "  ", "\t", ".", ",", "!", "?", "...", "\u2026", "-", "--", "6 mins ago",
        "Read more", "cookies", "sign-up", "\n", "\r\n", "\n\n\n", "\r", "By Reid Standish\n");
    return piece.list().ofMinSize(0).ofMaxSize(60).map(parts -> {
      StringBuilder sb = new StringBuilder();
      for (String part : parts) {
        if (sb.length() > 0 && !part.startsWith("\n") && part.length() > 1) {
          sb.append(' ');
        }
        sb.append(part);
      }
      return sb.toString();
    });
  }
}
