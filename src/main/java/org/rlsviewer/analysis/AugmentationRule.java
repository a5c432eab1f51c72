package org.rlsviewer.analysis;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rlsviewer.analysis.RuleEngine.Candidate;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Evidence;

/**
 * The {@code augmentation} triggers: signs of augmentation (onset moving earlier, spread to the arms
 * or trunk, worse since the dose went up, shorter relief from a dose) on nights when a dopamine
 * agonist or levodopa is current; and, from the {@code symptom_start} column, onset moving earlier.
 *
 * <p>Current: a medicine named as taken on that night or an earlier one, and not since named as
 * stopped or come off ("stopped pramipexole in March"). Before the first night that names it, the
 * first naming decides (a diary that names it as taken on night five was on it from the start).
 */
final class AugmentationRule {

  static final String SIGN = "augmentation-sign";
  static final String DRUG = "dopamine-agonist";
  private static final int ONSET_WINDOW = 7;

  private final List<NightReading> nights;
  private final boolean[] current;

  AugmentationRule(List<NightReading> nights) {
    this.nights = nights;
    this.current = new boolean[nights.size()];
    Map<String, Boolean> taking = new HashMap<>();
    for (NightReading n : nights) {
      named(n).forEach(taking::putIfAbsent); // before a medicine is first named, its first naming holds
    }
    for (int i = 0; i < nights.size(); i++) {
      taking.putAll(named(nights.get(i)));
      current[i] = taking.containsValue(true);
    }
  }

  /**
   * Per medicine named that night (by its words, lower case): taken (true) or stopped, come off or
   * denied (false); a stop named the same night wins ("ropinirole" in the medicines, "came off
   * ropinirole" in the notes).
   */
  private static Map<String, Boolean> named(NightReading n) {
    Map<String, Boolean> out = new HashMap<>();
    for (NightReading.Found f : n.all(DRUG)) {
      String drug = f.mention().wordsText();
      // only a confident set-aside is a stop: "he's needing the pramipexole earlier" in a carer's note is not
      out.merge(drug, taken(n, f) || listedAsTaken(n, f), Boolean::logicalAnd);
    }
    return out;
  }

  /** "now", "jetzt", "ahora", "maintenant" just before a sign, in its own part of the sentence. */
  private static final Pattern NOW_BEFORE = Pattern.compile(
      "(?iuU)\\b(?:now|nowadays|these days|today|tonight|jetzt|inzwischen|mittlerweile|heute|ahora|ya|hoy|maintenant|d\u00e9sormais"
          + "|aujourd'hui|ce soir)\\b[^,;:.!?]{0,20}$");

  /**
   * A sign the reader took for the past only because the sentence contrasts it with before ("Warum fängt es
   * jetzt schon um 14 Uhr an, früher erst beim Zubettgehen?"): augmentation is itself a change from before,
   * so a sign said of now counts when nothing else sets it aside.
   */
  private static boolean saidOfNow(NightReading night, NightReading.Found f) {
    Assertion a = f.mention().assertion();
    if (!a.historical() || a.negated() || a.otherPerson()) {
      return false;
    }
    String text = night.entry().text(f.field());
    int start = f.mention().start();
    return NOW_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
  }

  /**
   * Words in the medicine's sentence that say it was stopped, in the four languages: "came off",
   * "took the patch off for good", "abgesetzt", "llevo 2 años sin él", "arrêté le ropinirole".
   */
  private static final Pattern STOPPED = Pattern.compile("(?iuU)\\b(?:stopped|came off|come off|coming off"
      + "|weaned|tapered off|discontinued|quit|off for good|(?:patch|patches) off|no longer (?:on|taking|take)"
      + "|abgesetzt|absetzen|ausgeschlichen|weggelassen|aufgeh\u00f6rt mit|nehme (?:kein|es nicht mehr)"
      + "|dej\u00e9|dejado|suspend\u00ed|suspendido|retirado|me lo quitaron|sin \u00e9l|sin ella|antes tomaba|ya no (?:tomo|uso)"
      + "|arr\u00eat\u00e9e?|sevr\u00e9e?|je ne (?:le |la )?prends plus|avant je prenais)\\b"
      + "(?! working| helping| workin)");
  /** A dose that went up is a medicine still taken, whatever tense the sentence is in. */
  private static final Pattern DOSE_RAISED = Pattern.compile("(?iuU)\\b(?:went up|gone up|upped|increased|raised"
      + "|doubled|titrated|erh\u00f6ht|gesteigert|hochgesetzt|subieron|subieran|subi\u00f3|aumentaron|aumentado"
      + "|aument\u00f3|mont\u00e9e?|monte|augment\u00e9e?|doubl\u00e9e?)\\b");

