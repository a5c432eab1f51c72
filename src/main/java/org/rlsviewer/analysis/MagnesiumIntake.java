package org.rlsviewer.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.ShownText;

/**
 * A night's supplemental magnesium in full: the {@code magnesium_mg} column and every magnesium dose
 * named in the supplements, medications and notes ("2 x 200 mg", "Mg 400mg", "400mg of magnesium",
 * "citrate 200 mg and oxide 250 mg", "5 sprays (each 10 mg)", "300mg twice"). Only a figure in mg
 * counts. The same figure written in two places (the column and a note, or two notes) is taken to be
 * one dose written twice and is counted once; different figures in different places are added.
 */
final class MagnesiumIntake {

  /** One place the night's magnesium is written, with the mg it holds and the words or column. */
  record Source(DiaryField field, int mg, Evidence evidence) {

    String describe() {
      return field == DiaryField.MAGNESIUM_MG ? "magnesium_mg column " + mg + " mg"
          : field.column() + " \u201c" + evidence.matched() + "\u201d = " + mg + " mg";
    }
  }

  /**
   * The night's total.
   *
   * @param counted the sources added up, column first
   * @param repeated sources naming a figure already counted, so not added again
   */
  record Total(int mg, List<Source> counted, List<Source> repeated) {

    /** Where the total is written: the column when it counts, else the first words. */
    Evidence evidence() {
      return counted.get(0).evidence();
    }

    /** How the total was reached, e.g. "magnesium_mg column 400 mg + notes “Mg 200mg” = 200 mg". */
    String howCounted() {
      StringBuilder s = new StringBuilder(String.join(" + ", counted.stream().map(Source::describe).toList()));
      for (Source r : repeated) {
        s.append("; ").append(r.field().column()).append(" \u201c").append(r.evidence().matched())
            .append("\u201d names the same ").append(r.mg()).append(" mg, counted once");
      }
      return s.toString();
    }
  }

