package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.LabResult;
import org.rlsviewer.domain.SuggestedTest;

/**
 * Tests to consider, from the suggested-test rules of the rule set, each once (the first rule of an
 * id wins): iron studies for every diary (AASM 2024), and others when the flags call for them.
 */
final class TestSuggester {

  static final String FERRITIN = "ferritin";
  static final String IRON_STUDIES = "iron-studies";
  static final String SLEEP_STUDY = "sleep-study";

  private final RuleBook book;

  TestSuggester(RuleBook book) {
    this.book = book;
  }

  List<SuggestedTest> suggest(Diary diary, List<RuleEngine.Firing> firings, KeyFiguresCalculator.Counts counts) {
    return suggest(diary, firings, counts, List.of());
  }

  List<SuggestedTest> suggest(Diary diary, List<RuleEngine.Firing> firings, KeyFiguresCalculator.Counts counts,
      List<LabResult> labs) {
    IronLabs iron = new IronLabs(labs, diary.lastNight());
    Map<String, SuggestedTest> tests = new LinkedHashMap<>();
    for (Rule rule : book.enabled()) {
      if (rule.kind() != RuleKind.SUGGESTED_TEST || tests.containsKey(rule.id())) {
        continue;
      }
      Map<String, String> values = values(rule, diary, firings, counts);
      if (values != null) {
        values.put("iron-labs", iron.summary());
        values.put("iron-threshold", iron.thresholdHeading());
        values.put("repeat-when-due", iron.recentFerritin() && !iron.thresholdMet() ? ": repeat when due" : "");
      }
      if (values != null) {
        tests.put(rule.id(), new SuggestedTest(rule.id(), RuleEngine.fill(rule.title(), values),
            RuleEngine.fill(rule.rationale(), values).replaceAll(" {2,}", " ").strip(), rule.source()));
      }
    }
    return new ArrayList<>(tests.values());
  }

  /** The values to fill into the rule's wording when it applies, else null. */
  private static Map<String, String> values(Rule rule, Diary diary, List<RuleEngine.Firing> firings,
      KeyFiguresCalculator.Counts counts) {
    String[] arg = rule.argument().split("\\s+");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("logged", String.valueOf(diary.entries().size()));
    values.put("symptom-nights", counts.nightsLogged() == 0 ? ""
        : "In this diary: symptoms on " + counts.nightsWithSymptoms() + " of " + counts.nightsLogged()
            + " logged nights.");
    switch (arg[0]) {
      case "always" -> {
        return values;
      }
      case "kidney" -> {
        return fired(firings, "magnesium-kidney", "magnesium-dose") ? values : null;
      }
      case "apnea" -> {
        long nights = nights(firings, RuleEngine.APNEA);
        values.put("nights", String.valueOf(nights));
        return nights > 0 ? values : null;
      }
      case "recurring-nerve" -> {
        long nights = nights(firings, RuleEngine.NUMBNESS, RuleEngine.WEAKNESS);
        values.put("nights", String.valueOf(nights));
        return nights >= Integer.parseInt(arg[1]) ? values : null;
      }
      case "both-legs-swelling" -> {
        long nights = firings.stream()
            .filter(f -> f.rule().trigger().equals(TriggerCatalogue.SWELLING) && f.rule().argument().equals("both-legs"))
            .map(f -> f.flag().evidence().date()).distinct().count();
        values.put("nights", String.valueOf(nights));
        return nights >= Integer.parseInt(arg[1]) ? values : null;
      }
      case "one-sided-swelling" -> {
        return firings.stream()
            .filter(f -> f.rule().trigger().equals(TriggerCatalogue.SWELLING)
                && (f.rule().argument().equals("one-leg") || f.rule().argument().equals("calf-signs")))
            .map(f -> f.flag().evidence().date()).sorted().findFirst()
            .map(d -> {
              values.put("first", d.toString());
              return values;
            }).orElse(null);
      }
      default -> {
        return null;
      }
    }
  }

  private static boolean fired(List<RuleEngine.Firing> firings, String... ruleIds) {
    List<String> ids = List.of(ruleIds);
    return firings.stream().anyMatch(f -> ids.contains(f.flag().ruleId()));
  }

  private static long nights(List<RuleEngine.Firing> firings, String... ruleIds) {
    List<String> ids = List.of(ruleIds);
    return firings.stream().map(RuleEngine.Firing::flag).filter(f -> ids.contains(f.ruleId()))
        .map(f -> f.evidence().date()).distinct().count();
  }
}
