package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;
import org.rlsviewer.domain.ShownText;

/**
 * What the pregnancy and medicine cautions read beyond the lexicon's context, in the four languages:
 * a pregnancy only compared with ("better than in pregnancy"), wished for ("hoping to get pregnant")
 * or long past ("30 years ago"); a medicine warned off, not taken or given up; and a pregnancy said
 * as a bare count of weeks ("22wks", "32 wks", "22. Woche", "sem 30").
 */
final class CautionReading {

  /** A pregnancy set against now, so past: "better than in pregnancy", "als in der Schwangerschaft". */
  private static final Pattern COMPARED = Pattern.compile("\\b(?:than|as)\\s+(?:in|during|when|while|with)"
      + "(?:\\s+(?:my|the|i\\s+was))?\\s*$|\\b(?:als|wie)\\s+(?:in|w\u00e4hrend)(?:\\s+(?:der|meiner))?\\s*$"
      + "|\\bque\\s+(?:en|durante|cuando)(?:\\s+(?:el|mi))?\\s*$|\\bqu(?:e|')\\s*(?:en|pendant|dans|durant)"
      + "(?:\\s+(?:la|ma))?\\s*$");
  /** A pregnancy wished for or planned: "hoping to get pregnant", "schwanger werden", "quedarme embarazada". */
  private static final Pattern WISHED = Pattern.compile("\\b(?:get|getting|become|becoming|fall|falling)\\s+pregnant"
      + "|\\bwean\\w*|\\babgestillt|\\babstillen|\\bdestet\\w*|\\bsevr\\w*"
      + "|\\bschwanger\\s+(?:zu\\s+)?werden|\\bquedar(?:me|se)?\\s+embarazada|\\bbuscando\\s+(?:un\\s+)?(?:beb[e\u00e9]"
      + "|embarazo)|\\btomber\\s+enceinte|\\bessay(?:ons|ons|er|e)\\s+d'avoir");
  /** Pregnancy as a bare count of weeks, 12 to 42, read only when nothing else names it. */
  private static final Pattern WEEKS = Pattern.compile("(?<![\\d.,:/-])\\b(1[2-9]|[23]\\d|4[0-2])\\.?\\s?(?:wks?|weeks?|w|woche|ssw"
      + "|semanas?|sem|semaines?|sa)\\b(?!\\s*(?:of|on|off|ago|since|later|without|into|after|before|straight"
      + "|running|until|till|left|more|lang|her|seit|hace|de\\b|sin|con|tomando|depuis|sans|d'|avec|ohne|mit|auf|am\\b"
      + "|apr\u00e8s|nach|despu\u00e9s|tras|post"
      + "|im\\b|in\\b|sur|sous))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A woman other than the patient named (not by a pronoun, which may be the baby: "nurse her"). */
  private static final Pattern OTHER_WOMAN_NAMED = Pattern.compile("\\b(?:daughter\\S*|wife|sister|friend|niece"
      + "|cousin|neighbou?r|colleague|tochter|schwiegertochter|frau|schwester|freundin|nichte|kollegin"
      + "|hija|nuera|cu\u00f1ada|schw\u00e4gerin|mujer|esposa|hermana|amiga|sobrina|prima|vecina|fille|belle-fille|femme|s\u0153ur"
      + "|soeur|amie|ni\u00e8ce|cousine|voisine|coll\u00e8gue)\\b");
  /** Another woman, named or by a pronoun, before a week count in its sentence. */
  private static final Pattern OTHER_WOMAN = Pattern.compile("\\b(?:she|her|sie|ihre|ella|elle)\\b|"
      + OTHER_WOMAN_NAMED.pattern());
  /** A duration before a count of weeks: "for 26 weeks", "seit 20 Wochen", "hace 20 semanas", "depuis 20 semaines". */
  private static final Pattern DURATION_BEFORE = Pattern.compile("\\b(?:for|since|over|past|last|every|after|in"
      + "|within|about|of|than|first|next|nearly|almost|seit|vor|f\u00fcr|nach|hace|durante|desde|cada|depuis|pendant"
      + "|apr\u00e8s|il y a)\\s+$");
  private static final Pattern CLAUSE_END = Pattern.compile("[.!?\\n;,]|\\bbut\\b|\\baber\\b|\\bpero\\b|\\bmais\\b");

  /**
   * Denied or not meant just after the word: "embarazada?? NO jajaja", "Embarazada? Ni loca", "ich stille
   * nicht", "je n'allaite pas", "a pregnant pause", "un silencio preñado de reproches".
   */
  private static final Pattern DENIED_AFTER = Pattern.compile("^\\s*\\?+\\s*(?:no|non|nein|nope|nah|ni\\s+loca"
      + "|ni\\s+de\\s+broma|jamais|never|nunca|nada)\\b|^\\s*(?:nicht|pas|no)\\b|^\\s*(?:pause|silence|moment)\\b"
      + "|^\\s*de\\s+(?:reproches|tensi\u00f3n|sentido|significado)");

  private CautionReading() {}

  /** A gut upset put back in a past period ("diarrhoea from the citrate last month"), or a nose that runs. */
  static boolean pastUpset(NightReading n, NightReading.Found f) {
    String text = n.entry().text(f.field());
    if (TakingCues.inPastPeriod(text, f.mention().start(), f.mention().end())) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int from = span(lower, CLAUSE_END, f.mention().start(), f.mention().end())[0];
    String before = lower.substring(Math.max(from, f.mention().start() - 20), Math.max(from, f.mention().start()));
    return RUNNING_THING.matcher(before).find() && f.mention().wordsText().startsWith("runs");
  }

  /** Something other than the bowels that runs: "nose runs", "my tights runs", "the tap runs". */
  private static final Pattern RUNNING_THING = Pattern.compile("\\b(?:nose|eyes?|tap|tights|stockings?|paint|mascara"
      + "|time|engine|car|dog|it|he|she|who|which|that|show|film|programme|program|race|bus|train)\\s+$");

  /** The pregnancy caution's candidates: mentions not compared, wished for or years back; else a bare week count. */
  static List<RuleEngine.Candidate> pregnancy(List<NightReading> nights) {
    for (NightReading n : nights) {
      for (NightReading.Found f : n.all("pregnancy")) {
        if (patients(n, f) && !pregnancySetAside(n, f)) {
          return List.of(new RuleEngine.Candidate(n.evidence(f), Map.of()));
        }
      }
      if (n.all("pregnancy").isEmpty() && n.all("proxy-writer").isEmpty()) {
        Optional<Evidence> weeks = weeks(n);
        if (weeks.isPresent()) {
          return List.of(new RuleEngine.Candidate(weeks.get(), Map.of()));
        }
      }
    }
    return List.of();
  }

  /** A medicine named but warned off, not taken or given up in its sentence ({@link TakingCues}). */
  static boolean medicineNotTaken(NightReading n, NightReading.Found f) {
    return TakingCues.medicineNotTaken(n.entry().text(f.field()), f.mention().start(), f.mention().end());
  }

  /**
   * The patient's own pregnancy or nursing: affirmed, or read as someone else's only because a baby is
   * named ("baby feeds from me"), with no other woman named in the sentence.
   */
  private static boolean patients(NightReading n, NightReading.Found f) {
    Assertion a = f.mention().assertion();
    String text = n.entry().text(f.field());
    if (WEEKS_ANSWER.matcher(text.substring(Math.min(text.length(), f.mention().end()))).find()) {
      return true; // "Pregnant: 22w", "Schwanger: 30. SSW"
    }
    return a.affirmed() || a.otherPerson() && !a.negated() && !a.hypothetical() && !a.historical()
        && !a.uncertain() && BABY.matcher(sentence(n, f)).find() && !OTHER_WOMAN_NAMED.matcher(sentence(n, f)).find();
  }

  private static final Pattern WEEKS_ANSWER = Pattern.compile("^\\s*[:=?-]+\\s*(?:yes\\W+|ja\\W+|s\u00ed\\W+|oui\\W+)?"
      + "(?:1[2-9]|[23]\\d|4[0-2])\\.?\\s?(?:w|wk|wks|weeks?|ssw|woche|semanas?|sem|sa|semaines?)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BABY = Pattern.compile("\\b(?:baby|babe|newborn|infant|bub|bubs|preemie|beb[e\u00e9]"
      + "|s\u00e4ugling|fr\u00fchchen|b\u00e9b\u00e9|nourrisson|prematur[oa]|pr\u00e9matur\u00e9e?)\\b");

  private static boolean pregnancySetAside(NightReading n, NightReading.Found f) {
    String text = n.entry().text(f.field()).toLowerCase(Locale.ROOT);
    String before = text.substring(Math.max(0, f.mention().start() - 40), Math.min(text.length(), f.mention().start()));
    String sentence = sentence(n, f);
    boolean weeksForAWhile = Character.isDigit(f.mention().matched().charAt(0)) && DURATION_BEFORE.matcher(before).find();
    String after = text.substring(Math.min(text.length(), f.mention().end()),
        Math.min(text.length(), f.mention().end() + 30));
    return weeksForAWhile || COMPARED.matcher(before).find()
        || TakingCues.yearsBack(text, f.mention().start(), f.mention().end())
        || WISHED.matcher(sentence).find() || DENIED_AFTER.matcher(after).find()
        || OTHER_WOMAN_NAMED.matcher(before).find() && !sentence.contains("baby");
  }

  private static Optional<Evidence> weeks(NightReading n) {
    return inNotes(n.entry(), WEEKS, (lower, m) -> !otherWoman(lower, m)
        && !DURATION_BEFORE.matcher(lower.substring(Math.max(0, m.start() - 20), m.start())).find());
  }

  /**
   * The first match of {@code pattern} in the night's notes, read normalised (hidden and look-alike
   * characters do not hide it) and accepted by {@code accept}, with the patient's original words.
   */
  static Optional<Evidence> inNotes(DiaryEntry e, Pattern pattern, BiPredicate<String, Matcher> accept) {
    String notes = e.text(DiaryField.NOTES);
    if (notes.isEmpty()) {
      return Optional.empty();
    }
    String read = notes.length() <= ShownText.READ_LIMIT ? notes
        : notes.substring(0, BoundedReading.boundaryBefore(notes, ShownText.READ_LIMIT, 0));
    TextNormaliser.Normalised normalised = TextNormaliser.normalise(read);
    String text = normalised.text();
    String lower = MagnesiumIntake.asciiLower(text);
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (accept.test(lower, m)) {
        int from = normalised.originalStart(m.start());
        int to = normalised.originalEnd(m.end());
        return Optional.of(new Evidence(e.date(), DiaryField.NOTES, notes.substring(from, to), notes, from, to));
      }
    }
    return Optional.empty();
  }

  /** Someone else's weeks ("my daughter-in-law is 20 weeks", "mi hija está de 30 semanas"), not the patient's. */
  private static boolean otherWoman(String lower, Matcher m) {
    return OTHER_WOMAN.matcher(lower.substring(SentenceText.startBefore(lower, m.start()), m.start())).find();
  }

  /** The mention's sentence, lower case ({@link SentenceText}). */
  private static String sentence(NightReading n, NightReading.Found f) {
    return SentenceText.around(n.entry().text(f.field()), f.mention().start(), f.mention().end()).toLowerCase(Locale.ROOT);
  }

  /**
   * Where the stretch of {@code text} holding {@code start} to {@code stop} begins and ends, between
   * the matches of {@code ends} (a sentence's or a clause's or an item's ends), the end not included.
   */
  static int[] span(String text, Pattern ends, int start, int stop) {
    int from = 0;
    int to = text.length();
    Matcher end = ends.matcher(text);
    while (end.find()) {
      if (end.end() <= start) {
        from = end.end();
      } else if (end.start() >= stop) {
        to = end.start();
        break;
      }
    }
    return new int[] {Math.min(from, text.length()), Math.max(Math.min(from, text.length()), to)};
  }

  /** The medicines named that night less those not taken ({@link #medicineNotTaken}). */
  static List<NightReading.Found> medicinesTaken(List<NightReading.Found> found, NightReading n) {
    List<NightReading.Found> out = new ArrayList<>();
    for (NightReading.Found f : found) {
      if (!medicineNotTaken(n, f)) {
        out.add(f);
      }
    }
    return out;
  }
}
