package dev.salient.examples.consumer;

import dev.salient.Entity;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Summarizes a file from a named module: {@code requires dev.salient;} is all it needs.
 *
 * <pre>{@code
 * java -p salient.jar:opennlp-tools.jar:... -m dev.salient.examples.consumer/dev.salient.examples.consumer.ModularApp article.txt
 * }</pre>
 */
public final class ModularApp {
  private ModularApp() {}

  /** The summary of {@code text} in two sentences, one line each, then the top entity. */
  public static String describe(String text) {
    Summary summary = Summarizer.builder().maxSentences(2).build().summarize(text);
    StringBuilder out = new StringBuilder();
    for (SummarySentence s : summary.sentences()) {
      out.append("- ").append(text, s.start(), s.end()).append('\n');
    }
    for (Entity e : summary.entities().subList(0, Math.min(1, summary.entities().size()))) {
      out.append("top entity: ").append(e.name()).append(" (").append(e.type()).append(")\n");
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    System.out.print(describe(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
  }
}
