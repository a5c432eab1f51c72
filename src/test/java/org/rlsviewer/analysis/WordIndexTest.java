package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The indexes that let the note reader look each word up once: they find what a full comparison finds. */
class WordIndexTest {

  @Test
  void theOneSlipCheckAgreesWithTheEditDistanceOnEveryVariantOfAWord() {
    List<String> words = new ArrayList<>();
    for (String w : List.of("numbness", "swelling", "snoring", "abcabc", "aabbaa", "leg")) {
      words.addAll(variants(w));
      for (String v : variants(w)) {
        words.addAll(variants(v));
      }
    }
    int agreed = 0;
    for (String a : words) {
      for (String b : words.subList(0, Math.min(words.size(), 400))) {
        assertThat(Spelling.withinOneSlip(a, b)).as(a + " / " + b).isEqualTo(Spelling.distance(a, b) <= 1);
        agreed++;
      }
    }
    assertThat(agreed).isGreaterThan(100_000);
  }

  @Test
  void aWordMatchesByPrefixSuffixAndSlipWhereverItsPatternSits() throws IOException {
    Lexicon lexicon = Lexicon.read(new BufferedReader(new StringReader("""
        class\tlegpart\tleg legs calf
        term\tswelling\t@legpart ~ swollen|puffy
        term\tnumbness\tnumb*
        term\tcompound\t*schwellung
        term\tmedicine\tamitriptyline
        term\taggravating-drug\tamitriptyline
        """)));
    assertThat(concepts(lexicon, "my legs are very swolen tonight")).containsExactly("swelling");
    assertThat(concepts(lexicon, "calf numbish, Knöchelschwellung")).containsExactlyInAnyOrder("numbness", "compound");
    // two slips only for the medicines of the shared concepts
    assertThat(concepts(lexicon, "took amitryptiline")).containsExactly("aggravating-drug");
    assertThat(concepts(lexicon, "leg, swollen")).isEmpty(); // a gap never crosses a comma
  }

  @Test
  void wordsBeyondThoseRememberedAreStillLookedUp() throws IOException {
    Lexicon lexicon = Lexicon.read(new BufferedReader(new StringReader("term\tswelling\tswollen ankle\n")));
    PatternStarts starts = new PatternStarts(lexicon.patterns());
    for (int i = 0; i <= PatternStarts.REMEMBERED; i++) {
      starts.word("w" + i);
    }
    assertThat(starts.word("swolen").starts()).containsExactly(0);
    assertThat(starts.word("anklee").starts()).isEmpty();
    assertThat(concepts(lexicon, "swollen ankle")).containsExactly("swelling");
  }

  private static List<String> concepts(Lexicon lexicon, String text) {
    List<String> out = new ArrayList<>();
    for (Sentence s : Tokeniser.sentences(text)) {
      lexicon.find(s, Set.of()).forEach(m -> out.add(m.concept()));
    }
    return out;
  }

  /** The word with each letter dropped, doubled, changed and swapped with the next. */
  private static List<String> variants(String w) {
    List<String> out = new ArrayList<>(List.of(w));
    for (int i = 0; i < w.length(); i++) {
      out.add(w.substring(0, i) + w.substring(i + 1));
      out.add(w.substring(0, i) + w.charAt(i) + w.substring(i));
      out.add(w.substring(0, i) + 'x' + w.substring(i + 1));
      if (i + 1 < w.length()) {
        out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
      }
    }
    return out;
  }
}
