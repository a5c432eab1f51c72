package org.rlsviewer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a UTF-8 file shipped with the program beside these classes; one missing or unreadable is a broken build. */
final class BuiltInResource {

  private BuiltInResource() {}

  /** Reads the file's text into what it describes. */
  interface Reading<T> {
    T read(BufferedReader text) throws IOException;
  }

  static <T> T read(String resource, Reading<T> reading) {
    try (InputStream in = BuiltInResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      return reading.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
