package org.rlsviewer.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which language a note is written in, from its words and letters: a function word of a
 * language ("und", "pero", "mais") counts one, a word of the language's lexicon or triggers
 * ("taub", "hinchadas", "gonflé") counts two, a letter only the language uses (ä ß, ñ ¿, œ ç è)
 * counts one. Words English shares with the language, and words all three other languages share
 * ("normal"), count for none. English is the default:
 * another language is chosen only when it scores higher than English and at least one, so short notes such as
 * "taub" or "piernas hinchadas" tip to their language while "numb" or "ok" stay English.
 * See docs/decisions/0013-language-detection.md.
 */
final class LanguageDetector {

  /** The language chosen and the scores it was chosen on. */
  record Verdict(NoteLanguage language, Map<NoteLanguage, Double> scores) {

    double score(NoteLanguage l) {
      return scores.getOrDefault(l, 0.0);
    }

    /** How far the chosen language is ahead of {@code other}. */
    double margin(NoteLanguage other) {
      return score(language) - score(other);
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['\u2019][\\p{L}\\p{M}]+)*");
  private static final int LEXICON_WEIGHT = 2;
  /** Half a letter (an "é" might be Spanish or French) is not enough to leave English. */
  private static final double MIN_FOREIGN_SCORE = 1;

  private final Map<NoteLanguage, LanguagePack> packs;

  LanguageDetector(Map<NoteLanguage, LanguagePack> packs) {
    this.packs = packs;
  }

  static LanguageDetector builtIn() {
    return Holder.BUILT_IN;
  }

  NoteLanguage detect(String text) {
    return judge(text).language();
  }

  Verdict judge(String text) {
    Map<NoteLanguage, Double> scores = new EnumMap<>(NoteLanguage.class);
    for (NoteLanguage l : NoteLanguage.values()) {
      scores.put(l, 0.0);
    }
    LanguagePack english = packs.get(NoteLanguage.ENGLISH);
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String raw = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      int englishWeight = weight(english, raw);
      boolean shared = false;
      Map<NoteLanguage, Integer> foreign = new EnumMap<>(NoteLanguage.class);
      for (var pack : packs.values()) {
        if (pack.language() != NoteLanguage.ENGLISH) {
          int w = 0;
          for (String part : raw.split("'")) { // "j'ai", "l'œdème": two words in French
            w += part.isEmpty() ? 0 : weight(pack, FoldedText.fold(part, pack.language()));
          }
          if (w > 0) {
            foreign.put(pack.language(), w);
            shared |= englishWeight > 0;
          }
        }
      }
      boolean international = foreign.size() == packs.size() - 1;
      if ((shared || international) && raw.chars().allMatch(c -> c < 128)) {
        continue; // "no", "pie", "normal": says nothing of the language
      }
      scores.merge(NoteLanguage.ENGLISH, (double) (foreign.isEmpty() ? englishWeight : 0), Double::sum);
      foreign.forEach((l, w) -> scores.merge(l, (double) w, Double::sum));
      letters(raw, scores);
    }
    NoteLanguage best = NoteLanguage.ENGLISH;
    for (NoteLanguage l : List.of(NoteLanguage.GERMAN, NoteLanguage.SPANISH, NoteLanguage.FRENCH)) {
      if (scores.get(l) > scores.get(best) && scores.get(l) >= MIN_FOREIGN_SCORE) {
        best = l;
      }
    }
    return new Verdict(best, Map.copyOf(scores));
  }

  private static int weight(LanguagePack pack, String word) {
    if (pack.functionWords().contains(word) || pack.readAs().containsKey(word)) {
      return 1;
    }
    if (pack.language() == NoteLanguage.ENGLISH ? pack.knows(word) || pack.knows(Tokeniser.normalise(word))
        : pack.knows(word)) {
      return LEXICON_WEIGHT;
    }
    return 0;
  }

  private static void letters(String word, Map<NoteLanguage, Double> scores) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case 'ä', 'ö', 'ü', 'ß' -> scores.merge(NoteLanguage.GERMAN, 1.0, Double::sum);
        case 'ñ', 'á', 'í', 'ó', 'ú' -> scores.merge(NoteLanguage.SPANISH, 1.0, Double::sum);
        case 'œ', 'ç', 'è', 'ê', 'à', 'â', 'î', 'û', 'ë', 'ï', 'ô', 'ù' ->
            scores.merge(NoteLanguage.FRENCH, 1.0, Double::sum);
        case 'é' -> {
          scores.merge(NoteLanguage.FRENCH, 1.0, Double::sum);
          scores.merge(NoteLanguage.SPANISH, 0.5, Double::sum);
        }
        default -> { }
      }
    }
  }

  private static final class Holder {
    static final LanguageDetector BUILT_IN = new LanguageDetector(Map.of(
        NoteLanguage.ENGLISH, LanguagePack.english(),
        NoteLanguage.GERMAN, LanguagePack.builtIn(NoteLanguage.GERMAN),
        NoteLanguage.SPANISH, LanguagePack.builtIn(NoteLanguage.SPANISH),
        NoteLanguage.FRENCH, LanguagePack.builtIn(NoteLanguage.FRENCH)));
  }
}
