package dev.salient.examples;

import dev.salient.Entity;
import dev.salient.Salient;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one-call facade: summarize an article file in three sentences and list its top entities.
 *
 * <pre>
 * java ... dev.salient.examples.QuickStart examples/articles/express-china-russia-taliban.txt
 * </pre>
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/articles/express-china-russia-taliban.txt");
    String article = Files.readString(file);

    Summary summary = Salient.summarize(article);

    summary.title().ifPresent(h -> System.out.println("Headline: " + h.text()));
    for (SummarySentence sentence : summary.sentences()) {
      System.out.printf("- %s%n", sentence.text());
    }
    System.out.println("Entities:");
    for (Entity entity : summary.entities().subList(0, Math.min(5, summary.entities().size()))) {
      System.out.printf("  %-20s %-12s %.3f%n", entity.name(), entity.type(), entity.salience());
    }
  }
}
