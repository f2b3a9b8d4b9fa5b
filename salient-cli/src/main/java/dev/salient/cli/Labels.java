package dev.salient.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How the CLI names files in ids and messages. The JVM decodes file names with the locale's
 * charset ({@code sun.jnu.encoding}), so under {@code LANG=C} "café.txt" prints as "caf??.txt"
 * although the path still opens; the name's bytes survive in its URI, and are shown here as UTF-8,
 * with any byte that is not UTF-8 written {@code \xFF}. Stateless and thread-safe.
 */
final class Labels {
  private Labels() {}

  /**
   * {@code file}'s label, as found under {@code root} (given on the command line as
   * {@code rootArg}): {@code rootArg} joined with the names below it, decoded from their bytes.
   */
  static String label(String rootArg, Path root, Path file) {
    String plain = file.toString();
    if (plain.indexOf('\uFFFD') < 0) {
      return plain;
    }
    String rootPath = root.toAbsolutePath().toUri().getRawPath();
    String filePath = file.toAbsolutePath().toUri().getRawPath();
    if (!rootPath.endsWith("/")) {
      rootPath += "/";
    }
    if (!filePath.startsWith(rootPath)) {
      return fromUriPath(filePath);
    }
    String below = fromUriPath(filePath.substring(rootPath.length()));
    return rootArg.endsWith("/") ? rootArg + below : rootArg + "/" + below;
  }

  /** A raw URI path (%XX escapes) decoded to bytes, then to UTF-8 with bad bytes as {@code \xFF}. */
  static String fromUriPath(String rawPath) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c == '%' && i + 2 < rawPath.length()) {
        bytes.write(Integer.parseInt(rawPath.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return utf8WithEscapes(bytes.toByteArray());
  }

  /** {@code bytes} as UTF-8, each byte of a malformed sequence written as {@code \xHH}. */
  static String utf8WithEscapes(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    StringBuilder text = new StringBuilder(bytes.length);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      out.flip();
      text.append(out);
      out.clear();
      if (result.isUnderflow()) {
        break;
      }
      if (result.isError()) {
        for (int k = 0; k < result.length(); k++) {
          text.append(String.format(Locale.ROOT, "\\x%02X", in.get() & 0xFF));
        }
      }
    }
    return text.toString();
  }

  /**
   * A hint for a name that cannot be found and holds U+FFFD, the JVM's mark of a name its locale
   * could not decode (so it cannot be re-encoded either); empty otherwise.
   */
  static String localeHint(String name) {
    if (name.indexOf('\uFFFD') < 0) {
      return "";
    }
    String encoding = System.getProperty("sun.jnu.encoding", "unknown");
    if (encoding.equalsIgnoreCase("UTF-8")) {
      return "";
    }
    return " (the name is not valid in the locale's encoding, " + encoding
        + "; run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8)";
  }
}
