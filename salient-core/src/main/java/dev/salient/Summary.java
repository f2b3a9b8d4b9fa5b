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
 * <p>Immutable and thread-safe. {@link #toString()} is short (the chosen sentences in full, the
 * rest as counts), so that a summary can be logged; the components hold everything.
 *
 * @param source the text all offsets point into: the caller's input, or for HTML input the text
 *     extracted from the page
 * @param headline the article's headline if one was detected (it is used for salience, and not
 *     returned as a summary sentence), or null
 * @param sentences the chosen sentences, in document order unless {@link Order#SCORE} was asked for
 * @param rankedSentences every sentence of the article, best first, with its score
 * @param entities the article's entities, most salient first; saliences sum to 1 (or there are none)
 * @param emptyReason why the summary is empty, or null when it is not (it is set exactly when
 *     {@code sentences} is empty)
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
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    rankedSentences = List.copyOf(Objects.requireNonNull(rankedSentences, "rankedSentences"));
    entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
    if (sentences.isEmpty() == (emptyReason == null)) {
      throw new IllegalArgumentException(
          "emptyReason must be set exactly when there are no sentences: sentences="
              + sentences.size() + ", emptyReason=" + emptyReason);
    }
  }

  /**
   * An empty summary of {@code source}, saying why it is empty.
   *
   * @throws NullPointerException if source or reason is null
   */
  public static Summary empty(String source, String reason) {
    return new Summary(
        source, null, List.of(), List.of(), List.of(), Objects.requireNonNull(reason, "reason"));
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

  /**
   * A short description for logs: the chosen sentences in full, the source, the ranked sentences
   * and the entities as counts (with the most salient entity's name), e.g. {@code
   * Summary[sourceChars=5120, headline="...", sentences=[...], rankedSentences=41, entities=12
   * (top: China), emptyReason=null]}.
   */
  @Override
  public String toString() {
    return "Summary[sourceChars=" + source.length()
        + ", headline=" + (headline == null ? "null" : "\"" + headline + "\"")
        + ", sentences=" + sentences
        + ", rankedSentences=" + rankedSentences.size()
        + ", entities=" + entities.size()
        + (entities.isEmpty() ? "" : " (top: " + entities.get(0).name() + ")")
        + ", emptyReason=" + emptyReason + "]";
  }
}
