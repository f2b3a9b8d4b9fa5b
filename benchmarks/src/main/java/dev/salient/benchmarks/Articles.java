package dev.salient.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news articles the benchmarks run on: the two scraped seed articles bundled under
 * {@code /dev/salient/benchmarks/articles/}, and deterministic variants of them.
 *
 * <pre>{@code
 * List<String> articles = Articles.news(8);      // 2 seeds + 6 variants, ~40 sentences each
 * String big = Articles.longText(10_000_000);    // one long article, for memory checks
 * }</pre>
 *
 * <p>A variant keeps a seed's headline and paragraph structure, renames about half of its proper
 * nouns (with made-up names, consistently within the variant) and swaps about a fifth of its later
 * paragraphs for paragraphs of the other seed, so that variants share the seeds' style and length
 * but not all of their entities. The same round always gives the same text. Stateless and
 * thread-safe.
 */
public final class Articles {
  private static final List<String> SEED_FILES =
      List.of("express-china-russia-taliban.txt", "frontier-post-beijing-moscow.txt");

  /** A capitalized word after a lower-case word: a proper noun in mid-sentence. */
  private static final Pattern PROPER_NOUN =
      Pattern.compile("(?<=[\\p{Ll},;:] )\\p{Lu}\\p{Ll}{2,}\\b");

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ra", "ten", "vo", "sar", "del", "an", "is", "or", "bel", "tor", "ul", "zen",
    "mar", "qui", "ni", "fa", "gor", "lin", "che", "bru", "dan"
  };

  private static final List<String> SEEDS = loadSeeds();

  private Articles() {}

  /** The bundled seed articles, as scraped. */
  public static List<String> seeds() {
    return SEEDS;
  }

  /** {@code count} news articles: the seeds first, then variants of them (rounds 1, 2, ...). */
  public static List<String> news(int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int seed = i % SEEDS.size();
      int round = i / SEEDS.size();
      out.add(round == 0 ? SEEDS.get(seed) : variant(seed, round));
    }
    return out;
  }

  /** Variant {@code round} of seed {@code seed} (round 0 is the seed itself). */
  public static String variant(int seed, int round) {
    if (round == 0) {
      return SEEDS.get(seed);
    }
    Random random = new Random(round * 7919L + seed);
    List<String> paragraphs = paragraphs(SEEDS.get(seed));
    List<String> others = paragraphs(SEEDS.get((seed + 1) % SEEDS.size()));
    List<String> out = new ArrayList<>(paragraphs.size());
    for (int p = 0; p < paragraphs.size(); p++) {
      boolean swap = p >= 3 && others.size() > 3 && random.nextDouble() < 0.2;
      out.add(swap ? others.get(3 + random.nextInt(others.size() - 3)) : paragraphs.get(p));
    }
    return rename(String.join("\n\n", out), random);
  }

  /**
   * One long article of at most {@code maxChars} characters (and close to it): the first seed's
   * headline, then the bodies of variants, round after round.
   */
  public static String longText(int maxChars) {
    StringBuilder text = new StringBuilder(maxChars);
    text.append(paragraphs(SEEDS.get(0)).get(0)).append("\n\n");
    for (int round = 1; ; round++) {
      List<String> paragraphs = paragraphs(variant(round % SEEDS.size(), round));
      for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
        if (text.length() + paragraph.length() + 2 > maxChars) {
          return text.toString();
        }
        text.append(paragraph).append("\n\n");
      }
    }
  }

  /** Renames about half of the proper nouns of {@code text}, each consistently. */
  private static String rename(String text, Random random) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PROPER_NOUN.matcher(text);
    while (m.find()) {
      names.add(m.group());
    }
    Map<String, String> renames = new LinkedHashMap<>();
    for (String name : names) {
      if (random.nextBoolean()) {
        renames.put(name, madeUpName(random));
      }
    }
    if (renames.isEmpty()) {
      return text;
    }
    Pattern any = Pattern.compile("\\b(" + String.join("|", renames.keySet()) + ")\\b");
    return any.matcher(text).replaceAll(r -> Matcher.quoteReplacement(renames.get(r.group(1))));
  }

  private static String madeUpName(Random random) {
    StringBuilder name = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
    return name.toString();
  }

  /** The non-blank lines of {@code text}, stripped; the first is the headline. */
  private static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static List<String> loadSeeds() {
    List<String> seeds = new ArrayList<>();
    for (String file : SEED_FILES) {
      String path = "/dev/salient/benchmarks/articles/" + file;
      try (InputStream in = Articles.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing benchmark article: " + path);
        }
        seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read benchmark article " + path, e);
      }
    }
    return List.copyOf(seeds);
  }
}
