package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every labelled note, written again with invisible characters (zero-width, soft hyphen,
 * bidirectional controls), look-alike Cyrillic letters and full-width forms at random places
 * (seeded), gives the same flags as written plainly.
 */
class InvisibleCharacterFuzzTest {

  private static final long SEED = 20;
  private static final int VARIANTS = 3;
  private static final char[] INVISIBLE = {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E',
      '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C'};
  private static final Map<Character, Character> CYRILLIC = Map.of('a', '\u0430', 'e', '\u0435', 'o', '\u043E',
      'p', '\u0440', 'c', '\u0441', 'x', '\u0445', 'y', '\u0443');

  @TempDir
  Path dir;

  @Test
  void hiddenCharactersChangeNoFlag() throws Exception {
    Path clean = Path.of(getClass().getResource("labelled-notes.tsv").toURI());
    List<String> lines = Files.readAllLines(clean, StandardCharsets.UTF_8);
    String plain = flagsById(RuleEvaluation.evaluate(clean));
    Random random = new Random(SEED);
    int redFlagRows = 0;
    for (int v = 0; v < VARIANTS; v++) {
      List<String> out = new ArrayList<>();
      boolean header = true;
      for (String line : lines) {
        if (line.startsWith("#") || line.isBlank() || header) {
          header &= line.startsWith("#") || line.isBlank();
          out.add(line);
          continue;
        }
        String[] cols = line.split("\t", -1);
        redFlagRows += cols[4].isBlank() ? 0 : 1;
        cols[3] = disguise(cols[3], random);
        out.add(String.join("\t", cols));
      }
      Path fuzzed = dir.resolve("fuzzed-" + v + ".tsv");
      Files.write(fuzzed, out, StandardCharsets.UTF_8);
      assertThat(flagsById(RuleEvaluation.evaluate(fuzzed))).as("variant %d", v).isEqualTo(plain);
    }
    assertThat(redFlagRows).isGreaterThan(150 * VARIANTS);
  }

  /** Each mismatch's id and flags: equal when the fuzzed notes gave exactly the flags of the plain ones. */
  private static String flagsById(RuleEvaluation.Result r) {
    return r.mismatches().stream().map(m -> m.id() + " " + m.found()).collect(Collectors.joining("\n"))
        + "\n" + r.classes();
  }

  static String disguise(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int insertions = 1 + random.nextInt(4);
    for (int i = 0; i < insertions; i++) {
      s.insert(random.nextInt(s.length() + 1), INVISIBLE[random.nextInt(INVISIBLE.length)]);
    }
    if (random.nextBoolean()) {
      lookAlike(s, random);
    }
    if (random.nextInt(3) == 0) {
      fullWidth(s, random);
    }
    return s.toString();
  }

  /** One Latin letter of a word of three or more letters written in Cyrillic. */
  private static void lookAlike(StringBuilder s, Random random) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (CYRILLIC.containsKey(s.charAt(i)) && latinWordLength(s, i) >= 3) {
        candidates.add(i);
      }
    }
    if (!candidates.isEmpty()) {
      int at = candidates.get(random.nextInt(candidates.size()));
      s.setCharAt(at, CYRILLIC.get(s.charAt(at)));
    }
  }

  private static int latinWordLength(CharSequence s, int i) {
    int from = i;
    while (from > 0 && Character.isLetter(s.charAt(from - 1))) {
      from--;
    }
    int to = i;
    while (to < s.length() && Character.isLetter(s.charAt(to))) {
      to++;
    }
    return to - from;
  }

  /** The ASCII letters and digits from a random point to the next space in full-width forms. */
  private static void fullWidth(StringBuilder s, Random random) {
    int i = random.nextInt(s.length());
    for (; i < s.length() && s.charAt(i) != ' '; i++) {
      char c = s.charAt(i);
      if (c >= '!' && c <= '~') {
        s.setCharAt(i, (char) (c - '!' + '\uFF01'));
      }
    }
  }

  @Test
  void disguiseChangesTheTextButNotItsNormalForm() throws IOException {
    Random random = new Random(SEED);
    String text = "left ankle swollen, no numbness";
    String disguised = disguise(text, random);
    assertThat(disguised).isNotEqualTo(text);
    assertThat(TextNormaliser.normalise(disguised).text()).isEqualTo(text);
  }
}
