package org.rlsviewer.analysis;

import java.util.List;
import java.util.Set;

/**
 * The writer sets themself apart from someone who has the finding, later in the sentence or in the
 * next sentences, in any of the four languages: a bare negated self ("Le matelot a les jambes enflées,
 * pas moi", "Mei Fraa hot Wasser in de Beine, ich net", "Al aita se le hinchan las piernas, a mí no",
 * "Frau Schmitt schnarcht laut, nicht ich"), or a clause that opens with an emphatic self after a
 * finding someone is said to have or to come with ("Ron has swollen ankles ... Me fine.", "Aitona con
 * las piernas hinchadas. Yo normal.", "Frau Huber hat taube Füße. Ich selbst: nur das Kribbeln"). Then
 * the finding is someone else's. Not when the finding's own clause speaks of the writer ("my left
 * ankle is swollen, not my right", "I snore, not him").
 */
final class SelfContrast {

  /** How many sentences after the finding's may hold the contrast. */
  private static final int NEXT_SENTENCES = 2;
  /** A bare negated self, word by word, closing its clause: "not me", "ich nicht", "yo no", "pas moi". */
  private static final Set<String> NEGATED_SELF = Set.of("not me", "not i", "not myself", "me not", "i don't",
      "i dont", "i do not", "i haven't", "i havent", "i'm not", "im not", "me neither", "not mine", "mine not",
      "ich nicht", "nicht ich", "ich net", "net ich", "ich ned", "i ned", "i net", "i nit", "ich nit", "isch net",
      "isch nit", "isch ned", "net isch", "nit isch", "ich nich", "isch nich", "nich ich", "ich nie", "ich kaum",
      "selber ned", "selber nicht", "selbst nicht", "selber net", "bei mir nicht", "bei mir net", "mir nicht",
      "ich keine", "ich keins", "yo no", "a mi no", "a mí no", "yo non", "a min non", "yo tampoco", "yo nada",
      "yo nunca", "yo ni", "pas moi", "moi non", "moi pas", "moi jamais", "pas chez moi", "moi non plus",
      "mi non", "mi pas", "pas mi", "i selber ned", "i selber net", "i selbst ned", "ich selber nicht", "ich selbst nicht",
      "ich selber net", "isch selber net");
  /** The first word of each such pair, to skip most tokens at once. */
  private static final Set<String> NEGATED_SELF_OPENERS = Set.of("not", "me", "i", "i'm", "im", "mine", "ich",
      "nicht", "net", "isch", "nit", "nich", "selber", "selbst", "bei", "mir", "yo", "a", "pas", "moi", "mi");
  /** An emphatic self opening a clause: "Me: fine", "Moi, juste ...", "Yo normal", "Ich selbst: ...". */
  private static final Set<String> SELF_OPENERS = Set.of("me", "moi", "yo", "myself", "mine");
  private static final Set<String> SELF_PAIRS = Set.of("my own", "i myself", "ich selbst", "ich selber",
      "mir selbst", "mir selber", "i selber", "isch selbst", "por mi", "de mi", "en mi", "pour ma", "quant a",
      "quant à", "de mon", "as for", "was mich", "bei mir");
  /** After "me" at a clause start, words that make it the writer speaking of themself ("Me fine"). */
  private static final Set<String> AFTER_ME = Set.of("fine", "ok", "okay", "good", "only", "just", "normal",
      "nothing", "grand", "well", "all", "myself", "too", "own", "still");
  /** Words of a clause that gives the finding to someone named in it: "X has", "X with", "hat", "con", "avec". */
  private static final Set<String> THIRD_PARTY = Set.of("has", "hat", "hot", "hatte", "tiene", "tien", "tienen",
      "tenia", "tenía", "a", "ont", "avait", "with", "mit", "con", "avec", "her", "his", "their", "ihre", "seine",
      "su", "sus", "ses", "leurs", "showed", "zeigte", "klagen", "klagt", "complains");
  private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "im", "i've", "me", "my", "mine", "myself",
      "ich", "isch", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "mei", "yo", "mi", "mis",
      "tengo", "estoy", "je", "j", "moi", "mon", "ma", "mes", "ai", "hab", "habe");
  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "of", "from", "to", "for", "auf", "im",
      "an", "von", "vom", "bei", "de", "del", "en", "a", "para", "por", "du", "des", "dans", "sur", "pour");

  private SelfContrast() {}

  /** True when the finding at tokens [start, end) of sentence {@code si} is set against the writer. */
  static boolean appliesTo(List<Sentence> sentences, List<List<TriggerHit>> hits, int si, int start, int end) {
    Sentence s = sentences.get(si);
    int clauseStart = start;
    while (clauseStart > 0 && s.get(clauseStart - 1).word()
        && !ContextAssessor.startsTerminator(hits.get(si), clauseStart - 1)) {
      clauseStart--;
    }
    for (int i = clauseStart; i < start; i++) {
      int at = i;
      if (firstPerson(s, i) && hits.get(si).stream().noneMatch(h -> h.is(TriggerKind.OTHER_PERSON_BEFORE)
          && h.start() <= at + 1 && h.end() > at)) { // "Mei Fraa hot Wasser in de Beine, ich net": my wife is not me
        return false;
      }
    }
    boolean third = hits.get(si).stream().anyMatch(h -> h.is(TriggerKind.OTHER_PERSON_BEFORE)
        && h.start() >= 0 && h.end() <= start);
    for (int i = clauseStart; i < start && !third; i++) {
      third = THIRD_PARTY.contains(s.get(i).norm());
    }
    for (int k = si; k < Math.min(sentences.size(), si + 1 + NEXT_SENTENCES); k++) {
      Sentence t = sentences.get(k);
      for (int i = k == si ? end : 0; i < t.size(); i++) {
        if (k == si && i < firstClauseEnd(t, end) && firstPerson(t, i)) {
          return false; // "swollen ankles, my own fault": still the writer's clause
        }
        if (negatedSelf(t, hits.get(k), i) || third && selfOpener(t, i)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int firstClauseEnd(Sentence s, int from) {
    int i = from;
    while (i < s.size() && s.get(i).word()) {
      i++;
    }
    return i;
  }

  private static boolean firstPerson(Sentence s, int i) {
    return s.get(i).word() && FIRST_PERSON.contains(s.get(i).norm())
        && (i == 0 || !PREPOSITIONS.contains(s.get(i - 1).norm()));
  }

  private static boolean clauseOpens(Sentence s, int i) {
    return i == 0 || !s.get(i - 1).word() || Set.of("but", "aber", "pero", "mais", "and", "und", "y", "et")
        .contains(s.get(i - 1).norm());
  }

  private static boolean negatedSelf(Sentence s, List<TriggerHit> hits, int i) {
    if (!s.get(i).word() || !NEGATED_SELF_OPENERS.contains(s.get(i).norm()) || !clauseOpens(s, i)) {
      return false;
    }
    StringBuilder words = new StringBuilder(s.get(i).norm());
    for (int j = i + 1; j < Math.min(s.size(), i + 3) && s.get(j).word(); j++) {
      words.append(' ').append(s.get(j).norm());
      if (NEGATED_SELF.contains(words.toString())
          && (j + 1 >= s.size() || !s.get(j + 1).word() || ContextAssessor.startsTerminator(hits, j + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean selfOpener(Sentence s, int i) {
    if (!s.get(i).word() || (i > 0 && s.get(i - 1).word())) {
      return false;
    }
    String w = s.get(i).norm();
    String next = i + 1 < s.size() ? s.get(i + 1).norm() : "";
    if (SELF_PAIRS.contains(w + " " + next)) {
      return true;
    }
    if (!SELF_OPENERS.contains(w)) {
      return false;
    }
    return !w.equals("me") || i + 1 >= s.size() || !s.get(i + 1).word() || AFTER_ME.contains(next);
  }
}
