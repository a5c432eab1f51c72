package org.rlsviewer.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words {@link MagnesiumIntake} reads a dose by, in English, German, Spanish and French (lower-case
 * text): what names magnesium, what says a dose was not taken, what says a dose came on top of another,
 * what sets a limit rather than a dose, and a total the patient added up.
 */
final class MagnesiumWords {

  /** Magnesium named: "magnesium" and its misspellings and translations, "mag", "Mg" (the symbol), brands. */
  static final Pattern ANCHOR = Pattern.compile("\\bmag(?:g?n[aeiou\u00e9]?[sz][\\w\u00e0-\u00ff]*|ensium|nisium)?(?![\\w\u00e0-\u00ff])|\\bmg\\b"
      + "|\\bmagn[e\u00e9](?:\\s*b6)?\\b|\\bnatural calm\\b|\\bmagnerot\\b|\\bmagnevie\\b|\\bdiasporal\\b|\\bbiolectra\\b");

  /** The item says the dose was not taken, or is only planned. */
  static final Pattern NOT_TAKEN = Pattern.compile(
      "\\b(?:(?:forgot\\w*|forget(?!ting\\b(?!\\s+to\\b))\\w*)(?!\\s+(?:that\\s+)?i'?d\\b|\\s+i\\s+had\\b)|skip\\w*|missed"
          + "|didn'?t (?:take|have)|did not (?:take|have)|not take|no mag\\w*|"
          + "ran out|out of|without(?!\\s+(?:thinking|meaning|noticing|realis|realiz))|stopped|held|withheld|paused|omitted|going to|will|tomorrow|might|should|considering|thinking (?:about|of)|"
          + "plan(?:ning)? to|want to|wants me to|suggested|recommended|advised|instead of"
          + "|vergessen|verga\u00df|nicht genommen|ohne(?!\\s+(?:es\\s+zu|nachzudenken|absicht))|olvid[a-z\u00e0-\u00ff]*"
          + "|no (?:lo )?tom[a-z\u00e0-\u00ff]*|sin(?!\\s+(?:querer|darme|pensar))"
          + "|keins|keines|heute? nicht|pas aujourd'hui|pas ce soir|hoy no|none today|none tonight"
          + "|oubli[a-z\u00e0-\u00ff]*|pas pris|sans(?!\\s+(?:le vouloir|faire expr|r\u00e9fl\u00e9chir|m'en rendre)))\\b");

  /** A dose said to come on top of another: "another 200", "noch 200", "otros 200", "encore 200", "a second 180". */
  static final Pattern EXTRA = Pattern.compile("\\b(?:another|anothr|anither|second|2nd|extra|more|top(?:ped)? up|further|additional|adicional(?:es)?|additionnel(?:le)?s?"
      + "|noch|nochmal|nochmals|weitere[nrs]?|zus\u00e4tzlich|zweite[nr]?"
      + "|otro|otros|otra|otras|m\u00e1s|segunda|segundo|adem\u00e1s"
      + "|encore|autre|autres|deuxi\u00e8me|suppl\u00e9mentaire|rajout\\w*)\\b"
      // at most three words before the figure: "a second 180", "3 more of the 100mg", not "2nd night in a row 300"
      + "\\s+(?:[^\\s\\d]+\\s+){0,3}\\d");

  /** A limit or advice before a figure, not a dose: "don't go over 350", "höchstens 350", "más de 350". */
  static final Pattern LIMIT_BEFORE = Pattern.compile("\\b(?:over|above|exceed\\w*|more than|no more than|less than"
      + "|max|maximum|limit|up to|under|below|beyond|\u00fcber|mehr als|h\u00f6chstens|maximal|bis zu|unter"
      + "|\u00fcberschreiten|m\u00e1s de|m\u00e1ximo|hasta|menos de|pasar de|pasarme de|plus de|pas plus de|moins de"
      + "|jusqu'\u00e0|d\u00e9passer|au-del\u00e0 de)\\s+(?:(?:of|de|the|die|los|la|le|les)\\s+)?$");

