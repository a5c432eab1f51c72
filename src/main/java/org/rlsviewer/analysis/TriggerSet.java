package org.rlsviewer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Context trigger phrases and their kinds. Read from lines {@code phrase<TAB>[TAG]} (one or more
 * tabs; the NegEx trigger file has this layout); "#" starts a comment line. A phrase may carry
 * several kinds ("resolved" before and after).
 */
final class TriggerSet {

  private static final Pattern LINE = Pattern.compile("^(.+?)\\t+\\[?([A-Za-z]{4})\\]?\\s*$");
  private static final String BUILT_IN = "context-triggers.txt";

  private static final Set<String> NOT_A_PAST_YEAR_BEFORE = Set.of("since", "from", "at", "seit", "ab", "desde",
      "depuis", "des");
  private static final Set<String> PAST_YEAR_BEFORE = Set.of("in", "during", "until", "till", "back", "around",
      "circa", "about");
  private static final Set<String> ONGOING_BEFORE_IN = Set.of("started", "began", "begun", "start", "starting",
      "beginning", "like", "as", "since", "ever", "diagnosed");
  private static final Set<String> UNITS = Set.of("mg", "mcg", "ml", "g", "iu", "units", "steps", "kcal", "calories",
      "m", "km", "hrs", "h");

  /** Counts in words ("vor vielen Jahren", "hace dos años", "il y a quelques mois"). */
  private static final Set<String> MANY = Set.of("zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun",
      "zehn", "elf", "zwolf", "zwanzig", "dreissig", "vierzig", "funfzig", "vielen", "einigen", "paar", "dos", "tres",
      "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "veinte", "treinta", "cuarenta",
      "cincuenta", "muchos", "varios", "unos", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
      "onze", "douze", "vingt", "trente", "quarante", "cinquante", "quelques", "plusieurs", "nombreuses", "un", "une",
      "einem", "einer");
  /** Words before "hace dos años" that make it a comparison or a start, not the past: "igual que hace", "desde hace". */
  private static final Set<String> NOT_AGO_AFTER = Set.of("que", "como", "wie", "als", "comme", "desde", "depuis",
      "seit");
  private static final Set<String> LONG_AGO_UNITS = Set.of("jahren", "jahr", "monaten", "anos", "ano", "meses",
      "ans", "annees", "mois");

  private final Map<List<String>, Set<TriggerKind>> kindsByPhrase;

  /**
   * One-word names of other people, matched with one slip of spelling too ("husbband", "daughteer"),
   * by their first two letters (the two a slip must leave alone, see {@link Spelling}).
   */
  private final Map<Integer, List<String>> otherPeople;
  /** The phrases as a tree of words, so each word of a sentence is looked up once per phrase it may start. */
  private final PhraseNode phrases = new PhraseNode();

  /** The phrases that go on with one more word; {@code kinds} where a phrase ends here. */
  private static final class PhraseNode {
    final Map<String, PhraseNode> next = new HashMap<>();
    Set<TriggerKind> kinds;
  }

  private TriggerSet(Map<List<String>, Set<TriggerKind>> kindsByPhrase) {
    this.kindsByPhrase = kindsByPhrase;
    this.otherPeople = kindsByPhrase.entrySet().stream()
        .filter(e -> e.getKey().size() == 1 && e.getValue().contains(TriggerKind.OTHER_PERSON_BEFORE))
        .map(e -> e.getKey().get(0))
        .filter(p -> p.length() >= LexiconElement.MIN_FUZZY_LENGTH) // Spelling.closeEnough matches no shorter one
        .collect(java.util.stream.Collectors.groupingBy(LexiconElement::twoLetters));
    kindsByPhrase.forEach((phrase, kinds) -> {
      PhraseNode node = phrases;
      for (String word : phrase) {
        node = node.next.computeIfAbsent(word, k -> new PhraseNode());
      }
      node.kinds = kinds;
    });
  }

