package dev.salient.split;

import dev.salient.clean.CleanedText;
import java.util.List;
import java.util.Objects;

/** A cleaned article split into sentences and tokens. Immutable. */
public final class Document {
  private final CleanedText cleaned;
  private final List<Sentence> sentences;
  private final int paragraphCount;

  public Document(CleanedText cleaned, List<Sentence> sentences) {
    this.cleaned = Objects.requireNonNull(cleaned, "cleaned");
    this.sentences = List.copyOf(sentences);
    this.paragraphCount = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
  }

  /** The cleaned text, which all sentence and token offsets point into. */
  public String text() {
    return cleaned.text();
  }

  public CleanedText cleaned() {
    return cleaned;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public int paragraphCount() {
    return paragraphCount;
  }

  /** The cleaned text of sentence {@code i}. */
  public String sentenceText(int i) {
    Sentence s = sentences.get(i);
    return cleaned.text().substring(s.start(), s.end());
  }
}
