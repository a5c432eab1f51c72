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
  record Source(DiaryField field, int mg, Evidence evidence, Doses doses) {

    Source(DiaryField field, int mg, Evidence evidence) {
      this(field, mg, evidence, Doses.NONE);
    }

    String describe() {
      return field == DiaryField.MAGNESIUM_MG ? "magnesium_mg column " + mg + " mg"
          : field.column() + " \u201c" + evidence.matched() + "\u201d = " + mg + " mg"
              + (doses.alreadyCounted() > 0 ? " besides the " + doses.alreadyCounted() + " mg counted before" : "");
    }

    /** The same words less the doses already counted elsewhere ("300 at tea time" beside a column of 300). */
    Source less(int alreadyCounted) {
      return new Source(field, mg - alreadyCounted, evidence,
          new Doses(doses.plain(), doses.extraMg(), alreadyCounted));
    }
  }

  /**
   * The doses of a text field: those of plain items, which may repeat a figure written elsewhere, and
   * the mg of items saying they came on top ("another 200"), which never do.
   */
  record Doses(List<Integer> plain, int extraMg, int alreadyCounted) {
    static final Doses NONE = new Doses(List.of(), 0, 0);
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
  static final Pattern ITEM_END =
      Pattern.compile("[;,\\n!?]|(?<!\\d|\\bca|\\bapprox|\\baprox|\\benv|" + TabletCount.ABBREVIATED + ")\\."
          + "|(?<!\\bca|\\bapprox|\\baprox|\\benv|" + TabletCount.ABBREVIATED + ")\\.(?!\\d)"
          // a column of figures: "Mg morning: 150 | Mg night: 150", "Mg mañana: 200 / Mg noche: 250"
          + "|\\s[|]\\s|\\s/\\s(?=[^/]*:)|\\band\\b|\\bplus\\b|[+&]");
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
  private static final Pattern BARE = Pattern.compile("(?<![\\d.,/:\\w])(\\d{2,4})(?<plural>'?s|ern|er)?(?![\\d.,/:%\\w])(?!\\s*(?:%|percent|per\\b"
      + "|pm\\b|am\\b|o'?clock|h\\b|hrs?\\b|hours?|mins?\\b|minutes?|days?|nights?|weeks?|wks?|months?|years?|yrs?|cm\\b"
      + "|mm\\b|kg\\b|lbs?\\b|ml\\b|iu\\b|mcg|ug\\b|\u00b5g|mmol|times|x\\b|/|:|-\\s*\\d"
      + "|ui\\b|ie\\b|uhr|jahr|a\u00f1o|ans?\\b|sem|woch|mes\\b|mois|monat|mal\\b|veces|fois|stunde|hora|heure|tag\\b"
      + "|d\u00eda|dia\\b|jour|punkt|point|punto|steps|schritte|pasos|pas\\b|m\\b|km\\b|kcal|cal\\b|ft\\b|feet"
      // another nutrient's figure: "(500 calcium / 250 magnesium)"
      + "|calci|kalzium|calcium|zinc|zink|potass|kalium|vitamin|vit\\b|iron|eisen|hierro|fer\\b|folic|b12|b6|d3))");
  private static final int LEAST_BARE_MG = 25;
  private static final int MOST_BARE_MG = 1000;
  /** A figure and a count without a unit: "200x2", "250 x 2". */
  private static final Pattern BARE_TIMES =
      Pattern.compile("(?<![\\d.,/:\\w])(\\d{2,4})\\s*[x\u00d7]\\s*([1-4])(?![\\d.,/:%\\w])");
  /** A small count opening an item: "2 with supper", "3 tonight". */
  private static final Pattern LEADING_COUNT = Pattern.compile("^\\s*([1-6])\\s+(?![\\d.x\u00d7]|mg\\b)");
  /** A count and a figure without a unit: "Mg 2x250", "mag 2 x 200". */
  private static final Pattern COUNT_TIMES_BARE =
      Pattern.compile("(?<![\\d.,/:\\w])([1-4])\\s*[x\u00d7]\\s*(\\d{2,4})(?![\\d.,/:%\\w])");
  /** One and a half tablets of the figure after: "one and a half of the 300mg", "anderthalb von den 300er". */
  private static final Pattern HALF_MORE = Pattern.compile("\\b(?:one and a half|one-and-a-half|1[.,]5|anderthalb"
      + "|eineinhalb|una y media|uno y medio|un et demi|une et demie)\\s+" + TabletCount.OF_THE + "(?:de\\s+)?$");
  /** Half a tablet of the figure after: "half a 400 magnesium tablet", "eine halbe 400er", "media de 400". */
  private static final Pattern HALF_ONLY = Pattern.compile("\\b(?:half(?: of)?(?: a| an| the)?|eine halbe|halbe"
      + "|media(?: de)?(?: la)?|la mitad de|un demi|une demie|la moiti\u00e9 d'une?)\\s+$");
  /** "zweimal 200 mg", "dos veces 200 mg", "deux fois 200 mg": a count in words before the dose. */
  private static final Pattern TIMES_BEFORE = Pattern.compile(
      "\\b(twice|zweimal|2\\s?mal|dos veces|2 veces|deux fois|2 fois|dreimal|3\\s?mal|tres veces|3 veces|trois fois|3 fois)"
          + "\\s*(?:je\\s+|à\\s+|a\\s+|de\\s+)?$");

  private MagnesiumIntake() {}

  /** The night's total from the column and the words; empty when no mg figure is written anywhere. */
  static Optional<Total> of(DiaryEntry e) {
    List<Source> counted = new ArrayList<>();
    List<Source> repeated = new ArrayList<>();
    if (e.magnesiumMg() != null && e.magnesiumMg() > 0) {
      counted.add(new Source(DiaryField.MAGNESIUM_MG, e.magnesiumMg(),
          Evidence.wholeValue(e.date(), DiaryField.MAGNESIUM_MG, String.valueOf(e.magnesiumMg()))));
    }
    int column = counted.isEmpty() ? 0 : counted.get(0).mg();
    for (DiaryField field : TEXT_FIELDS) {
      fromText(e.date(), field, e.text(field), column).ifPresent(s -> add(s, counted, repeated));
    }
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Total(counted.stream().mapToInt(Source::mg).sum(), counted, repeated));
  }

  /**
   * A field's doses counted once: a figure already counted elsewhere is the same dose written twice,
   * unless the words say it came on top ("another 200"); each figure counted before matches one dose.
   */
  private static void add(Source s, List<Source> counted, List<Source> repeated) {
    List<Integer> known = new ArrayList<>(counted.stream().map(Source::mg).toList());
    if (s.doses().extraMg() == 0 && known.contains(s.mg())) {
      repeated.add(s);
      return;
    }
    int same = 0;
    for (int dose : s.doses().plain()) {
      if (known.remove(Integer.valueOf(dose))) {
        same += dose;
      }
    }
    if (same >= s.mg()) {
      repeated.add(s);
    } else {
      counted.add(same > 0 ? s.less(same) : s);
    }
  }

  /**
   * The magnesium doses of one text field added up, with the words from the first to the last. The
   * text is read normalised ({@link TextNormaliser}: "M\u200Dg 500 mg" is "Mg 500 mg"); the evidence
   * quotes the original.
   */
  static Optional<Source> fromText(LocalDate date, DiaryField field, String original) {
    return fromText(date, field, original, 0);
  }

  /**
   * As {@link #fromText(LocalDate, DiaryField, String)}, on a night whose column holds {@code column} mg:
   * then a figure said to come on top ("another 200 before bed", "noch 200") is magnesium too.
   */
  static Optional<Source> fromText(LocalDate date, DiaryField field, String original, int column) {
    if (original.isEmpty() || !NumberWords.mayHoldFigure(original)) {
      return Optional.empty();
    }
    // as far as the notes are read for flags (BoundedReading): a runaway cell is not normalised whole
    String read = original.length() <= ShownText.READ_LIMIT ? original
        : original.substring(0, BoundedReading.boundaryBefore(original, ShownText.READ_LIMIT, 0));
    TextNormaliser.Normalised normalised = TextNormaliser.normalise(read);
    return fromNormalised(date, field, normalised.text(), column > 0).map(s -> {
      int from = normalised.originalStart(s.evidence().start());
      int to = normalised.originalEnd(s.evidence().end());
      return new Source(field, s.mg(), new Evidence(date, field, original.substring(from, to), original, from, to),
          s.doses());
    });
  }

  private static Optional<Source> fromNormalised(LocalDate date, DiaryField field, String text, boolean column) {
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
    int extra = 0;
    List<Integer> plain = new ArrayList<>();
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
      boolean onTop = MagnesiumWords.EXTRA.matcher(item).find();
      boolean magnesium = !MagnesiumWords.notTaken(item)
          && (named || previousWasMagnesium && onlyContinuationWords(item) || column && onTop);
      if (magnesium) {
        ItemDose dose = dosesIn(item, pendingCount);
        total += dose.mg;
        if (onTop) {
          extra += dose.mg;
        } else if (dose.found()) {
          plain.add(dose.mg);
        }
        Matcher count = TabletCount.TABLET_COUNT.matcher(item);
        pendingCount = !dose.found() && count.find() ? TabletCount.countOf(count.group(1)) : 1;
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
    Matcher stated = MagnesiumWords.STATED_TOTAL.matcher(lower);
    while (total > 0 && stated.find()) {
      // the patient's own sum ("citrate 150 + glycinate 150 + the multivitamin (100 Mg) = 400") when larger
      int sum = Integer.parseInt(stated.group(1) != null ? stated.group(1) : stated.group(2));
      if (!MagnesiumWords.perUnitEquation(lower, stated.start(), stated.end()) && sum > total && sum <= 2 * MOST_BARE_MG) {
        plain.clear();
        plain.add(sum);
        extra = 0;
        total = sum;
        to = Math.max(to, stated.end());
      }
    }
    if (total <= 0) {
      return Optional.empty();
    }
    if (to < text.length() && text.charAt(to) == ')' && text.substring(from, to).contains("(")) {
      to++;
    }
    return Optional.of(new Source(field, total, new Evidence(date, field, text.substring(from, to), text, from, to),
        new Doses(List.copyOf(plain), extra, 0)));
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
    int equation = -1;
    boolean perUnit = MagnesiumWords.PER_UNIT.matcher(item).find();
    Matcher lead = LEADING_COUNT.matcher(item);
    Matcher tablets = TabletCount.TABLET_COUNT.matcher(item);
    if (perUnit && pendingCount == 1 && lead.find() && !tablets.find()) {
      // "Cal-Mag tablets, 2 with supper (each ... 250 magnesium)": the count opens the item
      pendingCount = TabletCount.countOf(lead.group(1));
    } else if (perUnit && pendingCount == 1 && tablets.find(0) && MagnesiumWords.PER_UNIT.matcher(item)
        .region(tablets.end(), item.length()).find()) {
      // "3 caps of the calm blend (magnesium 120 mg per cap)": the count, then the strength per unit
      pendingCount = TabletCount.countOf(tablets.group(1));
    }
    while (d.find()) {
      if (limit(item, d.start())) {
        continue;
      }
      if (statedTotal(item, d)) {
        equation = equation < 0 && item.lastIndexOf('=', d.start()) >= 0 ? d.start() : equation;
        continue; // the patient's own sum, read apart
      }
      int mg = mg(item, d);
      int each = share(item.substring(0, d.start()), mg, mg);
      // a count already read beside the strength ("3 magnesium gummies (50 mg each)") is not applied twice
      boolean countedBeside = mg != strength(d);
      dose.add(pendingCount > 1 && perUnit && !countedBeside ? each * pendingCount : each, d);
    }
    Matcher onlyEquation = DOSE.matcher(item);
    if (!dose.found() && equation >= 0 && onlyEquation.find(equation)) {
      // "magnesium threonate 3 caps = 144 mg": the equation is the item's only dose
      dose.add(strength(onlyEquation), onlyEquation);
    }
    for (Pattern timesPattern : List.of(BARE_TIMES, COUNT_TIMES_BARE)) {
      Matcher times = timesPattern.matcher(item);
      boolean countFirst = timesPattern == COUNT_TIMES_BARE;
      while (!dose.found() && times.find()) {
        int figure = Integer.parseInt(times.group(countFirst ? 2 : 1));
        if (plausibleBare(figure) && !limit(item, times.start())) {
          dose.add(figure * Integer.parseInt(times.group(countFirst ? 1 : 2)), times);
        }
      }
    }
    if (!dose.found()) {
      Matcher b = BARE.matcher(item);
      while (b.find()) {
        int figure = Integer.parseInt(b.group(1));
        boolean plural = b.group("plural") != null;
        // "in my 50s", "the 70s": an age or decade, not tablets
        if (!(plural && figure < 100) && plausibleBare(figure) && !limit(item, b.start()) && !statedTotal(item, b)) {
          int count = plural ? TabletCount.pluralCount(item, b.start()) : TabletCount.countBefore(item, b.start());
          count = count == 1 ? TabletCount.countAfter(item.substring(b.end())) : count;
          count = count == 1 && perUnit ? pendingCount : count;
          dose.add(share(item.substring(0, b.start()), figure, figure * count), b);
        }
      }
    }
    return dose;
  }

  /** The patient's own sum ("= 300 total"), read apart from the doses. */
  private static boolean statedTotal(String item, Matcher figure) {
    Matcher t = MagnesiumWords.STATED_TOTAL.matcher(item);
    while (t.find()) {
      if (t.start() <= figure.start() && t.end() >= figure.end() && !MagnesiumWords.perUnitEquation(item, t.start(), t.end())) {
        return true;
      }
    }
    return false;
  }

  /** A figure set as a limit, not taken: "don't go over 350", "höchstens 350", "pas plus de 350". */
  private static boolean limit(String item, int figureStart) {
    return MagnesiumWords.LIMIT_BEFORE.matcher(item.substring(Math.max(0, figureStart - 40), figureStart)).find();
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
  static String asciiLower(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.chars().forEach(c -> sb.append(c < 128 ? Character.toLowerCase((char) c) : (char) c));
    return sb.toString();
  }

  /** The strength a dose names, before any count. */
  private static int strength(Matcher d) {
    double each = Double.parseDouble(d.group("each"));
    return (int) Math.round(d.group("unit").startsWith("m") ? each : each > MOST_GRAMS ? 0 : each * 1000);
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
      times = before.find() ? (before.group(1).matches("(?:dre|tr|3).*") ? 3 : 2) : TabletCount.countBefore(item, d.start());
      times = times == 1 ? TabletCount.countAfter(item.substring(d.end())) : times;
    }
    return (int) Math.round(each * times);
  }


  private static boolean namesMagnesium(String item) {
    return firstAnchor(item) >= 0;
  }

  /** Where magnesium is named: "magnesium", "mag", or "mg" not written after a number (the symbol). */
  private static int firstAnchor(String item) {
    Matcher a = MagnesiumWords.ANCHOR.matcher(item);
    while (a.find()) {
      if (isAnchor(item, a)) {
        return a.start();
      }
    }
    return -1;
  }

  private static int lastAnchorEnd(String item) {
    Matcher a = MagnesiumWords.ANCHOR.matcher(item);
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
    Matcher w = MagnesiumWords.WORD.matcher(DOSE.matcher(item).replaceAll(" "));
    while (w.find()) {
      if (!MagnesiumWords.CONTINUATION_WORDS.contains(w.group())) {
        return false;
      }
    }
    return true;
  }
}
