package org.rlsviewer.domain.figures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.Urgency;

/**
 * What must be seen first: one line per clinical question (a rule with its wording, so one side of
 * swelling is one line) whose urgency is urgent or soon and that still has an open flag, urgent
 * first, e.g. {@code URGENT · swelling of the left leg · 3 nights, last 2024-05-02 · consider
 * same-day assessment for deep vein thrombosis (Wells score, ultrasound)}. The window's banner and
 * page one of the visit summary show the same lines. Empty when nothing urgent or soon is open.
 */
public record UrgencyBanner(List<Line> lines) {

  /** Between the parts of a line. */
  public static final String SEPARATOR = " \u00b7 ";

  public UrgencyBanner {
    lines = List.copyOf(lines);
  }

  /**
   * One open question.
   *
   * @param nights the question's nights, each counted once, reviewed or not
   * @param openNights the nights with a flag still open
   * @param lastNight the latest of the nights
   * @param action the "consider ..." part of the rule's rationale
   * @param flags every flag of the question, in the order given
   */
  public record Line(Urgency urgency, String ruleId, String title, int nights, int openNights, LocalDate lastNight,
      String action, boolean possible, List<Flag> flags) {

    public Line {
      flags = List.copyOf(flags);
    }

    /** The line as one text, e.g. {@code URGENT · swelling of the left leg · 3 nights, last 2024-05-02 · consider ...}. */
    public String text() {
      return urgency.name() + SEPARATOR + subject() + SEPARATOR + when() + (action.isEmpty() ? "" : SEPARATOR + action);
    }

    /** The question, starting lower case unless it begins with an abbreviation; "possible" added when so. */
    public String subject() {
      String s = title.length() > 1 && Character.isLowerCase(title.charAt(1))
          ? title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1) : title;
      return possible ? s + " (possible)" : s;
    }

    /** {@code 3 nights, last 2024-05-02}, or {@code 1 night, 2024-05-02}. */
    public String when() {
      return nights == 1 ? "1 night, " + lastNight : FigureFormat.plural(nights, "night") + ", last " + lastNight;
    }
  }

  /** The banner of a diary's flags under the review so far. */
  public static UrgencyBanner of(List<Flag> flags, Review review) {
    List<Flag> pressing = flags.stream()
        .filter(f -> f.urgency() == Urgency.URGENT || f.urgency() == Urgency.SOON)
        .sorted(Comparator.comparing(Flag::urgency))
        .toList();
    List<Line> lines = FlagGroup.of(pressing, false).stream()
        .filter(g -> g.flags().stream().anyMatch(f -> review.statusOf(f) == ReviewStatus.OPEN))
        .map(g -> line(g, review))
        .toList();
    return new UrgencyBanner(lines);
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** Whether an urgent question is still open. */
  public boolean hasUrgent() {
    return lines.stream().anyMatch(l -> l.urgency() == Urgency.URGENT);
  }

  /** The most urgent level open, empty when none is urgent or soon. */
  public Optional<Urgency> mostUrgent() {
    return lines.stream().map(Line::urgency).min(Comparator.naturalOrder());
  }

  /** The lines as texts, most urgent first. */
  public List<String> texts() {
    return lines.stream().map(Line::text).toList();
  }

  private static Line line(FlagGroup group, Review review) {
    Flag first = group.first();
    List<LocalDate> nights = group.flags().stream().map(f -> f.evidence().date()).distinct().sorted().toList();
    long open = group.flags().stream().filter(f -> review.statusOf(f) == ReviewStatus.OPEN)
        .map(f -> f.evidence().date()).distinct().count();
    boolean possible = group.flags().stream().allMatch(Flag::possible);
    return new Line(first.urgency(), first.ruleId(), first.title(), nights.size(), (int) open,
        nights.get(nights.size() - 1), action(first.rationale()), possible, group.flags());
  }

  /**
   * The part of a rationale that says what to do: from its first "consider" or "review" to the end
   * of that sentence, without the full stop; the whole first sentence when it has neither word.
   */
  static String action(String rationale) {
    String text = rationale == null ? "" : rationale.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    int consider = firstWord(lower, "consider");
    int review = firstWord(lower, "review");
    int at = consider < 0 ? review : review < 0 ? consider : Math.min(consider, review);
    String from = at < 0 ? text : text.substring(at);
    String action = from.substring(0, sentenceEnd(from)).strip();
    // mid-line after a separator: "consider ...", not "Consider ..."
    return at >= 0 && !action.isEmpty() ? Character.toLowerCase(action.charAt(0)) + action.substring(1) : action;
  }

  private static int firstWord(String lower, String word) {
    int at = lower.indexOf(word);
    while (at > 0 && Character.isLetter(lower.charAt(at - 1))) {
      at = lower.indexOf(word, at + 1);
    }
    return at;
  }

  /** The index of the first full stop that ends a sentence (followed by a space or the end), or the length. */
  private static int sentenceEnd(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == ';') && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return s.length();
  }
}
