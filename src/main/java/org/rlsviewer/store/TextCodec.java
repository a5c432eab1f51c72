package org.rlsviewer.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small text encodings for values kept in one column (metadata, extra columns): one item per line,
 * key and value separated by a tab, with backslash escapes, so any text round-trips and the same
 * value always encodes the same way.
 */
final class TextCodec {

  private TextCodec() {}

  static String encodeMap(Map<String, String> map) {
    StringBuilder out = new StringBuilder();
    map.forEach((k, v) -> out.append(escape(k)).append('\t').append(escape(v)).append('\n'));
    return out.toString();
  }

  static Map<String, String> decodeMap(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : lines(text)) {
      int tab = line.indexOf('\t');
      map.put(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1)));
    }
    return map;
  }

  static String encodeList(List<String> items) {
    StringBuilder out = new StringBuilder();
    items.forEach(i -> out.append(escape(i)).append('\n'));
    return out.toString();
  }

  static List<String> decodeList(String text) {
    List<String> items = new ArrayList<>();
    for (String line : lines(text)) {
      items.add(unescape(line));
    }
    return items;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    // Every item ends with a newline, so the piece after the last one is empty.
    String[] pieces = text.split("\n", -1);
    return List.of(pieces).subList(0, pieces.length - 1);
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(switch (next) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
