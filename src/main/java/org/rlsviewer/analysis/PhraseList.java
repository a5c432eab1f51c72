package org.rlsviewer.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Named lists of words and phrases kept in a resource file, each read into one regular expression that matches
 * any of them, for rules that read a note's own text (all four languages at once). A line is
 * {@code name<TAB>phrase}; a phrase is words separated by single spaces, each word one or more alternatives
 * separated by {@code |}; an alternative ending in {@code *} matches the letters that follow ("mosquito*"), one
 * starting with {@code *} the letters before ("*stich"), {@code *} alone any one word. Lines starting with
 * {@code #} are comments. The phrases keep their order (the first that fits is the one read).
 */
final class PhraseList {

  private final Map<String, String> alternations;

  private PhraseList(Map<String, String> alternations) {
    this.alternations = alternations;
  }

  static PhraseList builtIn(String resource) {
    try {
      return parse(BuiltInResource.lines(resource), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PhraseList parse(List<String> lines, String source) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    for (String line : lines) {
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      String[] parts = stripped.split("\t+");
      if (parts.length != 2) {
        throw new IllegalStateException("Not a phrase line in " + source + ": " + line);
      }
      phrases.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(regex(parts[1].strip()));
    }
    Map<String, String> out = new LinkedHashMap<>();
    phrases.forEach((name, list) -> out.put(name, "(?:" + String.join("|", list) + ")"));
    return new PhraseList(Map.copyOf(out));
  }

  /** The named list as a non-capturing group, to be placed in a larger expression. */
  String group(String name) {
    String g = alternations.get(name);
    if (g == null) {
      throw new IllegalStateException("No phrase list " + name);
    }
    return g;
  }

  /** The named list as whole words, case-insensitive, letters of every script. */
  Pattern words(String name) {
    return Pattern.compile("(?iuU)\\b" + group(name) + "\\b");
  }

  private static String regex(String phrase) {
    List<String> words = new ArrayList<>();
    for (String word : phrase.split(" ")) {
      List<String> alternatives = new ArrayList<>();
      for (String a : word.split("\\|")) {
        alternatives.add(a.equals("*") ? "\\w+" : (a.startsWith("*") ? "\\w*" : "")
            + Pattern.quote(a.replace("*", "")) + (a.endsWith("*") && a.length() > 1 ? "\\w*" : ""));
      }
      words.add(alternatives.size() == 1 ? alternatives.get(0) : "(?:" + String.join("|", alternatives) + ")");
    }
    return String.join(" ", words);
  }
}
