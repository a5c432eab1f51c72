package org.rlsviewer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 file shipped with the program beside these classes; one missing or unreadable is a broken build.
 * A line {@code include<TAB>FILE} stands for the lines of that file (a lexicon or trigger list split by topic).
 */
final class BuiltInResource {

  private BuiltInResource() {}

  /** Reads the file's text into what it describes. */
  interface Reading<T> {
    T read(BufferedReader text) throws IOException;
  }

  static <T> T read(String resource, Reading<T> reading) {
    try {
      return reading.read(new BufferedReader(new StringReader(String.join("\n", lines(resource)))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's lines, each {@code include} line replaced by the lines of the file it names. */
  static List<String> lines(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    addLines(resource, out, 0);
    return out;
  }

  private static void addLines(String resource, List<String> out, int depth) throws IOException {
    if (depth > 3) {
      throw new IOException("Includes nested too deep at " + resource);
    }
    try (InputStream in = BuiltInResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        String[] parts = line.strip().split("\\t+");
        if (parts.length == 2 && parts[0].equals(INCLUDE)) {
          addLines(parts[1], out, depth + 1);
        } else {
          out.add(line);
        }
      }
    }
  }

  private static final String INCLUDE = "include";
}
