package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Patient;

/**
 * The development corpora (corpus/dev to corpus/dev4, every language), every note that raises a
 * flag from the note, in a seeded order: every phrase a flag was found on is written again with hidden
 * characters inside its words (zero-width, soft hyphen, bidirectional controls), a look-alike
 * Cyrillic letter, a full-width letter or a ligature NFKC folds, and the note must give the same
 * flags, rule, urgency and certainty.
 */
class RedFlagPhraseFuzzTest {

  private static final long SEED = 2026_12_07L;
  /** Fewest notes with a flag from the note expected per corpus file, so an empty or unread file fails. */
  private static final int PER_FILE = 60;
  private static final List<String> PARTS = List.of("corpus/dev", "corpus/dev2", "corpus/dev3", "corpus/dev4");
  private static final char[] HIDDEN = {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E',
      '\u200F', '\u202A', '\u202C', '\u202E', '\u2066', '\u2069', '\u061C', '\u180E'};
  private static final Map<Character, Character> CYRILLIC = Map.of('a', '\u0430', 'e', '\u0435', 'o', '\u043E',
      'p', '\u0440', 'c', '\u0441', 'x', '\u0445', 'y', '\u0443', 'i', '\u0456', 's', '\u0455');

  private final DiaryAnalyser analyser = new DiaryAnalyser();

  record Note(String id, String medications, Integer magnesium, String text) {}

  @Test
  void hiddenCharactersInsideEveryRedFlagPhraseChangeNoFlag() throws Exception {
    Random random = new Random(SEED);
    List<String> differences = new ArrayList<>();
    int checked = 0;
    int phrases = 0;
    Set<String> rulesSeen = new TreeSet<>();
    for (Path file : corpusFiles()) {
      List<Note> notes = read(file);
      Collections.shuffle(notes, random);
      int fromFile = 0;
      for (Note note : notes) {
        List<Flag> plain = flags(note, note.text());
        List<Evidence> inNote = plain.stream().map(Flag::evidence).filter(e -> e.field() == DiaryField.NOTES)
            .filter(e -> e.end() > e.start()).toList();
        if (inNote.isEmpty()) {
          continue;
        }
        fromFile++;
        phrases += inNote.size();
        plain.forEach(f -> rulesSeen.add(f.ruleId()));
        String disguised = disguise(note.text(), inNote, random);
        assertThat(disguised).isNotEqualTo(note.text());
        String before = summary(plain);
        String after = summary(flags(note, disguised));
        if (!before.equals(after)) {
          differences.add(note.id() + ": " + before + " -> " + after + " in \"" + visible(disguised) + "\"");
        }
      }
      checked += fromFile;
    }
    assertThat(differences).as("notes whose flags changed").isEmpty();
    assertThat(checked).isGreaterThan(PER_FILE * 6);
    assertThat(phrases).isGreaterThan(checked);
    assertThat(rulesSeen).contains("weakness", "numbness", "swelling");
  }

  private static List<Path> corpusFiles() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String part : PARTS) {
      Path dir = Path.of(RedFlagPhraseFuzzTest.class.getResource(part).toURI());
      try (Stream<Path> listed = Files.list(dir)) {
        listed.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static List<Note> read(Path tsv) throws IOException {
    List<Note> notes = new ArrayList<>();
    List<String> header = null;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cols = List.of(line.split("\t", -1));
      if (header == null) {
        header = cols;
        continue;
      }
      List<String> h = header;
      java.util.function.Function<String, String> col = name -> h.contains(name) ? cols.get(h.indexOf(name)) : "";
      String mg = col.apply("magnesium_mg").strip();
      notes.add(new Note(col.apply("id"), col.apply("medications"), mg.isEmpty() ? null : Integer.valueOf(mg),
          col.apply("notes")));
    }
    return notes;
  }

  private List<Flag> flags(Note note, String text) {
    DiaryEntry night = new DiaryEntry(1, LocalDate.of(2000, 1, 1), null, null, null, "", null, null, null, null,
        null, null, null, null, null, note.magnesium(), "", note.medications(), "", null, null, "", text, Map.of());
    return analyser.analyse(new Diary(Patient.unknown(), Map.of(), List.of(night), List.of())).flags();
  }

  private static String summary(List<Flag> flags) {
    return flags.stream().map(f -> f.ruleId() + ":" + f.urgency().label() + ":" + f.certainty().label())
        .collect(Collectors.toCollection(TreeSet::new)).toString();
  }

  /** Each phrase, from the last to the first (so earlier offsets hold), disguised inside its words. */
  static String disguise(String text, List<Evidence> phrases, Random random) {
    StringBuilder s = new StringBuilder(text);
    List<Evidence> lastFirst = phrases.stream().sorted(Comparator.comparingInt(Evidence::start).reversed())
        .toList();
    int doneFrom = Integer.MAX_VALUE;
    for (Evidence e : lastFirst) {
      if (e.end() > doneFrom) {
        continue; // overlaps a phrase already disguised
      }
      disguisePhrase(s, e.start(), e.end(), random);
      doneFrom = e.start();
    }
    return s.toString();
  }

  private static void disguisePhrase(StringBuilder s, int start, int end, Random random) {
    List<Integer> inside = new ArrayList<>();
    for (int i = start + 1; i < end; i++) {
      if (Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i))) {
        inside.add(i);
      }
    }
    if (inside.isEmpty()) {
      s.insert(start, HIDDEN[random.nextInt(HIDDEN.length)]);
      return;
    }
    int at = inside.get(random.nextInt(inside.size()));
    switch (random.nextInt(4)) {
      case 0 -> {
        Character cyrillic = CYRILLIC.get(s.charAt(at));
        if (cyrillic != null) {
          s.setCharAt(at, cyrillic);
        }
      }
      case 1 -> {
        char c = s.charAt(at);
        if (c >= 'a' && c <= 'z') {
          s.setCharAt(at, (char) (c - 'a' + '\uFF41'));
        }
      }
      case 2 -> {
        int fi = s.indexOf("fi", start);
        if (fi >= 0 && fi + 2 <= end) {
          s.replace(fi, fi + 2, "\uFB01");
        }
      }
      default -> { }
    }
    // and always one hidden character, after a second, earlier place in the phrase when there is one
    s.insert((int) inside.get(random.nextInt(inside.size())), HIDDEN[random.nextInt(HIDDEN.length)]);
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.append(cp < 128 ? Character.toString(cp) : String.format("\\u%04X", cp)));
    return out.toString();
  }
}
