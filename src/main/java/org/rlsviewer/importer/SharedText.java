package org.rlsviewer.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each text value a diary repeats, so a million nights that say "hot bath" hold
 * one string rather than a million. Bounded: once {@link #LIMIT} different values are held, new
 * ones are kept as they are (notes are mostly unique; nothing is gained by holding them twice).
 */
final class SharedText {

  static final int LIMIT = 50_000;
  /** Longer texts are rarely repeated word for word. */
  private static final int LONGEST = 200;

  private final Map<String, String> values = new HashMap<>();

  /** The stripped text, shared with earlier equal ones; blank as "", null as null. */
  String of(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      return "";
    }
    if (s.length() > LONGEST) {
      return s;
    }
    String earlier = values.get(s);
    if (earlier != null) {
      return earlier;
    }
    if (values.size() < LIMIT) {
      values.put(s, s);
    }
    return s;
  }
}
