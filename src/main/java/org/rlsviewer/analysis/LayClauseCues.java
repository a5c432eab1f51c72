package org.rlsviewer.analysis;

import java.util.List;
import java.util.Set;

/**
 * Clause cues of {@link ContextAssessor} read by word class in all four languages, for wording no
 * trigger list foresees: a fear that opens a "that"-clause about what may come ("Sorge, dass meine
 * Beine schwellen", "miedo de que se me hinchen"), a finding gone again at once ("fuß eingeschlafen,
 * nach 2 min wieder gut") or told in a past tense before a resolution ("war geschwollen, jetzt wieder
 * normal"), and a carer's own symptom set against the person cared for ("ich selbst habe dicke Füße,
 * aber Vater ging es gut").
 */
final class LayClauseCues {

  private static final Set<String> FEAR_WORDS = Set.of("worried", "worry", "afraid", "scared", "fear", "concerned",
      "anxious", "sorge", "sorgen", "angst", "befurchte", "befürchte", "furchte", "fürchte", "befurchtung",
      "befürchtung", "bedenken", "preocupa", "preocupacion", "preocupación", "preocupada", "preocupado", "miedo",
      "temo", "temor", "peur", "crains", "crainte", "inquietude", "inquiétude", "inquiete", "inquiète", "inquiet",
      "apprehende", "appréhende");
  private static final Set<String> THAT_WORDS = Set.of("that", "dass", "daß", "das", "que", "qu", "qu'", "ob");
  private static final int FEAR_REACH = 12;
  /** A copula or "now" in the feared clause: the fear is about what is there ("worried that it is swollen"). */
  private static final Set<String> PRESENT_STATE = Set.of("is", "are", "am", "ist", "sind", "bin", "esta", "está",
      "estan", "están", "es", "son", "est", "sont", "now", "today", "jetzt", "heute", "ahora", "hoy", "maintenant",
      "already", "schon", "bereits", "ya", "deja", "déjà", "tengo", "habe", "hab", "have", "j'ai", "ai");
  /** Words that say a thing passed at once: "sofort", "enseguida", "tout de suite", "after 2 min". */
  private static final Set<String> QUICK = Set.of("sofort", "gleich", "direkt", "schnell", "sogleich", "min",
      "minute", "minuten", "minutes", "minuto", "minutos", "enseguida", "inmediatamente", "rapido", "rápido",
      "pronto", "aussitot", "aussitôt", "direct", "immediatement", "immédiatement", "vite", "immediately",
      "quickly", "instantly", "straight", "seconds", "sekunden", "segundos", "secondes");
  /** "dès que je me lève", "al levantarme", "nach dem Aufstehen", "as soon as I stood up": gone on moving. */
  private static final Set<String> ON_MOVING = Set.of("aufstehen", "aufstehn", "aufgestanden", "aussteigen",
      "levantarme", "levanto", "levantarse", "bajo", "bajarme", "leve", "lève", "levant", "levee", "levée", "stood",
      "aufschnuren", "aufschnüren", "desserrees", "desserrées", "desserre", "desserré", "quitarme", "quite");
  /** A past tense copula or auxiliary in the finding's clause ("war geschwollen", "avait gonflé", "tuve la pierna"). */
  private static final Set<String> PAST_COPULAS = Set.of("war", "waren", "hatte", "hatten", "was", "were", "had",
      "etait", "était", "etaient", "étaient", "avait", "avaient", "estaba", "estaban", "tuve", "tenia", "tenía",
      "estuvo", "estuve");
  /** An emphatic first person: the writer sets their own body apart ("ich selbst", "yo", "moi", "myself"). */
  private static final Set<String> EMPHATIC_SELF = Set.of("selbst", "selber", "yo", "moi", "myself", "own",
      "eigenen", "eigene", "propios", "propias", "propres");
  /** "that's me, not him": the person cared for, named by a pronoun after "not". */
  private static final Set<String> THEM = Set.of("him", "her", "them", "er", "ihn", "ihm", "ihr", "sie", "el", "él", "ella",
      "lui", "elle", "eux");
  private static final Set<String> CONTRASTS = Set.of("aber", "doch", "but", "pero", "mais");
  private static final Set<String> NOT_WORDS = Set.of("not", "nicht", "no", "pas");
  /** The person cared for is well: "aber Vater ging es gut", "pero mamá bien", "mais maman a bien dormi". */
  private static final Set<String> WELL = Set.of("gut", "ruhig", "bien", "tranquila", "tranquilo", "fine", "well",
      "good", "ok", "okay", "normal", "calme", "tranquille");

