package dev.salient.reliability;

import dev.salient.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Test articles: the two seed articles, pieces cut from them, synthetic news sentences and hostile
 * strings, recombined into new articles, either from a {@link Random} (fast, reproducible bulk
 * input) or as a jqwik {@link Arbitrary} (shrinkable, for properties).
 *
 * <pre>{@code
 * String article = Articles.mutated(new Random(7));
 * Arbitrary<String> articles = Articles.arbitraryArticle();
 * }</pre>
 *
 * <p>Thread-safe: all state is immutable.
 */
public final class Articles {
  private Articles() {}

  /** The seed articles' file names under {@code src/test/resources/seeds/}. */
  public static final List<String> SEED_NAMES = Seeds.NAMES;

  /** The seed articles, as read from the test resources. */
  public static final List<String> SEEDS = SEED_NAMES.stream().map(Articles::seed).toList();

  /** Every non-blank line of every seed (paragraphs, headings, boilerplate). */
  public static final List<String> SEED_LINES =
      SEEDS.stream()
          .flatMap(s -> Arrays.stream(s.split("\n")))
          .filter(l -> !l.isBlank())
          .toList();

  /** Rough sentences of the seeds (cut after terminal punctuation). */
  public static final List<String> SEED_SENTENCES =
      SEED_LINES.stream()
          .flatMap(l -> Arrays.stream(l.split("(?<=[.!?…])\\s+")))
          .filter(s -> !s.isBlank())
          .toList();

  /**
   * Strings that have broken text pipelines: lone and reversed surrogates, right-to-left and mixed
   * scripts, emoji sequences, stacked combining marks, control characters, NUL, byte-order and
   * zero-width marks, bidi overrides, every kind of line break, text without spaces, markup.
   */
  public static final List<String> HOSTILE =
      List.of(
          "\uD800",
          "\uDC00",
          "abc\uDBFFdef",
          "\uDC00\uD800 reversed pair.",
          "The minister said \uD83D. Then \uDE00 left.",
          "قال وزير الخارجية إن المحادثات ستستمر في موسكو الأسبوع المقبل.",
          "אמר ראש הממשלה כי השיחות יימשכו.",
          "Putin met 习近平 in Москва on Monday, and Modi (मोदी) joined them.",
          "Vladimir Putin \u202Enitup rimidalV\u202C met officials.",
          "👨‍👩‍👧‍👦🇺🇳👍🏽 The family emoji ❤️‍🔥 went viral 🎉.",
          "Z̴̢̛͔̹a̷̭̔l̸̰̈́g̵̣͝ò̶̟ text from Ḿ̷ŏ̵s̸c̴o̵w̷ spread.",
          "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301 stacked accents.",
          "\u0000\u0000NUL\u0000bytes\u0000in the Middle.\u0000",
          "\u0001\u0002\u0007\u0008\u001B[31mRed\u001B[0m\u007F\u009F",
          "\uFEFFByte order mark at the start.",
          "Zero\u200Bwidth\u200Cjoiners\u200Dand\u2060word joiners.",
          "Line\rbreaks\r\nof\u000Bevery\fkind\u0085here\u2028and\u2029there.",
          "\t\t  \u00A0\u00A0 Non-breaking\u00A0spaces\u3000and ideographic space.",
          "中国和俄罗斯在阿富汗问题上加强合作。塔利班表示欢迎。",
          "ประเทศจีนและรัสเซียร่วมมือกัน",
          "北京とモスクワはアフガニスタンについて協議した。",
          "중국과 러시아는 아프가니스탄 문제를 논의했다.",
          "Ελλάδα και Κύπρος συμφώνησαν. Η Αθήνα χαιρέτισε τη συμφωνία.",
          "Россия и Китай провели учения. Министр обороны заявил об успехе.",
          "Mr. Dr. U.S. U.K. St. Jr. e.g. i.e. etc. ... !!! ??? ?!",
          "....................................................................",
          "-----\n*****\n=====\n_____",
          "<script>alert('x')</script> &amp; &lt;b&gt; &#0; &#xD800;",
          "Out of range: &#x110000; &#1114112; &#x7FFFFFFF; &amp;#x110000; &#99999999999; said Kabul.",
          "9".repeat(20_000) + "T-aliban fighters entered Kabul on Sunday.",
          "https://example.com/a/b?c=d&e=f#g www.example.org user@example.com",
          "Supercalifragilisticexpialidocious".repeat(40),
          "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20.",
          "\"\"\"''' «» „“ ‘’ ‹› 「」",
          "ALL CAPS HEADLINE ABOUT THE UNITED NATIONS SECURITY COUNCIL",
          "𝐌𝐚𝐭𝐡 𝐛𝐨𝐥𝐝 and ﬁ ligatures and ＦＵＬＬＷＩＤＴＨ letters.",
          "\uFFFF\uFFFE\uFFFD noncharacters and replacement.");

