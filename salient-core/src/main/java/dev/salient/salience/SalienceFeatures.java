package dev.salient.salience;

import dev.salient.EntityType;
import dev.salient.entity.DetectedEntity;
import dev.salient.entity.EntityMention;
import dev.salient.split.Document;
import dev.salient.split.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * The features of each entity that salience is computed from, each roughly in 0..1 (mention count
 * on a log scale).
 *
 * <pre>{@code
 * double[][] x = SalienceFeatures.of(document, entities); // x[entity][feature]
 * System.out.println(SalienceFeatures.NAMES.get(0) + " = " + x[0][0]);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Cost: linear in the number of mentions.
 */
public final class SalienceFeatures {
  /** The feature names, in column order; also the keys of the weights resource. */
  public static final List<String> NAMES =
      List.of(
          "mentions", // log(1 + mention count)
          "mention_share", // mentions / all mentions of the document
          "mention_ratio", // mentions / mentions of the most-mentioned entity
          "frequency_rank", // 1 / (1 + number of entities mentioned more often)
          "earliness", // 1 - (first mention's sentence / sentence count)
          "headline", // mentioned in the headline
          "lead", // 1 / (1 + body sentences before its first body mention): 1 in the first sentence
          "paragraph_spread", // share of paragraphs that mention it
          "subject", // share of mentions that open their sentence (a stand-in for subject position)
          "person",
          "location",
          "country", // a country, not a city or region
          "capital_mentions", // log(1 + mentions of its capital), for a country
          "organization",
          "centrality"); // co-occurrence degree in sentences, over the document's highest

  private SalienceFeatures() {}

  /** The feature matrix {@code x[entity][feature]} of {@code entities} in {@code document}. */
  public static double[][] of(Document document, List<DetectedEntity> entities) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(entities, "entities");
    List<Sentence> sentences = document.sentences();
    int n = Math.max(1, sentences.size());
    int paragraphs = Math.max(1, document.paragraphCount());
    int firstBody = 0;
    while (firstBody < sentences.size() && sentences.get(firstBody).headline()) {
      firstBody++;
    }
    int totalMentions = 0;
    int maxMentions = 0;
    for (DetectedEntity e : entities) {
      totalMentions += e.mentions().size();
      maxMentions = Math.max(maxMentions, e.mentions().size());
    }
    // entities per sentence, for co-occurrence: linear in mentions
    int[] perSentence = new int[sentences.size()];
    int[] lastSentence = new int[entities.size()];
    for (int e = 0; e < entities.size(); e++) {
      lastSentence[e] = -1;
      for (EntityMention m : entities.get(e).mentions()) {
        if (m.sentence() != lastSentence[e]) {
          perSentence[m.sentence()]++;
          lastSentence[e] = m.sentence();
        }
      }
    }
    int[] counts = new int[maxMentions + 2]; // entities by mention count, for frequency rank
    for (DetectedEntity e : entities) {
      counts[e.mentions().size()]++;
    }
    for (int c = counts.length - 2; c >= 0; c--) {
      counts[c] += counts[c + 1]; // now: entities with at least c mentions
    }
    double[][] x = new double[entities.size()][NAMES.size()];
    double maxDegree = 0;
    for (int e = 0; e < entities.size(); e++) {
      DetectedEntity entity = entities.get(e);
      List<EntityMention> mentions = entity.mentions();
      double[] f = x[e];
      int paragraphsSeen = 0;
      int lastParagraph = -1;
      int lastS = -1;
      int subject = 0;
      double degree = 0;
      boolean headline = false;
      int firstBodyMention = -1;
      int firstSentence = Integer.MAX_VALUE;
      for (EntityMention m : mentions) {
        Sentence s = sentences.get(m.sentence());
        firstSentence = Math.min(firstSentence, m.sentence());
        headline |= s.headline();
        if (!s.headline() && firstBodyMention < 0) {
          firstBodyMention = m.sentence() - firstBody;
        }
        if (m.firstToken() <= firstWord(s)) {
          subject++;
        }
        if (m.sentence() != lastS) {
          degree += perSentence[m.sentence()] - 1;
          lastS = m.sentence();
          if (s.paragraph() != lastParagraph) {
            paragraphsSeen++;
            lastParagraph = s.paragraph();
          }
        }
      }
      int k = 0;
      f[k++] = Math.sqrt(mentions.size());
      f[k++] = totalMentions == 0 ? 0 : mentions.size() / (double) totalMentions;
      f[k++] = maxMentions == 0 ? 0 : mentions.size() / (double) maxMentions;
      f[k++] = 1.0 / (1 + countAbove(counts, mentions.size()));
      f[k++] = 1.0 - firstSentence / (double) n;
      f[k++] = headline ? 1 : 0;
      f[k++] = firstBodyMention < 0 ? 0 : 1.0 / (1 + firstBodyMention);
      f[k++] = Math.min(1.0, paragraphsSeen / (double) paragraphs);
      f[k++] = mentions.isEmpty() ? 0 : subject / (double) mentions.size();
      f[k++] = entity.type() == EntityType.PERSON ? 1 : 0;
      f[k++] = entity.type() == EntityType.LOCATION ? 1 : 0;
      f[k++] = entity.country() ? 1 : 0;
      f[k++] = Math.log1p(entity.capitalMentions());
      f[k++] = entity.type() == EntityType.ORGANIZATION ? 1 : 0;
      f[k] = degree;
      maxDegree = Math.max(maxDegree, degree);
    }
    int centrality = NAMES.size() - 1;
    for (double[] f : x) {
      f[centrality] = maxDegree == 0 ? 0 : f[centrality] / maxDegree;
    }
    return x;
  }

  /** The number of entities with more than {@code mentions} mentions. */
  private static int countAbove(int[] atLeast, int mentions) {
    return atLeast[mentions + 1];
  }

  /** The index of the first token of {@code s} that is not an opening quote or bracket. */
  private static int firstWord(Sentence s) {
    for (int t = 0; t < s.tokenCount(); t++) {
      String token = s.token(t);
      if (!token.isEmpty() && Character.isLetterOrDigit(token.charAt(0))) {
        return t;
      }
    }
    return 0;
  }
}
