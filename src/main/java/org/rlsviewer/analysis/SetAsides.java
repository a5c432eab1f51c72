package org.rlsviewer.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rlsviewer.domain.SuppressedMention;

/** "Why not flagged?": the mentions the rules of a rule book set aside, each with its reason. */
final class SetAsides {

  private SetAsides() {}

  /**
   * Mentions a rule set aside with confidence. A red flag's mention the reader was not sure of is
   * flagged as possible, so it is not listed here; a caution's is (cautions fire on affirmed
   * mentions only).
   */
  static List<SuppressedMention> list(RuleBook book, List<NightReading> nights, RuleEngine.DiaryFacts facts) {
    Map<String, String> ruleByConcept = new LinkedHashMap<>();
    Set<String> redFlagConcepts = new LinkedHashSet<>();
    for (Rule rule : book.enabled()) {
      switch (rule.trigger()) {
        case TriggerCatalogue.NOTE -> ruleByConcept.putIfAbsent(rule.argument(), rule.id());
        case TriggerCatalogue.WORDS -> ruleByConcept.putIfAbsent(RuleBook.wordsConcept(rule), rule.id());
        case TriggerCatalogue.SWELLING -> {
          ruleByConcept.putIfAbsent(RuleEngine.SWELLING, rule.id());
          ruleByConcept.putIfAbsent(SwellingRule.CALF_ALONE, rule.id());
          redFlagConcepts.addAll(List.of(RuleEngine.SWELLING, SwellingRule.CALF_ALONE));
        }
        case TriggerCatalogue.CAUDA_EQUINA -> {
          ruleByConcept.putIfAbsent(CaudaEquinaRule.BLADDER_BOWEL, rule.id());
          ruleByConcept.putIfAbsent(CaudaEquinaRule.SADDLE, rule.id());
          redFlagConcepts.addAll(List.of(CaudaEquinaRule.BLADDER_BOWEL, CaudaEquinaRule.SADDLE));
        }
        case TriggerCatalogue.DROWSY_DRIVING -> {
          ruleByConcept.putIfAbsent(SleepinessRule.DROWSY_DRIVING, rule.id());
          redFlagConcepts.add(SleepinessRule.DROWSY_DRIVING);
        }
        case TriggerCatalogue.PREGNANCY -> ruleByConcept.putIfAbsent("pregnancy", rule.id());
        case TriggerCatalogue.AGGRAVATING_MEDICATION -> ruleByConcept.putIfAbsent("aggravating-drug", rule.id());
        case TriggerCatalogue.MAGNESIUM_INTERACTION -> {
          if (facts.takesMagnesium()) {
            ruleByConcept.putIfAbsent("interacting-drug", rule.id());
          }
        }
        case TriggerCatalogue.MAGNESIUM_KIDNEY -> {
          if (facts.takesMagnesium()) {
            ruleByConcept.putIfAbsent("kidney", rule.id());
          }
        }
        default -> { }
      }
      switch (rule.trigger()) {
        case TriggerCatalogue.NOTE -> redFlagConcepts.add(rule.argument());
        case TriggerCatalogue.WORDS -> redFlagConcepts.add(RuleBook.wordsConcept(rule));
        default -> { }
      }
    }
    List<SuppressedMention> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (NightReading n : nights) {
      List<SuppressedMention> night = new ArrayList<>();
      ruleByConcept.forEach((concept, ruleId) -> {
        for (NightReading.Found f : n.all(concept)) {
          Assertion a = f.mention().assertion();
          boolean flagged = redFlagConcepts.contains(concept) ? a.flaggable() : a.affirmed();
          if (!flagged && seen.add(ruleId + "\t" + n.entry().date() + "\t" + f.field() + "\t"
              + f.mention().start())) {
            night.add(new SuppressedMention(ruleId, n.evidence(f), reason(a)));
          }
        }
      });
      night.sort(Comparator.comparing((SuppressedMention s) -> s.evidence().field())
          .thenComparingInt(s -> s.evidence().start()));
      out.addAll(night);
    }
    return out;
  }

  static String reason(Assertion a) {
    List<String> why = new ArrayList<>();
    if (a.negated()) {
      why.add("negated");
    }
    if (a.hypothetical()) {
      why.add("hypothetical");
    }
    if (a.historical()) {
      why.add("historical");
    }
    if (a.otherPerson()) {
      why.add("someone else");
    }
    return String.join(", ", why);
  }
}
