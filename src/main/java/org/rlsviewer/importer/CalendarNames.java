package org.rlsviewer.importer;

import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Month and weekday names in the languages the diary apps export in, taken from the JDK's locale
 * data (CLDR): full and short names, their stand-alone forms and the format forms, which for
 * Polish, Czech, Russian, Ukrainian and Finnish are the genitive or partitive "7 września",
 * "7 сентября", "7. syyskuuta". One-letter (narrow) names are left out: they are ambiguous. In
 * these languages no other name means two different months, so a name alone gives its month; the
 * languages that know the names a file uses say which language it was written in.
 */
final class CalendarNames {

  /** English first: on a tie, a name English knows is read as English. */
  static final List<Locale> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ru", "uk",
      "sv", "da", "nb", "fi", "tr").stream().map(Locale::forLanguageTag).toList();

  private static final Map<String, Name> MONTHS = new HashMap<>();
  private static final Map<String, Set<Locale>> WEEKDAYS = new HashMap<>();

  /** A month, and the languages in which this spelling names it. */
  record Name(int month, Set<Locale> languages) {}

  static {
    for (Locale language : LANGUAGES) {
      DateFormatSymbols symbols = DateFormatSymbols.getInstance(language);
      for (Month month : Month.values()) {
        int i = month.getValue() - 1;
        List<String> names = new ArrayList<>(List.of(symbols.getMonths()[i], symbols.getShortMonths()[i]));
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
            TextStyle.SHORT_STANDALONE)) {
          names.add(month.getDisplayName(style, language));
        }
        for (String name : names) {
          String key = key(name);
          if (key.length() > 1 && Character.isLetter(key.charAt(0))) {
            Name known = MONTHS.computeIfAbsent(key, k -> new Name(month.getValue(), new LinkedHashSet<>()));
            if (known.month() == month.getValue()) {
              known.languages().add(language);
            }
          }
        }
      }
      List<String> weekdays = new ArrayList<>();
      for (String name : symbols.getWeekdays()) {
        weekdays.add(name);
      }
      for (String name : symbols.getShortWeekdays()) {
        weekdays.add(name);
      }
      for (DayOfWeek day : DayOfWeek.values()) {
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
            TextStyle.SHORT_STANDALONE)) {
          weekdays.add(day.getDisplayName(style, language));
        }
      }
      for (String name : weekdays) {
        String key = key(name);
        if (key.length() > 1) {
          WEEKDAYS.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(language);
        }
      }
    }
    // German spellings without the umlaut, as some exports write them
    MONTHS.computeIfAbsent("maerz", k -> new Name(3, new LinkedHashSet<>(List.of(Locale.GERMAN))));
    MONTHS.computeIfAbsent("jän", k -> new Name(1, new LinkedHashSet<>(List.of(Locale.GERMAN))));
  }

  private CalendarNames() {}

  /** Lower case, without a trailing dot, Turkish dotted capital I's dot dropped. */
  static String key(String name) {
    String s = name.strip().toLowerCase(Locale.ROOT).replace("\u0307", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  static Optional<Name> month(String name) {
    return Optional.ofNullable(MONTHS.get(key(name)));
  }

  static boolean isWeekday(String name) {
    return WEEKDAYS.containsKey(key(name));
  }

  /**
   * Counts the languages of the month names one file uses, to say which language its dates were
   * read in. Not thread-safe: one per file.
   */
  static final class Tally {
    private final Map<Locale, Integer> hits = new LinkedHashMap<>();
    private String example;

    void add(String monthName, Name name) {
      if (example == null) {
        example = monthName.strip();
      }
      for (Locale language : name.languages()) {
        hits.merge(language, 1, Integer::sum);
      }
    }

    /**
     * "Dates read in Polish (month names such as "września")." for a file whose month names are
     * not English; empty when they are English or there were none. Languages tied for the most
     * names are all named.
     */
    Optional<String> remark() {
      int best = hits.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      if (best == 0) {
        return Optional.empty();
      }
      List<Locale> top = LANGUAGES.stream().filter(l -> hits.getOrDefault(l, 0) == best).toList();
      if (top.contains(Locale.ENGLISH)) {
        return Optional.empty();
      }
      String names = top.stream().map(l -> l.getDisplayLanguage(Locale.ENGLISH)).collect(Collectors.joining(" or "));
      return Optional.of(REMARK_PREFIX + names + " (month names such as \"" + example + "\").");
    }
  }

  /** Every language remark starts so; the command line's {@code check} prints it as its own line. */
  static final String REMARK_PREFIX = "Dates read in ";
}