  private static final List<DiaryField> TEXT_FIELDS =
      List.of(DiaryField.SUPPLEMENTS, DiaryField.MEDICATIONS, DiaryField.NOTES);
  private static final Pattern ITEM_END =
      Pattern.compile("[;,\\n!?]|(?<!\\d)\\.|\\.(?!\\d)|\\band\\b|\\bplus\\b|[+&]");
  private static final Pattern ANCHOR = Pattern.compile("\\bmag(?:g?n[aeiou\u00e9]?[sz]\\w*|ensium|nisium)?\\b|\\bmg\\b");
  private static final Pattern NUMBER_BEFORE = Pattern.compile("\\d\\s*$");
  /** A dose: mg (also "mgs", "milligrams") or grams, with a count before or a count or frequency after. */
  private static final Pattern DOSE = Pattern.compile(
      "(?:(?<![\\d.])(?<pre>\\d{1,2})\\s*[x\u00d7*]\\s*)?(?<![\\d.])(?<each>\\d{1,4}(?:\\.\\d+)?)\\s*"
          + "(?<unit>mg|mgs|milligrams?|milligrammes?|g|gm|gms|grams?|grammes?)\\b(?!\\s*/\\s*(?:kg|dl|l)\\b)"
          + "(?:\\s*[x\u00d7]\\s*(?<post>\\d{1,2})\\b|\\s*(?<postx>[1-4])\\s*[x\u00d7](?![\\d\\s]*\\d{2})"
          + "|\\s+(?<freq>twice|two times|2 times|three times|3 times|thrice|four times|4 times|bd|bid|tds|tid|qds|qid|zweimal|2\\s?mal|dreimal|3\\s?mal"
          + "|dos veces|2 veces|tres veces|3 veces|deux fois|2 fois|trois fois|3 fois)\\b)?");
  /** Grams are read as a supplement dose only up to this figure ("1 g", "0.5 g"; not "200 g" of bath flakes). */
  private static final double MOST_GRAMS = 2;
  /**
   * A figure without a unit beside magnesium ("mag 400", "magnesium 250 with supper", "the 300 mag
   * tabs"): read as mg when it is 25 to 1000 and no other unit, time or count follows it.
   */
  private static final Pattern BARE = Pattern.compile("(?<![\\d.,/:\\w])(\\d{2,4})(?<plural>'?s|er)?(?![\\d.,/:%\\w])(?!\\s*(?:%|percent|per\\b"
      + "|pm\\b|am\\b|o'?clock|h\\b|hrs?\\b|hours?|mins?\\b|minutes?|days?|nights?|weeks?|wks?|months?|years?|yrs?|cm\\b"
      + "|mm\\b|kg\\b|lbs?\\b|ml\\b|iu\\b|mcg|ug\\b|\u00b5g|mmol|times|x\\b|/|:|-\\s*\\d"
      + "|ui\\b|ie\\b|uhr|jahr|a\u00f1o|ans?\\b|sem|woch|mes\\b|mois|monat|mal\\b|veces|fois|stunde|hora|heure|tag\\b"
      + "|d\u00eda|dia\\b|jour|punkt|point|punto))");
  private static final int LEAST_BARE_MG = 25;
  private static final int MOST_BARE_MG = 1000;
  /** Counts written as words in the four languages ("two", "zwei", "dos", "deux"), by their number. */
  private static final Map<String, Integer> COUNT_WORDS = countWordMap();
  /** The words that may stand between a count and the figure it counts: "of the", "von den", "de los", "des". */
  private static final String OF_THE = "(?:(?:of(?: the)?|von(?: den)?|der|de(?: los| las| mis)?|des|x)\\s+)?";
  /** A figure and a count without a unit: "200x2", "250 x 2". */
  private static final Pattern BARE_TIMES =
      Pattern.compile("(?<![\\d.,/:\\w])(\\d{2,4})\\s*[x\u00d7]\\s*([1-4])(?![\\d.,/:%\\w])");
  /** One and a half tablets of the figure after: "one and a half of the 300mg", "anderthalb von den 300er". */
  private static final Pattern HALF_MORE = Pattern.compile("\\b(?:one and a half|one-and-a-half|1[.,]5|anderthalb"
      + "|eineinhalb|una y media|uno y medio|un et demi|une et demie)\\s+" + OF_THE + "(?:de\\s+)?$");
  /** Half a tablet of the figure after: "half a 400 magnesium tablet", "eine halbe 400er", "media de 400". */
  private static final Pattern HALF_ONLY = Pattern.compile("\\b(?:half(?: of)?(?: a| an| the)?|eine halbe|halbe"
      + "|media(?: de)?(?: la)?|la mitad de|un demi|une demie|la moiti\u00e9 d'une?)\\s+$");
  /** "two mag tabs" (then "300mg each"): a count of tablets named with magnesium but without the dose. */
  private static final Pattern TABLET_COUNT = Pattern.compile(
      "\\b(\\d|" + countWords() + ")\\s+(?:[a-z]+\\s+){0,2}(?:tabs?|tablets?|capsules?|caps?|pills?)\\b");
  private static final Pattern PLURAL_COUNT_BEFORE =
      Pattern.compile("\\b(\\d|" + countWords() + ")\\s+" + OF_THE + "(?:x\\s+)?(?:mag\\w*\\s+)?$");
  /** "dos de 300", "deux de 250", "two of the 250": a count in words before a figure. */
  private static final Pattern COUNT_WORD_BEFORE = Pattern.compile("\\b(" + countWords() + ")\\s+" + OF_THE + "$");
  /** "zweimal 200 mg", "dos veces 200 mg", "deux fois 200 mg": a count in words before the dose. */
  private static final Pattern TIMES_BEFORE = Pattern.compile(
      "\\b(twice|zweimal|2\\s?mal|dos veces|2 veces|deux fois|2 fois|dreimal|3\\s?mal|tres veces|3 veces|trois fois|3 fois)"
          + "\\s*(?:je\\s+|à\\s+|a\\s+|de\\s+)?$");
  private static final Pattern COUNT = Pattern.compile(
      "\\b(\\d{1,2}|" + countWords() + ")\\s*(?:sprays?|tablets?|tabs?|capsules?"
          + "|caps?|pills?|drops?|scoops?|pumps?|squirts?|tabletten?|kapseln?|comprimidos?|pastillas?|c[aá]psulas?"
          + "|sobres?|comprim[eé]s?|g[eé]lules?|sachets?)\\b");
  private static final Pattern BETWEEN_COUNT_AND_DOSE =
      Pattern.compile("^\\s*\\(?\\s*(?:each|of|at|@|x|\u00e0|a|je|zu|de|zu je|mit je)?\\s*$");
  private static final Pattern NOT_TAKEN = Pattern.compile(
      "\\b(?:forg[eo]t\\w*(?!\\s+(?:that\\s+)?i'?d\\b|\\s+i\\s+had\\b)|skip\\w*|missed|didn'?t (?:take|have)|did not (?:take|have)|not take|no mag\\w*|"
          + "ran out|out of|without|stopped|held|withheld|paused|omitted|going to|will|tomorrow|might|should|considering|thinking (?:about|of)|"
          + "plan(?:ning)? to|want to|wants me to|suggested|recommended|advised|instead of"
          + "|vergessen|verga\u00df|nicht genommen|ohne|olvid[a-z\u00e0-\u00ff]*|no (?:lo )?tom[a-z\u00e0-\u00ff]*|sin"
          + "|oubli[a-z\u00e0-\u00ff]*|pas pris|sans)\\b");
  private static final Pattern WORD = Pattern.compile("[a-z\u00e0-\u00ff']+");
  /** Words an item may hold besides a dose and still continue the magnesium named before it. */
  private static final Set<String> CONTINUATION_WORDS = Set.copyOf(List.of("mg", "x", "oxide", "citrate", "glycinate",
      "bisglycinate", "malate", "threonate", "taurate", "chloride", "lactate", "sulfate", "sulphate", "carbonate",
      "aspartate", "orotate", "gluconate", "hydroxide", "spray", "sprays", "oil", "flakes", "each", "of", "at",
      "in", "the", "a", "an", "another", "more", "extra", "then", "also", "again", "later", "morning", "evening",
      "night", "tonight", "bedtime", "bed", "lunch", "breakfast", "dinner", "before", "after", "with", "am", "pm",
      "twice", "times", "two", "three", "thrice", "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "caps",
      "pill", "pills", "took", "take", "taken", "daily", "day", "form", "powder", "i", "supper", "tea", "nocte",
      "nightly", "dose", "anither", "wi", "second", "nd" /* "2nd" */, "one", "nochmal", "nochmals", "erneut", "wieder",
      "weitere", "weiteren", "zweite", "zweiten", "segunda", "segundo", "deuxi\u00e8me", "seconde", "second",
      // the same in German, Spanish and French notes ("200 en la noche", "100 avant de dormir", "Brause tagsüber")
      "und", "y", "et", "pis", "noch", "encore", "otro", "otros", "otra", "autre", "yo", "je", "ich", "además", "en",
      "plus", "zusätzlich", "tomo", "tomé", "prends", "pris", "nehme", "genommen", "la", "el", "le", "l", "de", "du",
      "des", "al", "à", "a", "am", "um", "morgens", "abends", "mittags", "nachts", "tagsüber", "brause", "mañana",
      "tarde", "noche", "matin", "soir", "midi", "après", "después", "antes", "avant", "vor", "dem", "schlafen",
      "dormir", "sobre", "sachet", "beutel", "cada", "chacune", "chaque", "je", "una", "uno", "un", "une",
      "comprimido", "comprimidos", "comprimé", "comprimés", "gélule", "gélules", "tablette", "tabletten", "l'après"));