  /** A total the patient added up: "= 400", "400 total", "so 400", "insgesamt 400", "en total 400", "au total 400". */
  static final Pattern STATED_TOTAL = Pattern.compile("(?:=|\\btotal(?:ly)?:?"
      // a sum written as a heading: "Total Mg del día: 350", "Summe: 300", "somme du jour : 400"
      + "|\\b(?:total|summe|sum|suma|somme|gesamt)\\b(?:\\s+[^\\s\\d:]+){0,3}\\s*:|\\bin total\\b|\\binsgesamt\\b"
      + "|\\bzusammen\\b|\\bgesamt\\b|\\ben total\\b|\\bau total\\b|\\ben tout\\b"
      // "..., so 400", "that's 400", "macht 400", "son 400", "ça fait 400", "soit 400"
      + "|\\bso\\b|\\bthat'?s\\b|\\bthat is\\b|\\bmakes?\\b|\\bmaking\\b|\\bmacht\\b|\\bdas sind\\b|\\bsind\\b"
      + "|\\bson\\b|\\bsuman\\b|\\b\u00e7a fait\\b|\\bca fait\\b|\\bsoit\\b|\\bdonc\\b)\\s*(\\d{2,4})\\s*(?:mg\\b|mgs\\b)?"
      + "(?!\\s*(?:min|h\\b|hrs?|hours?|%|kcal|cal\\b|steps|ml|x\\b|/|:))"
      + "|(?<![\\d.,])(\\d{2,4})\\s*(?:mg\\s*)?(?:in total|total|insgesamt|en total|au total|en tout)\\b");

  /** A dose named per tablet, scoop or spray: "325mg per scoop", "10 mg each", "je 10 mg", "cada uno". */
  static final Pattern PER_UNIT = Pattern.compile("\\b(?:each|per|pro|je|jeweils|por|cada|par|chacune?|chaque"
      + "|apiece|st\u00fcck)\\b");

  /** "1 scoop = 250 mg", "each tab = 100": an equation for one unit, not the patient's sum. */
  private static final Pattern ONE_UNIT_BEFORE = Pattern.compile("(?:\\b(?:1|one|un|une|ein|eine|uno|una)\\s+[^\\s\\d]+"
      + "|\\b(?:each|per|je|cada|chaque)(?:\\s+[^\\s\\d]+)?)\\s*$");

  /** "= 450mg mag per serving", "= 100 mg each": the strength of one unit after the equation. */
  private static final Pattern PER_UNIT_AFTER = Pattern.compile("^\\s*(?:mg\\b|mgs\\b)?\\s*(?:[^\\s\\d]+\\s+)?"
      + "(?:each|je|jeweils|cada|chacune?|(?:per|pro|por|par)\\s+(?:serving|portion|porci\u00f3n|scoop|tab\\w*|cap\\w*"
      + "|c\u00e1p\\w*|pill\\w*|dos\\w*|unit\\w*|unidad|sachet|sobre|gumm\\w*|comprim\\w*|g\u00e9lule|kapsel|st\u00fcck))\\b");

  static boolean perUnitEquation(String text, int totalStart, int totalEnd) {
    return text.startsWith("=", totalStart)
        && (ONE_UNIT_BEFORE.matcher(text.substring(Math.max(0, totalStart - 30), totalStart)).find()
            || PER_UNIT_AFTER.matcher(text.substring(totalEnd)).find());
  }

  /** "as the pharmacy recommended", "wie empfohlen", "como me recomendó", "comme conseillé": taken on advice. */
  private static final Pattern ON_ADVICE = Pattern.compile("\\b(?:as|wie|como|comme)\\b[^,;.]{0,30}$");

  /** The item says the dose was not taken, or is only planned (advice followed is taken). */
  static boolean notTaken(String item) {
    Matcher m = NOT_TAKEN.matcher(item);
    while (m.find()) {
      if (!(m.group().matches("recommended|advised|suggested") && ON_ADVICE.matcher(item.substring(0, m.start())).find())) {
        return true;
      }
    }
    return false;
  }

  static final Pattern WORD = Pattern.compile("[a-z\u00e0-\u00ff']+");

  /** Words an item may hold besides a dose and still continue the magnesium named before it. */
  static final Set<String> CONTINUATION_WORDS = continuationWords();

  private MagnesiumWords() {}

