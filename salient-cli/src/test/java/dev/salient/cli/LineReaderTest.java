package dev.salient.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static List<LineReader.Line> read(String text, int maxChars) throws IOException {
    LineReader reader = new LineReader(new StringReader(text), maxChars);
    List<LineReader.Line> lines = new ArrayList<>();
    for (LineReader.Line line; (line = reader.next()) != null; ) {
      lines.add(line);
    }
    return lines;
  }

  @Test
  void splitsOnNewlinesAndCarriageReturnNewlines() throws IOException {
    List<LineReader.Line> lines = read("a\r\nbb\n\nccc", 10);

    assertEquals(List.of("a", "bb", "", "ccc"), lines.stream().map(LineReader.Line::text).toList());
    assertEquals(List.of(1L, 2L, 3L, 4L), lines.stream().map(LineReader.Line::number).toList());
    assertTrue(lines.stream().noneMatch(LineReader.Line::tooLong));
  }

  @Test
  void aFinalNewlineDoesNotMakeAnExtraLine() throws IOException {
    assertEquals(2, read("a\nb\n", 10).size());
    assertEquals(0, read("", 10).size());
  }

  @Test
  void cutsALineOverTheLimitAndGoesOnWithTheNext() throws IOException {
    String longLine = "x".repeat(50_000);
    List<LineReader.Line> lines = read("ok\n" + longLine + "\nafter\n", 100);

    assertEquals(3, lines.size());
    assertFalse(lines.get(0).tooLong());
    assertTrue(lines.get(1).tooLong());
    assertEquals(100, lines.get(1).text().length());
    assertEquals("after", lines.get(2).text());
    assertFalse(lines.get(2).tooLong());
  }

  @Test
  void aLineExactlyAtTheLimitIsNotTooLong() throws IOException {
    List<LineReader.Line> lines = read("abcde\r\nabcdef\n", 5);

    assertFalse(lines.get(0).tooLong());
    assertEquals("abcde", lines.get(0).text());
    assertTrue(lines.get(1).tooLong());
  }

  @Test
  void dropsAByteOrderMarkAtTheStart() throws IOException {
    assertEquals("{}", read("\uFEFF{}\n", 10).get(0).text());
  }

  @Test
  void rejectsANonPositiveLimit() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LineReader(new StringReader(""), 0));
    assertEquals("maxChars must be positive: maxChars=0", e.getMessage());
  }

  @Test
  void returnsNullAgainAfterTheEnd() throws IOException {
    LineReader reader = new LineReader(new StringReader("a"), 5);
    assertEquals("a", reader.next().text());
    assertNull(reader.next());
    assertNull(reader.next());
  }

  @Test
  void aNulCharacterEndsTheInputAsBinary() throws IOException {
    List<LineReader.Line> lines = read("{}\n{\"a\u0000\":1}\n{}\n", 100);
    assertEquals(2, lines.size());
    assertFalse(lines.get(0).binary());
    assertTrue(lines.get(1).binary());
    assertEquals(2, lines.get(1).number());
  }

  @Test
  void anEndlessStreamOfNulsEndsAtOnce() throws IOException {
    java.io.Reader zeros = new java.io.Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        java.util.Arrays.fill(buffer, offset, offset + length, '\0');
        return length;
      }

      @Override
      public void close() {}
    };
    LineReader reader = new LineReader(zeros, 10);
    assertTrue(reader.next().binary());
    assertNull(reader.next());
  }
}