  /**
   * A note that names the medicine in the past or in a question ("das Levodopa hat mich früher bis 4 Uhr
   * gebracht", "is the ropinirole doing this?") without saying it was stopped, on a night whose medicines
   * column lists it as taken.
   */
  private static boolean listedAsTaken(NightReading n, NightReading.Found f) {
    Assertion a = f.mention().assertion();
    if (f.field() == DiaryField.MEDICATIONS || a.negated() || a.otherPerson()
        || STOPPED.matcher(SentenceText.around(n.entry().text(f.field()), f.mention().start(), f.mention().end())).find()) {
      return false;
    }
    String drug = f.mention().wordsText();
    return n.all(DRUG).stream().anyMatch(g -> g.field() == DiaryField.MEDICATIONS && g.mention().wordsText().equals(drug)
        && g.mention().assertion().flaggable());
  }

  /** Taken that night by the mention's words: not when its sentence says it was stopped. */
  private static boolean taken(NightReading n, NightReading.Found f) {
    Assertion a = f.mention().assertion();
    String sentence = SentenceText.around(n.entry().text(f.field()), f.mention().start(), f.mention().end());
    if (STOPPED.matcher(sentence).find()) {
      return false;
    }
    if (a.historical() && !a.negated() && !a.hypothetical() && !a.otherPerson()
        && DOSE_RAISED.matcher(sentence).find()) {
      return true; // "used to be 10pm before the ropinirole went up": the raised dose is taken now
    }
    return a.flaggable();
  }


  /** On a dopamine agonist that night; the night carries its place in the diary (no index over all nights). */
  boolean currentOn(NightReading night) {
    int i = night.index();
    return i >= 0 && i < nights.size() && nights.get(i) == night && current[i];
  }

  List<Candidate> signs(NightReading night) {
    if (!currentOn(night)) {
      return List.of(); // asked first: reading every sentence of every night's notes was most of the analysis
    }
    List<NightReading.Found> signs = new ArrayList<>(night.flaggable(SIGN));
    night.all(SIGN).stream().filter(f -> !signs.contains(f) && saidOfNow(night, f)).forEach(signs::add);
    // "since the dose went up my legs are much better": a raised dose that helps is no sign
    signs.removeIf(f -> AugmentationSentences.betterAround(night.entry().text(f.field()), f.mention().start(),
        f.mention().end()));
    List<Candidate> out = new ArrayList<>();
    if (signs.isEmpty()) {
      String notes = night.entry().text(DiaryField.NOTES);
      OnsetTimesCompared.in(notes).ifPresent(span -> out.add(notesCandidate(night, notes, span, Certainty.DEFINITE)));
      if (out.isEmpty()) {
        AugmentationSentences.in(notes)
            .ifPresent(span -> out.add(notesCandidate(night, notes, span, Certainty.POSSIBLE)));
      }
    }
    if (signs.isEmpty() && out.isEmpty()) {
      return List.of();
    }
    for (NightReading.Found f : signs) {
      out.add(new Candidate(night.evidence(f), Map.of(), RuleEngine.certainty(f)));
    }
    return out;
  }

  private static Candidate notesCandidate(NightReading night, String notes, int[] span, Certainty certainty) {
    return new Candidate(night.relabelled(new Evidence(night.entry().date(), DiaryField.NOTES,
        notes.substring(span[0], span[1]), notes, span[0], span[1])), Map.of(), certainty);
  }

  /**
   * On a dopamine agonist on the last night with a start time, the mean symptom start of the last
   * {@value #ONSET_WINDOW} nights with a start time lies at least {@code minutes} before that of
   * the first {@value #ONSET_WINDOW}. Times before noon count as after midnight.
   */
  Optional<Candidate> earlierOnset(int minutes) {
    List<Integer> timed = new ArrayList<>();
    for (int i = 0; i < nights.size(); i++) {
      if (nights.get(i).entry().symptomStart() != null) {
        timed.add(i);
      }
    }
    if (timed.size() < 2 * ONSET_WINDOW) {
      return Optional.empty();
    }
    List<Integer> first = timed.subList(0, ONSET_WINDOW);
    List<Integer> last = timed.subList(timed.size() - ONSET_WINDOW, timed.size());
    if (!current[last.get(last.size() - 1)]) {
      return Optional.empty();
    }
    double early = first.stream().mapToInt(i -> eveningMinutes(entry(i).symptomStart())).average().orElseThrow();
    double late = last.stream().mapToInt(i -> eveningMinutes(entry(i).symptomStart())).average().orElseThrow();
    if (early - late < minutes) {
      return Optional.empty();
    }
    DiaryEntry earliest = last.stream().map(this::entry)
        .min(Comparator.comparingInt(e -> eveningMinutes(e.symptomStart()))).orElseThrow();
    return Optional.of(new Candidate(Evidence.wholeValue(earliest.date(), DiaryField.SYMPTOM_START,
        earliest.symptomStart().toString()), Map.of()));
  }

  private DiaryEntry entry(int i) {
    return nights.get(i).entry();
  }

  private static int eveningMinutes(LocalTime t) {
    int m = t.getHour() * 60 + t.getMinute();
    return t.getHour() < 12 ? m + 24 * 60 : m;
  }
}
