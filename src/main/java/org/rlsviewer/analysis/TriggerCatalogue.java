package org.rlsviewer.analysis;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The triggers a rule file may name, and what argument each takes. The logic behind each lives in
 * {@link RuleEngine} and {@link TestSuggester}; a clinic's file chooses among them, and adds its own
 * word rules with {@code note CONCEPT} or {@code words PATTERN}.
 */
final class TriggerCatalogue {

  static final String NOTE = "note";
  static final String WORDS = "words";
  static final String FIELD = "field";
  static final String SWELLING = "swelling";
  static final String CAUDA_EQUINA = "cauda-equina";
  static final String AUGMENTATION = "augmentation";
  static final String DROWSY_DRIVING = "drowsy-driving";
  static final String EPWORTH = "epworth";
  static final String MAGNESIUM_DOSE = "magnesium-dose";
  static final String MAGNESIUM_KIDNEY = "magnesium-kidney";
  static final String MAGNESIUM_SIDE_EFFECT = "magnesium-side-effect";
  static final String MAGNESIUM_INTERACTION = "magnesium-interaction";
  static final String PREGNANCY = "pregnancy";
  static final String AGGRAVATING_MEDICATION = "aggravating-medication";
  static final String TEST = "test";

  static final String EARLIER_ONSET = "earlier-onset";

  static final Set<String> SWELLING_VARIANTS = Set.of("one-leg", "calf-signs", "breathless", "both-legs",
      "side-not-stated");
  static final Set<String> FIELDS = Set.of("snoring", "breathing_pauses");
  static final Map<String, Boolean> TESTS = Map.of( // test name -> takes a number
      "always", false, "kidney", false, "apnea", false, "one-sided-swelling", false, "recurring-nerve", true,
      "both-legs-swelling", true);
  private static final List<String> NO_ARGUMENT = List.of(CAUDA_EQUINA, DROWSY_DRIVING, MAGNESIUM_KIDNEY, MAGNESIUM_SIDE_EFFECT,
      MAGNESIUM_INTERACTION, PREGNANCY, AGGRAVATING_MEDICATION);

  private TriggerCatalogue() {}

  /** Null when the trigger is usable for a rule of this kind, else what is wrong, in plain words. */
  static String check(String trigger, String argument, RuleKind kind) {
    if (trigger.equals(TEST) != (kind == RuleKind.SUGGESTED_TEST)) {
      return kind == RuleKind.SUGGESTED_TEST ? "a suggested-test rule needs a 'test ...' trigger"
          : "a 'test ...' trigger needs kind suggested-test";
    }
    switch (trigger) {
      case NOTE -> {
        if (argument.isEmpty() || !Lexicon.builtIn().concepts().contains(argument)) {
          return "'note' needs a known concept (" + String.join(", ", Lexicon.builtIn().concepts().stream()
              .sorted().toList()) + ")";
        }
      }
      case WORDS -> {
        if (argument.isEmpty()) {
          return "'words' needs a pattern, e.g. 'words restless ~ arms'";
        }
        try {
          Lexicon.builtIn().withTerm("check", argument);
        } catch (IOException e) {
          return "'words' pattern: " + e.getMessage();
        }
      }
      case FIELD -> {
        if (!FIELDS.contains(argument)) {
          return "'field' needs snoring or breathing_pauses";
        }
      }
      case SWELLING -> {
        if (!SWELLING_VARIANTS.contains(argument)) {
          return "'swelling' needs one of " + String.join(", ", SWELLING_VARIANTS.stream().sorted().toList());
        }
      }
      case AUGMENTATION -> {
        if (!argument.isEmpty() && !(argument.startsWith(EARLIER_ONSET + " ")
            && positive(argument.substring(EARLIER_ONSET.length() + 1)))) {
          return "'augmentation' takes nothing, or 'earlier-onset MINUTES'";
        }
      }
      case EPWORTH -> {
        if (!positive(argument) || Integer.parseInt(argument.strip()) >= SleepinessRule.EPWORTH_MAX) {
          return "'epworth' needs the total above which it fires (1-23), e.g. 'epworth 10'";
        }
      }
      case MAGNESIUM_DOSE -> {
        if (!positive(argument)) {
          return "'magnesium-dose' needs the daily limit in mg, e.g. 'magnesium-dose 350'";
        }
      }
      case TEST -> {
        String[] parts = argument.split("\\s+");
        Boolean takesNumber = TESTS.get(parts[0]);
        if (takesNumber == null) {
          return "'test' needs one of " + String.join(", ", TESTS.keySet().stream().sorted().toList());
        }
        if (takesNumber ? parts.length != 2 || !positive(parts[1]) : parts.length != 1) {
          return takesNumber ? "'test " + parts[0] + "' needs a number of nights" : "'test " + parts[0]
              + "' takes no number";
        }
      }
      default -> {
        if (!NO_ARGUMENT.contains(trigger)) {
          return "unknown trigger '" + trigger + "' (see docs/rules.md for the list)";
        }
        if (!argument.isEmpty()) {
          return "'" + trigger + "' takes no argument";
        }
      }
    }
    return null;
  }

  /** The {@code {name}} values a rule with this trigger may use in its title and rationale. */
  static Set<String> placeholders(String trigger, String argument) {
    return switch (trigger) {
      case SWELLING -> Set.of("side");
      case AGGRAVATING_MEDICATION, MAGNESIUM_INTERACTION -> Set.of("drug");
      case MAGNESIUM_KIDNEY -> Set.of("kidney");
      case EPWORTH -> Set.of("score");
      case MAGNESIUM_DOSE -> Set.of("dose", "nights", "first", "counted", "limit", "highest");
      case MAGNESIUM_SIDE_EFFECT -> Set.of("dose", "nights", "first-dose");
      case TEST -> {
        Set<String> common = Set.of("logged", "symptom-nights", "iron-labs", "iron-threshold", "repeat-when-due");
        String test = argument.split("\\s+")[0];
        yield switch (test) {
          case "apnea", "recurring-nerve", "both-legs-swelling" -> union(common, "nights");
          case "one-sided-swelling" -> union(common, "first");
          default -> common;
        };
      }
      default -> Set.of();
    };
  }

  private static Set<String> union(Set<String> set, String more) {
    Set<String> out = new HashSet<>(set);
    out.add(more);
    return Set.copyOf(out);
  }

  static boolean positive(String number) {
    try {
      return Integer.parseInt(number.strip()) > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