  private static final List<String> NAMES =
      List.of(
          "Maria Lopez", "the United Nations", "Beijing", "Moscow", "Kabul", "Xi Jinping",
          "Vladimir Putin", "the European Union", "Ms Kelemen", "Dr Ahmed", "NATO", "Sky News",
          "the Taliban", "Central Asia", "John O'Neill", "São Paulo", "Zürich", "Łódź");
  private static final List<String> VERBS =
      List.of(
          "said", "met", "warned", "criticised", "visited", "announced", "denied", "praised",
          "rejected", "welcomed", "called on", "signed a deal with");
  private static final List<String> TAILS =
      List.of(
          "on Monday", "after talks", "in a statement", "amid the crisis", "last week",
          "for the first time", "despite sanctions", "according to officials", "", "again");
  private static final List<String> ENDINGS = List.of(".", ".", ".", "!", "?", "", "…", ".\"");

  /** Reads a seed article by file name. */
  public static String seed(String name) {
    return Seeds.read(name);
  }

  /** A synthetic news sentence: a name, a verb, a name, a tail and an ending. */
  public static String syntheticSentence(Random random) {
    String tail = pick(random, TAILS);
    String subject = pick(random, NAMES);
    return Character.toUpperCase(subject.charAt(0))
        + subject.substring(1)
        + " "
        + pick(random, VERBS)
        + " "
        + pick(random, NAMES)
        + (tail.isEmpty() ? "" : " " + tail)
        + pick(random, ENDINGS);
  }

  /**
   * A new article made of 1 to 10 pieces (seed lines, seed sentences, synthetic sentences,
   * hostile strings, random characters, whole seeds cut at random points), joined by line breaks
   * or spaces.
   */
  public static String mutated(Random random) {
    int pieces = 1 + random.nextInt(10);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (i > 0) {
        out.append(pick(random, List.of("\n\n", "\n", " ", "\n \n", "\r\n")));
      }
      out.append(piece(random));
    }
    return out.toString();
  }

  private static String piece(Random random) {
    switch (random.nextInt(12)) {
      case 0:
        return pick(random, HOSTILE);
      case 1:
        return randomChars(random, 1 + random.nextInt(80));
      case 2:
        {
          String seed = pick(random, SEEDS);
          int from = random.nextInt(seed.length());
          int to = Math.min(seed.length(), from + random.nextInt(1500));
          return seed.substring(from, to);
        }
      case 3:
      case 4:
      case 5:
        return pick(random, SEED_LINES);
      case 6:
      case 7:
        return pick(random, SEED_SENTENCES);
      default:
        return syntheticSentence(random);
    }
  }

  /** Random UTF-16 code units, surrogates and control characters included. */
  static String randomChars(Random random, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] =
          switch (random.nextInt(4)) {
            case 0 -> (char) random.nextInt(0x80);
            case 1 -> (char) (0xD800 + random.nextInt(0x800));
            case 2 -> (char) random.nextInt(0x10000);
            default -> " aeiouAEIOU.,!?\n".charAt(random.nextInt(16));
          };
    }
    return new String(chars);
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** A shrinkable article: a list of pieces joined by shrinkable separators. */
  public static Arbitrary<String> arbitraryArticle() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(SEED_LINES)),
            Tuple.of(3, Arbitraries.of(SEED_SENTENCES)),
            Tuple.of(3, Arbitraries.randomValue(Articles::syntheticSentence)),
            Tuple.of(2, Arbitraries.of(HOSTILE)),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(60)),
            Tuple.of(1, Arbitraries.strings().alpha().withChars(" .,!?\n").ofMaxLength(200)));
    Arbitrary<String> separator = Arbitraries.of("\n\n", "\n", " ", "", "\r\n", "\n\t\n");
    Arbitrary<String> joined =
        Combinators.combine(separator, piece)
            .as(String::concat)
            .list()
            .ofMinSize(1)
            .ofMaxSize(12)
            .map(parts -> String.join("", parts));
    return Arbitraries.oneOf(joined, joined, joined, mutatedSeed());
  }

  /** A seed with a hostile string or random characters spliced in at some position. */
  private static Arbitrary<String> mutatedSeed() {
    Arbitrary<String> inserts =
        Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.strings().all().ofMaxLength(30));
    return Combinators.combine(
            Arbitraries.of(SEEDS),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 1),
            inserts)
        .as(
            (seed, at, cut, insert) -> {
              int position = (int) (at * seed.length());
              int end = Math.max(position, (int) (cut * seed.length()));
              List<String> parts = new ArrayList<>(3);
              parts.add(seed.substring(0, position));
              parts.add(insert);
              parts.add(seed.substring(end));
              return String.join("", parts);
            });
  }
}
