package dev.salient.examples;

import dev.salient.Salient;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Offsets lead back to the caller's own text: mark the chosen sentences in the original article
 * with {@code [[ ]]}, as a highlighter would.
 */
public final class HighlightOffsets {
  private HighlightOffsets() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/articles/frontier-post-beijing-moscow.txt");
    String article = Files.readString(file);
    Summary summary = Salient.summarize(article);

    StringBuilder marked = new StringBuilder(article.length() + 8 * summary.sentences().size());
    int at = 0;
    for (SummarySentence s : summary.sentences()) {
      marked.append(article, at, s.start()).append("[[").append(article, s.start(), s.end()).append("]]");
      at = s.end();
    }
    marked.append(article, at, article.length());
    System.out.println(marked);
  }
}
