package org.rlsviewer.analysis;

import java.util.Set;

/**
 * How a note sets one leg apart from the other: the other leg said to be as usual ("right normal",
 * "das rechte nich", "la derecha joya", "le droit rien"), or one side named with "only" when both are
 * named ("the stocking only goes on the right, the left is too fat"). Words as the folded text reads them.
 */
final class SideSaidNormal {

  /** Words saying the other leg is as usual: "right normal", "das rechte nich", "la derecha normal". */
  private static final Set<String> NORMAL = Set.of("normal", "normale", "normales", "normaux", "fine", "ok", "okay",
      "good", "unaffected", "unremarkable", "unauffallig", "gut", "nicht", "nich", "net", "ned", "nut", "nix",
      "nichts", "not", "correct", "correcte", "correcto", "correcta", "bien", "igual", "sana", "sano", "rien",
      "nada", "sin", "sans", "immer", "siempre", "easy", "easily",
      // slang and plain words for "as usual": "la derecha joya", "la droite nickel", "rechts passt"
      "joya", "perfecta", "perfecto", "impecable", "nickel", "impeccable", "impec", "parfait", "parfaite", "passt",
      "unverandert", "inchangee", "inchange", "untouched", "spared",
      // the other leg simply denied: "the left isn't", "le gauche pas", "la droite non", "links nein"
      "isn't", "isnt", "wasn't", "wasnt", "aint", "ain't", "pas", "non", "nein", "nee", "nope", "neither");
  /** Words that may stand between the side and that word: "the right one is fine", "links ist alles wie immer". */
  private static final Set<String> BEFORE_NORMAL = Set.of("one", "side", "is", "ist", "isch", "es", "esta", "est",
      "sont", "alles", "all", "looks", "sieht", "wie", "as", "la", "el", "le", "das", "der", "die", "ds", "the",
      "still", "noch", "ganz", "todo", "tout", "seems", "scheint", ":", "basically", "pretty", "totally",
      "completely", "perfectly", "quite", "just", "went", "goes", "on");
  /** "Right leg: normal", "right tobillo normal": a leg word just after the side, then the word at once. */
  private static final Set<String> LEG_BEFORE_NORMAL = Set.of("leg", "legs", "ankle", "calf", "foot", "knee", "shin",
      "thigh", "pierna", "tobillo", "gemelo", "pie", "bein", "wade", "knochel", "fuss", "jambe", "cheville", "mollet",
      "pied");

  /** The side word at {@code i} is followed, within a few words, by a word saying that leg is as usual. */
  static boolean said(Sentence s, int i) {
    if (i + 2 < s.size() && LEG_BEFORE_NORMAL.contains(s.get(i + 1).norm())) {
      int j = s.get(i + 2).text().equals(":") ? i + 3 : i + 2;
      return j < s.size() && NORMAL.contains(s.get(j).norm()) && !s.get(j).norm().equals("bien");
    }
    for (int j = i + 1; j < Math.min(s.size(), i + 5); j++) {
      String w = s.get(j).norm();
      if (NORMAL.contains(w)) {
        return true;
      }
      if (!BEFORE_NORMAL.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** "only", "nur", "solo", "seulement", "que" directly before a side word ("only the right", "nur noch rechts"). */
  private static final Set<String> ONLY = Set.of("only", "just", "nur", "blo", "bloss", "solo", "solamente",
      "unicamente", "seulement", "uniquement", "que", "qu");
  private static final Set<String> BETWEEN = Set.of("the", "on", "in", "en", "a", "noch", "la", "le", "el", "my", "auf");

  static boolean onlyOneSide(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = s.get(i).norm();
      if (!w.equals("left") && !w.equals("right")) {
        continue;
      }
      for (int j = i - 1, words = 0; j >= from && words < 4; j--) {
        if (!s.get(j).word()) {
          continue;
        }
        String before = s.get(j).norm();
        if (ONLY.contains(before)) {
          return true;
        }
        if (!BETWEEN.contains(before)) {
          break;
        }
        words++;
      }
    }
    return false;
  }

  private SideSaidNormal() {}
}
