package org.rlsviewer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the program knows of one language: its lexicon ({@code concepts-xx.txt}), its context
 * triggers ({@code context-triggers-xx.txt}) and, from {@code language-xx.txt}, the function words
 * that tell the language apart, the words read as their English counterparts ({@code read-as}) and
 * the side letters read so when in brackets ({@code bracket-side}: "(g)", "(li)") and checklist
 * answers after a colon ({@code answer}: "Hinchazón: no"), and the words of a comparison
 * ({@code compare}: "más ... que la derecha" names the other leg).
 * The lexicon and trigger files of German, Spanish and French are read folded (see
 * {@link FoldedText}), so they may be written with or without accents; the medicine names of the
 * English lexicon (concepts {@link #SHARED_CONCEPTS}) are added to every language.
 */
record LanguagePack(NoteLanguage language, Lexicon lexicon, TriggerSet triggers, Set<String> functionWords,
    Map<String, String> readAs, Map<String, String> bracketSides, Vocabulary vocabulary) {

  static final Set<String> SHARED_CONCEPTS = Set.of("dopamine-agonist", "aggravating-drug", "interacting-drug");

  /** The words of a language's lexicon and triggers, for telling languages apart. */
  record Vocabulary(Set<String> words, List<String> prefixes, List<String> suffixes) {

    boolean contains(String word) {
      if (words.contains(word)) {
        return true;
      }
      for (String p : prefixes) {
        if (p.length() >= 4 && word.startsWith(p)) {
          return true;
        }
      }
      for (String s : suffixes) {
        if (s.length() >= 5 && word.endsWith(s) && word.length() > s.length()) {
          return true;
        }
      }
      return false;
    }
  }

  /** The built-in English pack: the program's own lexicon and triggers. */
  static LanguagePack english() {
    return Holder.PACKS.get(NoteLanguage.ENGLISH);
  }

  static LanguagePack builtIn(NoteLanguage language) {
    return Holder.PACKS.get(language);
  }

  /** The same language read with another lexicon (a clinic's rule file adds words to it). */
  LanguagePack withLexicon(Lexicon other) {
    return new LanguagePack(language, other, triggers, functionWords, readAs, bracketSides, vocabulary);
  }

  /** A note folded for this language's lexicon (see {@link FoldedText}). */
  FoldedText fold(String text) {
    return FoldedText.of(text, language, readAs, bracketSides, lexicon.wordClass("legpart"));
  }

  /** A word (already folded for this language) of its lexicon or triggers. */
  boolean knows(String word) {
    return vocabulary.contains(word);
  }

  static LanguagePack load(NoteLanguage language) throws IOException {
    Map<String, String> readAs = new HashMap<>();
    Map<String, String> bracketSides = new HashMap<>();
    Set<String> function = new HashSet<>();
    for (String line : lines("language-" + language.code() + ".txt")) {
      String[] parts = line.strip().split("\\t+");
      switch (parts[0]) {
        case "function" -> {
          for (String w : parts[1].split("\\s+")) {
            function.add(FoldedText.fold(w, language));
          }
        }
        case "read-as" -> {
          for (String w : parts[2].split("\\s+")) {
            readAs.put(FoldedText.fold(w, language), parts[1]);
          }
        }
        case "answer" -> {
          for (String w : parts[2].split("\\s+")) {
            readAs.put(":" + FoldedText.fold(w, language), parts[1]);
          }
        }
        case "compare" -> {
          for (String w : parts[2].split("\\s+")) {
            readAs.put(parts[1] + FoldedText.fold(w, language), parts[1]);
          }
        }
        case "bracket-side" -> {
          for (String w : parts[2].split("\\s+")) {
            bracketSides.put(FoldedText.fold(w, language), parts[1]);
          }
        }
        default -> throw new IOException("Not a language line: " + line);
      }
    }
    if (language == NoteLanguage.ENGLISH) {
      List<String> concepts = lines("concepts.txt");
      List<String> triggers = lines("context-triggers.txt");
      return new LanguagePack(language, Lexicon.builtIn(), TriggerSet.builtIn(), Set.copyOf(function), Map.of(),
          Map.of(), vocabulary(concepts, triggers));
    }
    Map<String, String> finalReadAs = Map.copyOf(readAs);
    List<String> concepts = new java.util.ArrayList<>(lines("concepts-" + language.code() + ".txt").stream()
        .map(l -> foldColumn(l, 2, language, finalReadAs)).map(LanguagePack::distinctClassWords).toList());
    for (String line : lines("concepts.txt")) {
      String[] parts = line.strip().split("\\t+");
      if (parts.length == 3 && parts[0].equals("term") && SHARED_CONCEPTS.contains(parts[1])) {
        concepts.add(line);
      }
    }
    List<String> triggers = lines("context-triggers-" + language.code() + ".txt").stream()
        .map(l -> foldColumn(l, 0, language, finalReadAs)).toList();
    Lexicon lexicon = Lexicon.read(new BufferedReader(new StringReader(String.join("\n", concepts))));
    TriggerSet triggerSet = TriggerSet.read(new StringReader(String.join("\n", triggers)));
    Vocabulary words = vocabulary(concepts, triggers);
    Set<String> english = new HashSet<>(Set.of(FoldedText.A_YEAR));
    finalReadAs.forEach((k, v) -> {
      if (Character.isLetter(k.charAt(0))) {
        english.addAll(List.of(v.split(" ")));
      }
    });
    bracketSides.values().forEach(v -> english.addAll(List.of(v.split(" "))));
    Set<String> own = new HashSet<>(words.words());
    own.removeAll(english); // "the left" stands for "linkes": not a German word
    return new LanguagePack(language, lexicon, triggerSet, Set.copyOf(function), finalReadAs,
        Map.copyOf(bracketSides), new Vocabulary(Set.copyOf(own), words.prefixes(), words.suffixes()));
  }

  /** The line with its column {@code column} (tab-separated) folded as the language reads it. */
  private static String foldColumn(String line, int column, NoteLanguage language, Map<String, String> readAs) {
    String[] parts = line.split("\t", -1);
    int seen = -1;
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isEmpty() && ++seen == column) {
        parts[i] = FoldedText.of(parts[i], language, readAs).text();
        break;
      }
    }
    return String.join("\t", parts);
  }

  /** A class line with each word once (folding makes "Füße" and "Fuesse" one word). */
  private static String distinctClassWords(String line) {
    String[] parts = line.strip().split("\\t+");
    if (parts.length != 3 || !parts[0].equals("class")) {
      return line;
    }
    return parts[0] + "\t" + parts[1] + "\t"
        + String.join(" ", new java.util.LinkedHashSet<>(List.of(parts[2].strip().split("\\s+"))));
  }

  private static Vocabulary vocabulary(List<String> concepts, List<String> triggers) {
    Set<String> words = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    Set<String> suffixes = new HashSet<>();
    for (String line : concepts) {
      String[] parts = line.strip().split("\\t+");
      if (parts.length != 3 || SHARED_CONCEPTS.contains(parts[1])) {
        continue;
      }
      for (String piece : parts[2].split("[\\s|]+")) {
        String w = piece.toLowerCase(java.util.Locale.ROOT);
        if (w.startsWith("@") || w.equals("~") || w.isEmpty()) {
          continue;
        }
        if (w.startsWith("*")) {
          suffixes.add(w.replace("*", ""));
        } else if (w.endsWith("*")) {
          prefixes.add(w.substring(0, w.length() - 1));
        } else {
          words.add(w);
        }
      }
    }
    for (String line : triggers) {
      String phrase = line.split("\t", 2)[0].toLowerCase(java.util.Locale.ROOT);
      for (String w : phrase.split("[^\\p{L}\\p{N}']+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return new Vocabulary(Set.copyOf(words), List.copyOf(prefixes), List.copyOf(suffixes));
  }

  private static List<String> lines(String resource) throws IOException {
    return BuiltInResource.lines(resource).stream()
        .filter(l -> !l.isBlank() && !l.strip().startsWith("#")).collect(Collectors.toList());
  }

  private static final class Holder {
    static final Map<NoteLanguage, LanguagePack> PACKS = loadAll();

    private static Map<NoteLanguage, LanguagePack> loadAll() {
      Map<NoteLanguage, LanguagePack> packs = new java.util.EnumMap<>(NoteLanguage.class);
      try {
        for (NoteLanguage language : NoteLanguage.values()) {
          packs.put(language, load(language));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return packs;
    }
  }
}
