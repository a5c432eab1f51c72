package org.rlsviewer.corpus;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writing styles: the transforms personas apply, and the development part's style writers. */
public final class Styles {

  /** Words a typo never touches: a slip there would change what the note means to a reader. */
  static final Set<String> PROTECTED = Set.of("no", "not", "never", "without", "nothing", "none", "neither", "nor",
      "left", "right", "both", "denies", "isn't", "wasn't", "don't", "didn't", "hasn't", "haven't", "can't",
      "couldn't", "kein", "keine", "nicht", "nie", "ohne", "links", "rechts", "linke", "rechte", "sin", "nunca",
      "izquierda", "derecha", "izquierdo", "derecho", "pas", "sans", "jamais", "aucun", "aucune", "gauche",
      "droite", "droit");

  private Styles() {}

  public static List<Writer> devStyles() {
    return List.of(
        new Writer("en-plain", "en", (t, p) -> t),
        new Writer("en-terse", "en", (t, p) -> terse(t)),
        new Writer("en-emoji", "en", (t, p) -> emoji(t, p, "😩|😫|🦵|😴|🙄|😬|💤|😭|🤞")),
        new Writer("en-textspeak", "en", (t, p) -> replaceWords(t, "you=u|your=ur|tonight=2nite|because=cos|really=rly|"
            + "with=w/|and=&|about=abt|before=b4|tomorrow=2moro|though=tho|people=ppl|please=pls")),
        new Writer("en-fatfinger", "en", (t, p) -> slip(t, p, 0.7, Styles::doubleLetter)),
        new Writer("de-plain", "de", (t, p) -> t),
        new Writer("de-klein", "de", (t, p) -> terse(t)),
        new Writer("de-umschrift", "de", (t, p) -> t.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
            .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss")),
        new Writer("es-plain", "es", (t, p) -> t),
        new Writer("es-sin-tildes", "es", (t, p) -> stripAccents(t)),
        new Writer("es-emoji", "es", (t, p) -> emoji(t, p, "😩|😫|🦵|😴|🙏|😬")),
        new Writer("fr-plain", "fr", (t, p) -> t),
        new Writer("fr-sms", "fr", (t, p) -> replaceWords(t, "je suis=chui|beaucoup=bcp|quoi=koi|aujourd'hui=auj|"
            + "toujours=tjs|pourquoi=pk|c'est=c|rendez-vous=rdv|avec=avc|dans=ds|pour=pr")),
        new Writer("fr-minuscules", "fr", (t, p) -> terse(t)));
  }

  public static String terse(String t) {
    String s = t.toLowerCase(Locale.ROOT).replace(". ", ", ");
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  public static String emoji(String t, Pick p, String set) {
    String out = t;
    int n = 1 + p.below(3);
    for (int i = 0; i < n; i++) {
      out = out + " " + p.oneOf(set);
    }
    return p.chance(0.3) ? p.oneOf(set) + " " + out : out;
  }

  /** Replaces whole words or phrases, "from=to|from=to", case-insensitively on the first letter. */
  public static String replaceWords(String t, String table) {
    String out = t;
    for (String pair : table.split("\\|")) {
      String[] ft = pair.split("=", 2);
      out = out.replaceAll("(?<![\\p{L}'])" + java.util.regex.Pattern.quote(ft[0]) + "(?![\\p{L}'])",
          java.util.regex.Matcher.quoteReplacement(ft[1]));
      String cap = CorpusGenerator.capitalise(ft[0]);
      out = out.replaceAll("(?<![\\p{L}'])" + java.util.regex.Pattern.quote(cap) + "(?![\\p{L}'])",
          java.util.regex.Matcher.quoteReplacement(ft[1]));
    }
    return out;
  }

  public static String stripAccents(String t) {
    return Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** With chance p, one slip in one word of six letters or more that is not protected. */
  public static String slip(String t, Pick p, double chance, java.util.function.BiFunction<String, Pick, String> f) {
    if (!p.chance(chance)) {
      return t;
    }
    String[] words = t.split(" ", -1);
    List<Integer> candidates = new java.util.ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.length() >= 6 && w.chars().allMatch(Character::isLetter)
          && !PROTECTED.contains(w.toLowerCase(Locale.ROOT))) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return t;
    }
    int i = p.one(candidates);
    words[i] = f.apply(words[i], p);
    return String.join(" ", words);
  }

  static String doubleLetter(String w, Pick p) {
    int i = 1 + p.below(w.length() - 2);
    return w.substring(0, i) + w.charAt(i) + w.substring(i);
  }

  public static String swapLetters(String w, Pick p) {
    int i = 1 + p.below(w.length() - 3);
    return w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
  }

  public static String dropLetter(String w, Pick p) {
    int i = 1 + p.below(w.length() - 2);
    return w.substring(0, i) + w.substring(i + 1);
  }
}