  private static final int ASIDE_WORDS = 9;
  private static final int AFTER_ASIDE = 5;

  private LayClauseCues() {}

  /**
   * A fear word, then within a few words "that"/"dass"/"que", then the finding, with no sign that the
   * feared thing is already there: "Ich habe die Sorge, dass meine Beine im Flugzeug schwellen".
   */
  static boolean fearedClause(Sentence s, List<TriggerHit> hits, int start, int end) {
    for (int i = start - 1, seen = 0; i >= 0 && seen < FEAR_REACH; i--) {
      if (ContextAssessor.startsTerminator(hits, i) || s.get(i).word() && s.get(i).norm().equals("?")) {
        return false;
      }
      if (!s.get(i).word()) {
        continue;
      }
      seen++;
      if (THAT_WORDS.contains(s.get(i).norm()) || s.get(i).norm().startsWith("qu'")) {
        boolean feared = false;
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
          feared |= s.get(j).word() && FEAR_WORDS.contains(s.get(j).norm());
        }
        return feared && !presentState(s, i + 1, Math.min(s.size(), end + 3));
      }
    }
    return false;
  }

  private static boolean presentState(Sentence s, int from, int to) {
    for (int i = from; i < to && s.get(i).word(); i++) {
      if (PRESENT_STATE.contains(s.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /** A past copula in the finding's clause, outside the finding ("Nach dem Lauf war das Knie geschwollen"). */
  static boolean earlierByTense(Sentence s, int from, int start, int end, int to) {
    for (int i = from; i < to; i++) {
      if ((i < start || i >= end) && s.get(i).word() && PAST_COPULAS.contains(s.get(i).norm())
          && (i >= end || ContextAssessor.firstClauseBreak(s, i, start) == start)) {
        return true;
      }
      if (i >= end && (!s.get(i).word() || LateralityReader.namesSide(s.get(i).norm()))) {
        return false;
      }
    }
    return false;
  }

  /** The words after the finding say it went at once, or as soon as the writer moved. */
  static boolean quickResolution(Sentence s, List<TriggerHit> hits, int end, int to) {
    for (int i = end; i < to; i++) {
      String w = s.get(i).norm();
      if (LateralityReader.namesSide(w)) {
        return false; // "left ankle swollen, right one fine": the other side resolves
      }
      if (s.get(i).word() && (QUICK.contains(w) || ON_MOVING.contains(w))) {
        return true;
      }
    }
    return false;
  }

  /** Stems of what the writer did that ends a passing numbness: walking, standing, warming, taking off. */
  private static final List<String> ACTION_STEMS = List.of("walk", "stood", "stand", "got", "mov", "stretch",
      "shook", "shak", "rub", "massag", "unfold", "turn", "took", "warm", "heat", "bath", "shower", "fire", "sofa",
      "lauf", "gelauf", "geh", "gegang", "aufsteh", "aufstand", "aufgestand", "beweg", "streck", "schuttel",
      "sch\u00fcttel", "reib", "massier", "bad", "dusch", "ausgezog", "auszieh", "camin", "anda", "anduv",
      "levant", "movi", "estir", "sacud", "frot", "masaj", "calent", "calor", "ducha", "ba\u00f1o", "bano", "quit",
      "march", "lev", "debout", "boug", "etir", "\u00e9tir", "secou", "frott", "massa", "chauff", "feu", "douche",
      "bain", "enlev", "retir", "hour", "stunde", "hora", "heure", "minut", "sekund", "second", "segund");
  /** Words that may stand beside such an action: "nach dem Laufen", "after a few minutes", "dès que je me lève". */
  private static final Set<String> ACTION_FILLERS = Set.of("after", "once", "when", "as", "soon", "i", "got", "had",
      "a", "an", "the", "few", "couple", "of", "by", "in", "on", "up", "out", "about", "around", "then", "and", "it",
      "them", "my", "nach", "dem", "der", "den", "einer", "einem", "halben", "ner", "nem", "beim", "im", "wenn",
      "sobald", "ich", "mich", "mir", "dann", "und", "es", "war", "ist", "auf'm", "aufm", "al", "despues",
      "despu\u00e9s", "de", "del", "un", "una", "media", "medio", "luego", "me", "se", "lo", "la", "cuando", "en",
      "y", "ya", "rato", "poco", "apres", "apr\u00e8s", "quelques", "une", "demi", "que", "je", "suis", "j'ai",
      "ai", "au", "du", "le", "les", "pres", "pr\u00e8s", "puis", "et", "ca", "\u00e7a", "while", "bit",
      "little", "half", "halb", "whole", "ils", "sont", "elle", "il", "m'", "2", "5", "10", "20", "30");

  /**
   * Between the finding and its resolution, only something the writer did and the words around it
   * ("Fuß eingeschlafen, nach dem Laufen wieder normal", "se me durmió el pie, caminando se me pasó",
   * "numb toes from the shoes, back once I took them off"); not a thing with a subject of its own
   * ("left calf swollen, pain eased after walking").
   */
  static boolean afterAnAction(Sentence s, List<TriggerHit> hits, int end, int at) {
    boolean action = false;
    int from = end;
    for (int i = end; i < at; i++) {
      if (!s.get(i).word() || ContextAssessor.startsTerminator(hits, i)) {
        from = i + 1; // "se me durmió el pie en el cine, caminando se me pasó": the finding's own clause may say where
      }
    }
    for (int i = from; i < at; i++) {
      if (!s.get(i).word() || ContextAssessor.startsTerminator(hits, i)) {
        continue;
      }
      String w = s.get(i).norm();
      if (LateralityReader.namesSide(w)) {
        return false;
      }
      boolean stem = ACTION_STEMS.stream().anyMatch(w::startsWith);
      if (!stem && !ACTION_FILLERS.contains(w)) {
        return false;
      }
      action |= stem;
    }
    return action;
  }

  /**
   * A carer's own symptom: an emphatic first person in the finding's clause before it, and later in
   * the sentence, past a contrast, another person ("yo tengo los pies hinchados ..., pero mamá bien").
   */
  static boolean carersOwn(Sentence s, List<TriggerHit> hits, int start, int end) {
    boolean emphatic = false;
    for (int i = start - 1; i >= 0 && s.get(i).word() && !ContextAssessor.startsTerminator(hits, i); i--) {
      emphatic |= EMPHATIC_SELF.contains(s.get(i).norm());
    }
    if (!emphatic) {
      return false;
    }
    boolean contrast = false;
    for (int i = end; i < s.size(); i++) {
      int at = i;
      contrast |= s.get(i).word() && CONTRASTS.contains(s.get(i).norm())
          || hits.stream().anyMatch(h -> h.start() == at && h.is(TriggerKind.TERMINATOR));
      if (hits.stream().anyMatch(h -> h.start() == at && h.is(TriggerKind.OTHER_PERSON_BEFORE))) {
        boolean notThem = i > 0 && NOT_WORDS.contains(s.get(i - 1).norm()); // "das bin ich, nicht mein Vater"
        if (notThem || contrast && wellAfter(s, i)) {
          return true;
        }
      }
      if (i > end && s.get(i).word() && THEM.contains(s.get(i).norm()) && NOT_WORDS.contains(s.get(i - 1).norm())) {
        return true; // "that's me, not him", "c'est moi, pas lui"
      }
    }
    return false;
  }

  private static boolean wellAfter(Sentence s, int from) {
    for (int i = from; i < Math.min(s.size(), from + 8); i++) {
      if (s.get(i).word() && WELL.contains(s.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finding as the subject of a resolution, past an aside between commas that puts it at an
   * earlier time: "Die Schwellung am Knöchel, von der ich letzte Woche schrieb, ist ganz
   * zurückgegangen", "the swelling, which I wrote about last week, has gone down entirely".
   */
  static boolean resolvedPastAside(Sentence s, List<TriggerHit> hits, int end) {
    int open = end;
    while (open < s.size() && s.get(open).word() && open - end < 4) {
      open++; // "am linken Knöchel" may follow the finding
    }
    if (open >= s.size() || !s.get(open).text().equals(",")) {
      return false;
    }
    int close = open + 1;
    while (close < s.size() && s.get(close).word()) {
      close++;
    }
    if (close >= s.size() || !s.get(close).text().equals(",") || close - open - 1 > ASIDE_WORDS) {
      return false;
    }
    int from = open;
    int to = close;
    boolean earlier = hits.stream().anyMatch(h -> h.start() > from && h.end() <= to
        && (h.is(TriggerKind.EARLIER) || h.is(TriggerKind.HISTORICAL_BEFORE) || h.is(TriggerKind.HISTORICAL_AFTER)));
    return earlier && hits.stream().anyMatch(h -> h.is(TriggerKind.NEGATION_AFTER)
        && !h.is(TriggerKind.NEGATION_BEFORE) && h.start() > to
        && s.wordsBetween(to + 1, h.start()) <= AFTER_ASIDE
        && ContextAssessor.firstClauseBreak(s, to + 1, h.start()) == h.start());
  }
}
