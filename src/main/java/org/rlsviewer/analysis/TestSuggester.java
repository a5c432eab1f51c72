package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.SuggestedTest;

/**
 * Tests to consider: ferritin and iron studies for every diary (AASM 2024), and a sleep study when
 * any night raised the apnea rule.
 */
final class TestSuggester {

  static final String FERRITIN = "ferritin";
  static final String IRON_STUDIES = "iron-studies";
  static final String SLEEP_STUDY = "sleep-study";

  private final RuleTexts texts;

  TestSuggester(RuleTexts texts) {
    this.texts = texts;
  }

  List<SuggestedTest> suggest(Diary diary, List<Flag> flags, KeyFiguresCalculator.Counts counts) {
    List<SuggestedTest> tests = new ArrayList<>();
    String ironBasis = texts.text("test.iron.basis");
    String symptomNights = counts.nightsLogged() == 0 ? ""
        : " In this diary: symptoms on " + counts.nightsWithSymptoms() + " of " + counts.nightsLogged()
            + " logged nights.";
    tests.add(new SuggestedTest(FERRITIN, texts.text("test.ferritin.name"),
        texts.text("test.ferritin.reason") + symptomNights, ironBasis));
    tests.add(new SuggestedTest(IRON_STUDIES, texts.text("test.iron-studies.name"),
        texts.text("test.iron-studies.reason"), ironBasis));
    long apneaNights = flags.stream().filter(f -> f.ruleId().equals(RuleSet.APNEA))
        .map(f -> f.evidence().date()).distinct().count();
    if (apneaNights > 0) {
      tests.add(new SuggestedTest(SLEEP_STUDY, texts.text("test.sleep-study.name"),
          texts.format("test.sleep-study.reason", apneaNights, diary.entries().size()),
          texts.text("test.sleep-study.basis")));
    }
    return tests;
  }
}
