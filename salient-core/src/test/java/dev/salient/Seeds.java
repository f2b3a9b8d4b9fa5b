package dev.salient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The user's own scraped articles, copied from ../shared/seeds into the test resources. */
public final class Seeds {
  public static final List<String> NAMES =
      List.of("express-china-russia-taliban.txt", "frontier-post-beijing-moscow.txt");

  private Seeds() {}

  public static String read(String name) {
    try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing seed " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> all() {
    return NAMES.stream().map(Seeds::read).toList();
  }
}