  /** The lay and clinical triggers that ship with the program. */
  static TriggerSet builtIn() {
    return Holder.BUILT_IN_SET;
  }

  static TriggerSet read(Reader reader) throws IOException {
    Map<List<String>, Set<TriggerKind>> map = new HashMap<>();
    addLines(new BufferedReader(reader), map);
    return new TriggerSet(map);
  }

  /** This set plus the phrases of another; a phrase in both keeps the kinds of both. */
  TriggerSet with(TriggerSet other) {
    Map<List<String>, Set<TriggerKind>> map = new HashMap<>();
    kindsByPhrase.forEach((k, v) -> map.computeIfAbsent(k, x -> EnumSet.noneOf(TriggerKind.class)).addAll(v));
    other.kindsByPhrase.forEach((k, v) -> map.computeIfAbsent(k, x -> EnumSet.noneOf(TriggerKind.class)).addAll(v));
    return new TriggerSet(map);
  }

  int size() {
    return kindsByPhrase.size();
  }

  Set<TriggerKind> kindsOf(String phrase) {
    return kindsByPhrase.getOrDefault(words(phrase), Set.of());
  }

  /**
   * Triggers found in a sentence, scanning left to right and taking the longest phrase at each
   * word, so a pseudo-trigger ("no change") hides the shorter trigger inside it ("no"). A semicolon,
   * a question mark, a dash standing apart and a checklist box or mark are reported as terminators; a year ("in 2018", "back in
   * 2019") as historical, before and after, unless "since" or "from" makes it a start.
   */
  List<TriggerHit> find(Sentence sentence) {
    List<TriggerHit> hits = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.word()) {
        if (t.text().equals(";") || t.text().equals("?") || t.text().equals("\u00BF") || t.norm().equals("-") || Checklist.isBox(t)) {
          hits.add(new TriggerHit(i, i + 1, EnumSet.of(TriggerKind.TERMINATOR)));
        }
        i++;
        continue;
      }
      int matchedEnd = -1;
      Set<TriggerKind> matchedKinds = null;
      PhraseNode node = phrases;
      for (int j = i; j < tokens.size() && tokens.get(j).word(); j++) {
        node = node.next.get(tokens.get(j).norm());
        if (node == null) {
          break; // no phrase goes on so
        }
        if (node.kinds != null) {
          matchedEnd = j + 1;
          matchedKinds = node.kinds;
        }
      }
      if (matchedEnd > 0) {
        hits.add(new TriggerHit(i, matchedEnd, matchedKinds));
        i = matchedEnd;
      } else if (misspeltPerson(t.norm())) {
        hits.add(new TriggerHit(i, i + 1, EnumSet.of(TriggerKind.OTHER_PERSON_BEFORE)));
        i++;
      } else if (agoEnd(tokens, i) > 0) {
        int end = agoEnd(tokens, i);
        hits.add(new TriggerHit(i, end, EnumSet.of(TriggerKind.HISTORICAL_BEFORE, TriggerKind.HISTORICAL_AFTER)));
        i = end;
      } else if (pastYear(tokens, i)) {
        Set<TriggerKind> kinds = EnumSet.of(TriggerKind.HISTORICAL_BEFORE, TriggerKind.HISTORICAL_AFTER);
        if (!plainlyPast(tokens, i)) {
          kinds.add(TriggerKind.TENTATIVE); // "started in 2019", "like in 2015", a bare date
        }
        hits.add(new TriggerHit(i, i + 1, kinds));
        i++;
      } else {
        i++;
      }
    }
    return hits;
  }

  /**
   * The end of "hace 30 años", "vor 30 Jahren", "il y a 30 ans", "vor drei Monaten" starting at token
   * i, or -1: so many years or months ago, whatever the count.
   */
  private static int agoEnd(List<Token> tokens, int i) {
    String w = tokens.get(i).norm();
    int count;
    if (i > 0 && NOT_AGO_AFTER.contains(tokens.get(i - 1).norm())) {
      return -1;
    }
    if (w.equals("hace") || w.equals("vor")) {
      count = i + 1;
    } else if (w.equals("il") && i + 2 < tokens.size() && tokens.get(i + 1).norm().equals("y")
        && tokens.get(i + 2).norm().equals("a")) {
      count = i + 3;
    } else {
      return -1;
    }
    if (count + 1 >= tokens.size() || !tokens.get(count).word() || !tokens.get(count + 1).word()) {
      return -1;
    }
    String n = tokens.get(count).norm();
    boolean number = n.chars().allMatch(Character::isDigit) || MANY.contains(n);
    return number && LONG_AGO_UNITS.contains(tokens.get(count + 1).norm()) ? count + 2 : -1;
  }

  private boolean misspeltPerson(String word) {
    if (word.length() < LexiconElement.MIN_FUZZY_LENGTH - 1) {
      return false;
    }
    for (String p : otherPeople.getOrDefault(LexiconElement.twoLetters(word), List.of())) {
      if (Spelling.closeEnough(p, word)) {
        return true;
      }
    }
    return false;
  }

  /** "in 2018", "back in 2018", "during 2019", "until 2020": not "started in 2019" or "like in 2015". */
  private static boolean plainlyPast(List<Token> tokens, int i) {
    String before = i > 0 ? tokens.get(i - 1).norm() : "";
    String twoBefore = i > 1 ? tokens.get(i - 2).norm() : "";
    return PAST_YEAR_BEFORE.contains(before) && !ONGOING_BEFORE_IN.contains(twoBefore) || setApart(tokens, i);
  }

  /**
   * A year set apart after the words it dates, by a comma or a bracket: "numb foot, 2019", "swollen
   * ankle (2015)", "tobillo hinchado, yyyy" (a folded note): when it happened, not a start.
   */
  private static boolean setApart(List<Token> tokens, int i) {
    if (i < 2) {
      return false;
    }
    Token before = tokens.get(i - 1);
    boolean comma = !before.word() && before.text().equals(",") && tokens.get(i - 2).word();
    // a bracket is no token: " (" leaves two characters between the word and the year
    boolean bracket = before.word() && tokens.get(i).start() - before.end() == 2;
    return (comma || bracket) && !before.norm().chars().allMatch(Character::isDigit);
  }

  private static boolean pastYear(List<Token> tokens, int i) {
    String w = tokens.get(i).norm();
    boolean folded = w.equals(FoldedText.A_YEAR); // a year in a German, Spanish or French note
    if (!folded && (w.length() != 4 || !(w.startsWith("19") || w.startsWith("20"))
        || !w.chars().allMatch(Character::isDigit))) {
      return false;
    }
    String before = i > 0 ? tokens.get(i - 1).norm() : "";
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).norm() : "";
    return !NOT_A_PAST_YEAR_BEFORE.contains(before) && !UNITS.contains(after);
  }

  private static void addLines(BufferedReader in, Map<List<String>, Set<TriggerKind>> map) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      line = line.replace("\r", "");
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new IOException("Not a trigger line: " + line);
      }
      TriggerKind kind = TriggerKind.forTag(m.group(2))
          .orElseThrow(() -> new IOException("Unknown trigger tag in: " + m.group(0)));
      List<String> phrase = words(m.group(1));
      if (!phrase.isEmpty()) {
        map.computeIfAbsent(phrase, k -> EnumSet.noneOf(TriggerKind.class)).add(kind);
      }
    }
  }

  private static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (Sentence s : Tokeniser.sentences(phrase)) {
      s.tokens().stream().filter(Token::word).map(Token::norm).forEach(out::add);
    }
    return Collections.unmodifiableList(out);
  }

  private static final class Holder {
    static final TriggerSet BUILT_IN_SET = BuiltInResource.read(BUILT_IN, TriggerSet::read);
  }
}