  private static Set<String> continuationWords() {
    Set<String> words = new HashSet<>(List.of("mg", "x", "oxide", "citrate", "glycinate",
        "bisglycinate", "malate", "threonate", "taurate", "chloride", "lactate", "sulfate", "sulphate", "carbonate",
        "aspartate", "orotate", "gluconate", "hydroxide", "spray", "sprays", "oil", "flakes", "each", "of", "at",
        "in", "the", "a", "an", "another", "more", "extra", "then", "also", "again", "later", "morning", "evening",
        "night", "tonight", "bedtime", "bed", "lunch", "breakfast", "dinner", "before", "after", "with", "am", "pm",
        "twice", "times", "two", "three", "thrice", "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "caps",
        "pill", "pills", "took", "take", "taken", "daily", "day", "form", "powder", "i", "supper", "tea", "nocte",
        "nightly", "dose", "further", "additional", "adicional", "additionnel", "additionnelle", "anither", "wi", "second", "nd" /* "2nd" */, "one", "nochmal", "nochmals", "erneut", "wieder",
        "weitere", "weiteren", "zweite", "zweiten", "segunda", "segundo", "deuxi\u00e8me", "seconde",
        // the same in German, Spanish and French notes ("200 en la noche", "100 avant de dormir", "Brause tagsüber")
        "und", "y", "et", "pis", "noch", "encore", "otro", "otros", "otra", "autre", "yo", "je", "ich", "adem\u00e1s",
        "en", "plus", "zus\u00e4tzlich", "tomo", "tom\u00e9", "prends", "pris", "nehme", "genommen", "la", "el", "le", "l",
        "de", "du", "des", "al", "\u00e0", "um", "morgens", "abends", "mittags", "nachts", "tags\u00fcber", "brause",
        "ma\u00f1ana", "tarde", "noche", "matin", "soir", "midi", "apr\u00e8s", "despu\u00e9s", "antes", "avant", "vor",
        "dem", "schlafen", "dormir", "sobre", "sachet", "beutel", "cada", "chacune", "chaque", "una", "uno", "un",
        "une", "comprimido", "comprimidos", "comprim\u00e9", "comprim\u00e9s", "g\u00e9lule", "g\u00e9lules", "tablette",
        "tabletten", "l'apr\u00e8s",
        // a second dose by mistake, later on ("and then, forgetting, took another 300", "por despiste", "par étourderie")
        "forgetting", "mistake", "accident", "accidentally", "by", "despiste", "por", "error", "par",
        "\u00e9tourderie", "erreur", "versehen", "aus", "versehentlich", "m\u00e1s", "tard", "puis", "dann",
        "sp\u00e4ter", "luego", "nahm", "tom\u00f3", "otras", "autres", "a pris", "ai",
        // a dose read off the label, about so much ("label says 325mg per scoop", "unos 400 mg según el frasco")
        "label", "says", "said", "according", "to", "packet", "bottle", "tub", "box", "laut", "packung", "dose",
        "seg\u00fan", "frasco", "envase", "caja", "selon", "flacon", "bo\u00eete", "about", "around", "approx",
        "approximately", "roughly", "ca", "circa", "etwa", "ungef\u00e4hr", "unos", "unas", "aprox",
        "aproximadamente", "environ", "env", "per", "pro", "scoop", "scoops", "heaped", "level", "teaspoon",
        "teaspoons", "tsp", "cucharadita", "cucharaditas", "cuill\u00e8re", "cuill\u00e8res", "l\u00f6ffel",
        "teel\u00f6ffel", "gummy", "gummies", "chews", "softgel", "softgels", "drops", "pumps", "puffs", "h\u00fcbe",
        "disparos", "pulv\u00e9risations", "gotas", "gouttes", "tropfen", "whole", "halbe", "half", "mal", "einmal",
        // "..., so I take 250", "..., heute 200": the dose said after a limit or a remark
        "so", "just", "only", "today", "heute", "hoy", "aujourd'hui", "nur", "solo", "s\u00f3lo", "seulement",
        "deshalb", "daher", "also", "dazu", "aussi", "tambi\u00e9n", "auch",
        // "+ my usual 200 glycinate", "und meine übliche 150", "más mi habitual 200", "plus mon habituel 150"
        "my", "usual", "regular", "normal", "mein", "meine", "\u00fcbliche", "\u00fcblichen", "mi", "habitual", "mon", "ma",
        "habituel", "habituelle", "as\u00ed", "que", "donc", "alors"));
    words.addAll(TabletCount.unitAndSaltWords());
    return Set.copyOf(words);
  }
}
