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
 * @param headline the article's headline lines (the headline, then a deck line if there is one),
 *     with offsets into the source; empty when none was detected. They count toward salience and
 *     are never returned as summary sentences.
 * @param sentences the chosen sentences, in document order unless {@link Order#SCORE} was asked for
 * @param rankedSentences every sentence of the article but the headline, best first by
 *     {@link SummarySentence#score()}; the chosen ones are the same records as in {@code sentences}
 * @param entities the article's entities, most salient first; saliences sum to 1 (or there are none)
 * @param focus the {@code focus} option the summarizer was given, or null
 * @param focusEntity the entity {@code focus} matched; empty when there was no focus or when it
 *     matched no entity of this article (see {@link #focusMatched()})
 * @param emptyReason why the summary is empty, or null when it is not (set exactly when
 *     {@code sentences} is empty)
 * @param page for HTML input, the page the text was extracted from: its metadata, and {@link
 *     Page#sourceStart(int)} / {@link Page#sourceEnd(int)} to map any offset of this summary (which
 *     points into {@code source}, the page's {@link Page#text()}) back into the caller's HTML;
 *     empty for text input
 * @param language the language whose rules and word lists made this summary, and for {@link
 *     Language#AUTO} the language detected and how surely
 */
public record Summary(
    String source,
    List<TextSpan> headline,
    List<SummarySentence> sentences,
    List<SummarySentence> rankedSentences,
    List<Entity> entities,
    String focus,
    Optional<Entity> focusEntity,
    EmptyReason emptyReason,
    Optional<Page> page,
    DetectedLanguage language) {

  public Summary {
    Objects.requireNonNull(source, "source");
    headline = List.copyOf(Objects.requireNonNull(headline, "headline"));
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    rankedSentences = List.copyOf(Objects.requireNonNull(rankedSentences, "rankedSentences"));
    entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
    Objects.requireNonNull(focusEntity, "focusEntity");
    if (focus == null && focusEntity.isPresent()) {
      throw new IllegalArgumentException("a focus entity needs a focus: focusEntity=" + focusEntity.get().name());
    }
    if (sentences.isEmpty() == (emptyReason == null)) {
      throw new IllegalArgumentException(
          "emptyReason must be set exactly when there are no sentences: sentences="
              + sentences.size() + ", emptyReason=" + emptyReason);
    }
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(language, "language");
    if (page.isPresent() && !page.get().text().equals(source)) {
      throw new IllegalArgumentException("source must be the page's text when a page is given");
    }
  }

  /** A summary of text input (no page). */
  public Summary(
      String source,
      List<TextSpan> headline,
      List<SummarySentence> sentences,
      List<SummarySentence> rankedSentences,
      List<Entity> entities,
      String focus,
      Optional<Entity> focusEntity,
      EmptyReason emptyReason) {
    this(source, headline, sentences, rankedSentences, entities, focus, focusEntity, emptyReason,
        Optional.empty(), DetectedLanguage.fixed(Language.ENGLISH));
  }

  /**
   * This summary with {@code page} as the page its source was extracted from.
   *
   * @throws IllegalArgumentException if the page's text is not this summary's source
   */
  public Summary withPage(Page page) {
    return new Summary(source, headline, sentences, rankedSentences, entities, focus, focusEntity,
        emptyReason, Optional.of(page), language);
  }

  /** This summary with {@code language} as the language it was made in. */
  public Summary withLanguage(DetectedLanguage language) {
    return new Summary(source, headline, sentences, rankedSentences, entities, focus, focusEntity,
        emptyReason, page, language);
  }

  /**
   * An empty summary of {@code source}, saying why it is empty.
   *
   * @throws NullPointerException if source or reason is null
   */
  public static Summary empty(String source, EmptyReason reason) {
    return new Summary(
        source, List.of(), List.of(), List.of(), List.of(), null, Optional.empty(),
        Objects.requireNonNull(reason, "reason"));
  }

  /** The chosen sentences' cleaned text, joined by single spaces. */
  public String text() {
    return sentences.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
  }

  /** True when no sentence was chosen; {@link #emptyReason()} says why. */
  public boolean isEmpty() {
    return sentences.isEmpty();
  }

  /** The first headline line, the headline itself, if one was detected. */
  public Optional<TextSpan> title() {
    return headline.isEmpty() ? Optional.empty() : Optional.of(headline.get(0));
  }

  /**
   * False when a focus was asked for and no entity of this article matched it (the summary is then
   * made as without a focus); true otherwise.
   */
  public boolean focusMatched() {
    return focus == null || focusEntity.isPresent();
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
        + ", headline=" + title().map(h -> "\"" + h.text() + "\"").orElse("none")
        + ", sentences=" + sentences
        + ", rankedSentences=" + rankedSentences.size()
        + ", entities=" + entities.size()
        + (entities.isEmpty() ? "" : " (top: " + entities.get(0).name() + ")")
        + (focus == null ? "" : ", focus=\"" + focus + "\"" + (focusMatched() ? "" : " (no match)"))
        + ", emptyReason=" + emptyReason + "]";
  }
}
