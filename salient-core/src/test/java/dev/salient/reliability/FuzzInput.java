package dev.salient.reliability;

import dev.salient.Order;
import dev.salient.Summarizer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fuzzer's raw bytes read as summarizer options and a text. The first byte is a header, the
 * rest is the text:
 *
 * <ul>
 *   <li>bits 0-1: the budget kind (0 sentences, 1 ratio, 2 words, 3 characters);
 *   <li>bits 2-4: its size {@code k} in 0..7: {@code k + 1} sentences, ratio {@code (k + 1) / 8},
 *       {@code 10 k + 1} words or {@code 50 k + 1} characters;
 *   <li>bit 5: {@link Order#SCORE} instead of {@link Order#DOCUMENT};
 *   <li>bit 6: the text is UTF-16BE code units (any {@code char}, lone surrogates included)
 *       instead of UTF-8 (malformed bytes become U+FFFD).
 * </ul>
 *
 * <p>So a plain UTF-8 file with a header byte of {@code 0x08} (3 sentences, document order) is a
 * seed: {@code printf '\x08' | cat - article.txt}.
 *
 * <pre>{@code
 * FuzzInput input = FuzzInput.decode(bytes);
 * Summary summary = input.summarizer().summarize(input.text());
 * }</pre>
 *
 * <p>{@code options} is the header without the encoding bit. Immutable; the summarizer cache is
 * thread-safe.
 */
record FuzzInput(int options, SummaryBudget budget, Order order, String text) {
  private static final Map<Integer, Summarizer> SUMMARIZERS = new ConcurrentHashMap<>();

  static FuzzInput decode(byte[] data) {
    int header = data.length == 0 ? 0x08 : data[0] & 0xFF;
    int k = (header >> 2) & 7;
    SummaryBudget budget =
        switch (header & 3) {
          case 0 -> new SummaryBudget(k + 1, 0, 0, 0);
          case 1 -> new SummaryBudget(0, (k + 1) / 8.0, 0, 0);
          case 2 -> new SummaryBudget(0, 0, 10 * k + 1, 0);
          default -> new SummaryBudget(0, 0, 0, 50 * k + 1);
        };
    Order order = (header & 0x20) != 0 ? Order.SCORE : Order.DOCUMENT;
    int from = Math.min(1, data.length);
    String text;
    if ((header & 0x40) != 0) {
      int chars = (data.length - from) / 2;
      CharBuffer buffer = ByteBuffer.wrap(data, from, chars * 2).asCharBuffer();
      text = buffer.toString();
    } else {
      text = new String(data, from, data.length - from, StandardCharsets.UTF_8);
    }
    return new FuzzInput(header & 0x3F, budget, order, text);
  }

  private static final Map<Integer, Summarizer> AUTO = new ConcurrentHashMap<>();

  /** The same, detecting the language of each input ({@code Language.AUTO}). */
  Summarizer autoSummarizer() {
    return AUTO.computeIfAbsent(options, x -> summarizer().toBuilder().language(dev.salient.Language.AUTO).build());
  }

  /** A summarizer for this input's options, shared between inputs with the same header. */
  Summarizer summarizer() {
    return SUMMARIZERS.computeIfAbsent(options, x -> budget.summarizer(order));
  }
}
