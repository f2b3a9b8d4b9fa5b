package dev.salient.examples;

import dev.salient.Budget;
import dev.salient.Order;
import dev.salient.Summarizer;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build a {@link Summarizer} once with options, then derive variants with {@code toBuilder()}:
 * a tweet-sized summary (character cap), a word-capped one, and one focused on an entity, ranked
 * best first with the reason for each choice.
 */
public final class Budgets {
  private Budgets() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/articles/express-china-russia-taliban.txt");
    String article = Files.readString(file);

    Summarizer tweet = Summarizer.builder().maxSentences(2).maxChars(280).build();
    print("At most 280 characters", tweet.summarize(article));

    Summarizer brief = tweet.toBuilder().budget(Budget.UNCAPPED.withMaxWords(60)).build();
    print("At most 60 words", brief.summarize(article));

    Summarizer focused = Summarizer.builder().maxSentences(2).focus("Russia").order(Order.SCORE).build();
    print("Focused on Russia, best first", focused.summarize(article));
  }

  private static void print(String title, Summary summary) {
    System.out.println("== " + title);
    if (summary.isEmpty()) {
      System.out.println("(empty: " + summary.emptyReason() + ")");
    }
    for (SummarySentence s : summary.sentences()) {
      System.out.printf(
          "- %s%n    score %.3f = salience %.3f + position %.3f + content %.3f + length %.3f"
              + " + redundancy %.3f + coherence %.3f + focus %.3f%n",
          s.text(), s.score(), s.breakdown().salience(), s.breakdown().position(),
          s.breakdown().content(), s.breakdown().length(), s.breakdown().redundancy(), s.breakdown().coherence(),
          s.breakdown().focus());
    }
  }
}