  /** How far from a mention of magnesium its item (up to the next comma, "and"...) is looked for. */
  private static final int ITEM_REACH = 300;

  private MagnesiumIntake() {}

  /** The night's total from the column and the words; empty when no mg figure is written anywhere. */
  static Optional<Total> of(DiaryEntry e) {
    List<Source> counted = new ArrayList<>();
    List<Source> repeated = new ArrayList<>();
    if (e.magnesiumMg() != null && e.magnesiumMg() > 0) {
      counted.add(new Source(DiaryField.MAGNESIUM_MG, e.magnesiumMg(),
          Evidence.wholeValue(e.date(), DiaryField.MAGNESIUM_MG, String.valueOf(e.magnesiumMg()))));
    }
    for (DiaryField field : TEXT_FIELDS) {
      fromText(e.date(), field, e.text(field)).ifPresent(s -> {
        if (counted.stream().anyMatch(c -> c.mg() == s.mg())) {
          repeated.add(s);
        } else {
          counted.add(s);
        }
      });
    }
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Total(counted.stream().mapToInt(Source::mg).sum(), counted, repeated));
  }

  /** Magnesium that night: a dose above zero anywhere, or magnesium named in a medicine or supplement. */
  static boolean takenOn(NightReading n) {
    DiaryEntry e = n.entry();
    if (n.magnesium().isPresent()) {
      return true;
    }
    if (e.magnesiumMg() != null) {
      return false;
    }
    return !e.magnesiumForm().isEmpty() || n.affirmed("magnesium").stream()
        .anyMatch(f -> f.field() == DiaryField.SUPPLEMENTS || f.field() == DiaryField.MEDICATIONS
            || f.field() == DiaryField.NOTES && takenInNotes(e.text(DiaryField.NOTES), f.mention()));
  }

  /** Magnesium named in the notes counts as taken unless its item says it was not ("forgot", "ran out", "might"). */
  private static boolean takenInNotes(String notes, Mention m) {
    // the item is looked for near the mention only: a note may be megabytes long, with many mentions
    int near = Math.max(0, m.start() - ITEM_REACH);
    String lower = asciiLower(notes.substring(near, Math.min(notes.length(), m.end() + ITEM_REACH)));
    int start = m.start() - near;
    int stop = m.end() - near;
    int from = 0;
    int to = lower.length();
    Matcher end = ITEM_END.matcher(lower);
    while (end.find()) {
      if (end.end() <= start) {
        from = end.end();
      } else if (end.start() >= stop) {
        to = end.start();
        break;
      }
    }
    return !NOT_TAKEN.matcher(lower.substring(from, to)).find();
  }

  /**
   * The magnesium doses of one text field added up, with the words from the first to the last. The
   * text is read normalised ({@link TextNormaliser}: "M\u200Dg 500 mg" is "Mg 500 mg"); the evidence
   * quotes the original.
   */
  static Optional<Source> fromText(LocalDate date, DiaryField field, String original) {
    if (original.isEmpty() || !NumberWords.mayHoldFigure(original)) {
      return Optional.empty();
    }
    // as far as the notes are read for flags (BoundedReading): a runaway cell is not normalised whole
    String read = original.length() <= ShownText.READ_LIMIT ? original
        : original.substring(0, BoundedReading.boundaryBefore(original, ShownText.READ_LIMIT, 0));
    TextNormaliser.Normalised normalised = TextNormaliser.normalise(read);
    return fromNormalised(date, field, normalised.text()).map(s -> {
      int from = normalised.originalStart(s.evidence().start());
      int to = normalised.originalEnd(s.evidence().end());
      return new Source(field, s.mg(), new Evidence(date, field, original.substring(from, to), original, from, to));
    });
  }

  private static Optional<Source> fromNormalised(LocalDate date, DiaryField field, String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      lower = asciiLower(text);
    }
    lower = NumberWords.digits(lower);
    if (lower.chars().noneMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int total = 0;
    int from = -1;
    int to = -1;
    boolean previousWasMagnesium = false;
    int pendingCount = 1;
    int itemStart = 0;
    Matcher end = ITEM_END.matcher(lower);
    while (itemStart <= lower.length()) {
      int itemEnd = end.find() ? end.start() : lower.length();
      String item = takenPart(lower.substring(itemStart, itemEnd));
      boolean named = namesMagnesium(item);
      boolean magnesium = !NOT_TAKEN.matcher(item).find()
          && (named || previousWasMagnesium && onlyContinuationWords(item));
      if (magnesium) {
        ItemDose dose = dosesIn(item, pendingCount);
        total += dose.mg;
        Matcher count = TABLET_COUNT.matcher(item);
        pendingCount = !dose.found() && named && count.find() ? countOf(count.group(1)) : 1;
        if (dose.found()) {
          int start = itemStart + Math.min(dose.first, named ? firstAnchor(item) : dose.first);
          int stop = itemStart + Math.max(dose.last, named ? lastAnchorEnd(item) : dose.last);
          from = from < 0 ? start : from;
          to = Math.max(to, stop);
        }
      }
      previousWasMagnesium = magnesium || (previousWasMagnesium && item.isBlank());
      if (itemEnd >= lower.length()) {
        break;
      }
      itemStart = end.end();
    }
    if (total <= 0) {
      return Optional.empty();
    }
    if (to < text.length() && text.charAt(to) == ')' && text.substring(from, to).contains("(")) {
      to++;
    }
    return Optional.of(new Source(field, total, new Evidence(date, field, text.substring(from, to), text, from, to)));
  }

  /** "Two magnesium of 200 instead of one", "zwei à 200 statt einer": the words before "instead of" were taken. */
  private static final Pattern INSTEAD = Pattern.compile("\\b(?:instead of|rather than|statt|anstatt|anstelle"
      + "|en vez de|en lugar de|au lieu d)\\b");

  private static String takenPart(String item) {
    Matcher m = INSTEAD.matcher(item);
    return m.find() && m.start() > 0 && item.substring(0, m.start()).chars().anyMatch(Character::isDigit)
        ? item.substring(0, m.start()) : item;
  }

  /** The milligrams one item names, and where its first dose starts and its last ends. */
  private static final class ItemDose {
    int mg;
    int first = -1;
    int last = -1;

    void add(int more, Matcher at) {
      mg += more;
      first = found() ? first : at.start();
      last = at.end();
    }

    boolean found() {
      return first >= 0;
    }
  }

  /**
   * The doses of one item: those with a unit ("200 mg"); when there are none, bare figures with a
   * count ("Mg (mg): 200x2"); when there are none of those either, bare figures alone.
   */
  private static ItemDose dosesIn(String item, int pendingCount) {
    ItemDose dose = new ItemDose();
    Matcher d = DOSE.matcher(item);
    while (d.find()) {
      int mg = mg(item, d);
      int each = share(item.substring(0, d.start()), mg, mg);
      dose.add(pendingCount > 1 && item.contains("each") ? each * pendingCount : each, d);
    }
    if (!dose.found()) {
      Matcher times = BARE_TIMES.matcher(item);
      while (times.find()) {
        int figure = Integer.parseInt(times.group(1));
        if (plausibleBare(figure)) {
          dose.add(figure * Integer.parseInt(times.group(2)), times);
        }
      }
    }
    if (!dose.found()) {
      Matcher b = BARE.matcher(item);
      while (b.find()) {
        int figure = Integer.parseInt(b.group(1));
        boolean plural = b.group("plural") != null;
        // "in my 50s", "the 70s": an age or decade, not tablets
        if (!(plural && figure < 100) && plausibleBare(figure)) {
          int count = plural ? pluralCount(item, b.start()) : countBefore(item, b.start());
          dose.add(share(item.substring(0, b.start()), figure, figure * count), b);
        }
      }
    }
    return dose;
  }

  /** Half as much again, or half, of {@code mg} when the words before say so ("one and a half"), else whole. */
  private static int share(String before, int mg, int whole) {
    return HALF_MORE.matcher(before).find() ? mg * 3 / 2 : HALF_ONLY.matcher(before).find() ? mg / 2 : whole;
  }

  /** Whether a figure without a unit reads as milligrams of magnesium. */
  private static boolean plausibleBare(int figure) {
    return figure >= LEAST_BARE_MG && figure <= MOST_BARE_MG;
  }

  /** Lower case without changing any offset (some letters change length in full lower-casing). */
  private static String asciiLower(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.chars().forEach(c -> sb.append(c < 128 ? Character.toLowerCase((char) c) : (char) c));
    return sb.toString();
  }

  private static int mg(String item, Matcher d) {
    double each = Double.parseDouble(d.group("each"));
    if (!d.group("unit").startsWith("m")) {
      if (each > MOST_GRAMS) {
        return 0;
      }
      each *= 1000;
    }
    int times = 1;
    String freq = d.group("freq");
    if (d.group("pre") != null) {
      times = Integer.parseInt(d.group("pre"));
    } else if (d.group("post") != null) {
      times = Integer.parseInt(d.group("post"));
    } else if (d.group("postx") != null) {
      times = Integer.parseInt(d.group("postx"));
    } else if (freq != null) {
      times = switch (freq) {
        case "three times", "3 times", "thrice", "tds", "tid", "dreimal", "3mal", "3 mal", "tres veces", "3 veces",
            "trois fois", "3 fois" -> 3;
        case "four times", "4 times", "qds", "qid" -> 4;
        default -> 2;
      };
    } else {
      Matcher before = TIMES_BEFORE.matcher(item.substring(0, d.start()));
      times = before.find() ? (before.group(1).matches("(?:dre|tr|3).*") ? 3 : 2) : countBefore(item, d.start());
    }
    return (int) Math.round(each * times);
  }

  /** "5 sprays (each 10 mg)", "2 tablets of 200 mg": the count just before the dose. */
  /** "2 mag 200s", "three 150s": tablets counted by their strength in the plural. */
  private static int pluralCount(String item, int figureStart) {
    Matcher m = PLURAL_COUNT_BEFORE.matcher(item.substring(0, figureStart));
    return m.find() ? countOf(m.group(1)) : countBefore(item, figureStart);
  }

  private static int countBefore(String item, int doseStart) {
    Matcher c = COUNT.matcher(item);
    int times = 1;
    while (c.find() && c.end() <= doseStart) {
      if (BETWEEN_COUNT_AND_DOSE.matcher(item.substring(c.end(), doseStart)).matches()) {
        times = countOf(c.group(1));
      }
    }
    Matcher word = COUNT_WORD_BEFORE.matcher(item.substring(0, doseStart));
    if (times == 1 && word.find()) {
      times = countOf(word.group(1));
    }
    return times == 1 ? TabletCount.before(item, doseStart, item.substring(doseStart), COUNT_WORDS) : times;
  }

  private static int countOf(String count) {
    Integer word = COUNT_WORDS.get(count);
    return word != null ? word : Integer.parseInt(count);
  }

  private static Map<String, Integer> countWordMap() {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    String[][] words = {
        {"one", "ein", "eine", "einen", "uno", "una", "une"},
        {"two", "zwei", "dos", "deux", "couple", "pair"},
        {"three", "drei", "tres", "trois"},
        {"four", "vier", "cuatro", "quatre"},
        {"five", "f\u00fcnf", "fuenf", "cinco", "cinq"},
        {"six", "sechs", "seis"}};
    for (int n = 0; n < words.length; n++) {
      for (String w : words[n]) {
        counts.put(w, n + 1);
      }
    }
    return Map.copyOf(counts);
  }

  /** The count words as regex alternatives, longest first ("eine" before "ein"). */
  private static String countWords() {
    return countWordMap().keySet().stream().sorted((a, b) -> b.length() - a.length())
        .collect(java.util.stream.Collectors.joining("|"));
  }

  private static boolean namesMagnesium(String item) {
    return firstAnchor(item) >= 0;
  }

  /** Where magnesium is named: "magnesium", "mag", or "mg" not written after a number (the symbol). */
  private static int firstAnchor(String item) {
    Matcher a = ANCHOR.matcher(item);
    while (a.find()) {
      if (isAnchor(item, a)) {
        return a.start();
      }
    }
    return -1;
  }

  private static int lastAnchorEnd(String item) {
    Matcher a = ANCHOR.matcher(item);
    int last = -1;
    while (a.find()) {
      if (isAnchor(item, a)) {
        last = a.end();
      }
    }
    return last;
  }

  private static boolean isAnchor(String item, Matcher a) {
    return !a.group().equals("mg") || !NUMBER_BEFORE.matcher(item.substring(0, a.start())).find();
  }

  /** The words before the item's first figure continue the magnesium named before ("then another 250 at bedtime ..."). */
  private static boolean onlyContinuationWords(String item) {
    Matcher figure = DOSE.matcher(item);
    Matcher bare = BARE.matcher(item);
    int first = Math.min(figure.find() ? figure.start() : item.length(), bare.find() ? bare.start() : item.length());
    if (first < item.length()) {
      item = item.substring(0, first);
    }
    Matcher w = WORD.matcher(DOSE.matcher(item).replaceAll(" "));
    while (w.find()) {
      if (!CONTINUATION_WORDS.contains(w.group())) {
        return false;
      }
    }
    return true;
  }
}
