package dev.salient;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of summarizing one article.
 *
 * <pre>{@code
 * Summary summary = Salient.summarize(article);
 * for (SummarySentence s : summary.sentences()) {
 *   System.out.println(s.text() + "  [" + s.start() + ", " + s.end() + ")");
 * }
 * summary.entities().get(0).name(); // the most salient entity
 * }</pre>
 *
 * @param source the text all offsets point into: the caller's input, or for HTML input the text
 *     extracted from the page
 * @param headline the article's headline if one was detected (it is used for salience, and not
 *     returned as a summary sentence), or null
 * @param sentences the chosen sentences, in document order unless {@link Order#SCORE} was asked for
 * @param rankedSentences every sentence of the article, best first, with its score
 * @param entities the article's entities, most salient first; saliences sum to 1 (or there are none)
 * @param emptyReason why the summary is empty, or null when it is not
 */
public record Summary(
    String source,
    String headline,
    List<SummarySentence> sentences,
    List<SummarySentence> rankedSentences,
    List<Entity> entities,
    String emptyReason) {

  public Summary {
    Objects.requireNonNull(source, "source");
    sentences = List.copyOf(sentences);
    rankedSentences = List.copyOf(rankedSentences);
    entities = List.copyOf(entities);
  }

  /** An empty summary of {@code source}, saying why it is empty. */
  public static Summary empty(String source, String reason) {
    return new Summary(source, null, List.of(), List.of(), List.of(), reason);
  }

  /** The chosen sentences' cleaned text, joined by single spaces. */
  public String text() {
    return sentences.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
  }

  /** True when no sentence was chosen; {@link #emptyReason()} says why. */
  public boolean isEmpty() {
    return sentences.isEmpty();
  }

  /** The headline, if one was detected. */
  public Optional<String> headlineText() {
    return Optional.ofNullable(headline);
  }
}
