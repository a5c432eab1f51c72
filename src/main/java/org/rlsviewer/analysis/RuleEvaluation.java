package org.rlsviewer.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Patient;

/**
 * Measures the rules on labelled files of diary-style notes: each row is analysed as a one-night
 * diary, and the flags found, as {@code rule:urgency} pairs, are compared with the expected ones. A
 * flag counts as found whatever its certainty (definite or possible).
 *
 * <p>Columns are found by the header's names: {@code notes} and {@code expected} are required;
 * {@code id}, {@code language} (default {@code en}), {@code medications}, {@code magnesium_mg},
 * {@code writer} and {@code template} are optional, so the older five-column files
 * ({@code id, medications, magnesium_mg, notes, expected}) read as English. Lines starting with "#"
 * before the header and blank lines are skipped.
 */
public final class RuleEvaluation {

  /** Counts for one class: a {@code rule:urgency} label, a rule or a language. */
  public record ClassResult(String label, int tp, int fp, int fn) {

    public int support() {
      return tp + fn;
    }

    public double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public boolean urgent() {
      return label.endsWith(":urgent");
    }
  }

  /** A row where the rules and the label disagree. */
  public record Mismatch(String id, String notes, Set<String> expected, Set<String> found) {}

  /**
   * One row as read and as analysed: {@code found} holds the {@code rule:urgency} pairs of every flag,
   * {@code possibleRules} the rules found only with possible flags.
   */
  public record Scored(String id, String language, String notes, Set<String> expected, Set<String> found,
      Set<String> possibleRules) {

    Set<String> expectedRules() {
      return rules(expected);
    }

    Set<String> foundRules() {
      return rules(found);
    }

    private static Set<String> rules(Set<String> labels) {
      return labels.stream().map(l -> l.substring(0, l.indexOf(':') < 0 ? l.length() : l.indexOf(':')))
          .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The most urgent swelling urgency among the labels, or "none". */
    static String swelling(Set<String> labels) {
      return labels.contains("swelling:urgent") ? "urgent" : labels.contains("swelling:soon") ? "soon" : "none";
    }
  }

  /** A rule's counts, with how many of the notes it was found on had only possible flags. */
  public record RuleResult(ClassResult counts, int possible) {}

  /** Per-class results, in label order, the rows read and the disagreements. */
  public record Result(int rows, List<ClassResult> classes, List<Mismatch> mismatches, List<Scored> scored) {

    /** Precision over all classes together (micro-averaged). */
    public double precision() {
      int tp = classes.stream().mapToInt(ClassResult::tp).sum();
      int fp = classes.stream().mapToInt(ClassResult::fp).sum();
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    /** Recall over all classes together (micro-averaged). */
    public double recall() {
      int tp = classes.stream().mapToInt(ClassResult::tp).sum();
      int fn = classes.stream().mapToInt(ClassResult::fn).sum();
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    /** The table printed by {@code evaluate --notes}: one line per class, then the totals. */
    public List<String> table() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "%-30s %7s %4s %4s %4s %9s %6s", "rule:urgency", "support", "tp", "fp",
          "fn", "precision", "recall"));
      for (ClassResult c : classes) {
        lines.add(String.format(Locale.ROOT, "%-30s %7d %4d %4d %4d %9.3f %6.3f", c.label(), c.support(), c.tp(),
            c.fp(), c.fn(), c.precision(), c.recall()));
      }
      lines.add(String.format(Locale.ROOT, "%-30s %7d %4s %4s %4s %9.3f %6.3f", "all (" + rows + " notes)",
          classes.stream().mapToInt(ClassResult::support).sum(), "", "", "", precision(), recall()));
      return lines;
    }

    /** Counts per rule whatever the urgency: a note counts once per rule expected or found. */
    public List<RuleResult> rules() {
      Map<String, int[]> counts = new TreeMap<>();
      for (Scored s : scored) {
        Set<String> expected = s.expectedRules();
        Set<String> found = s.foundRules();
        for (String rule : expected) {
          counts.computeIfAbsent(rule, k -> new int[4])[found.contains(rule) ? 0 : 2]++;
        }
        for (String rule : found) {
          int[] c = counts.computeIfAbsent(rule, k -> new int[4]);
          if (!expected.contains(rule)) {
            c[1]++;
          }
          if (s.possibleRules().contains(rule)) {
            c[3]++;
          }
        }
      }
      return counts.entrySet().stream().map(e -> new RuleResult(
          new ClassResult(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]), e.getValue()[3])).toList();
    }

    /** Counts of {@code rule:urgency} pairs per language, micro-averaged over the language's notes. */
    public List<ClassResult> languages() {
      Map<String, int[]> counts = new TreeMap<>();
      for (Scored s : scored) {
        int[] c = counts.computeIfAbsent(s.language(), k -> new int[3]);
        for (String label : s.expected()) {
          c[s.found().contains(label) ? 0 : 2]++;
        }
        c[1] += (int) s.found().stream().filter(l -> !s.expected().contains(l)).count();
      }
      return counts.entrySet().stream()
          .map(e -> new ClassResult(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Notes per language. */
    public Map<String, Long> notesPerLanguage() {
      return scored.stream().collect(Collectors.groupingBy(Scored::language, TreeMap::new, Collectors.counting()));
    }

    /**
     * Swelling urgency confusion: notes by labelled urgency (urgent, soon, none) and the most urgent
     * swelling flag given (urgent, soon, none).
     */
    public int swelling(String labelled, String given) {
      return (int) scored.stream().filter(s -> Scored.swelling(s.expected()).equals(labelled)
          && Scored.swelling(s.found()).equals(given)).count();
    }

    /** The tables after the first: per rule, per language, and the swelling urgency confusion. */
    public List<String> detailTables() {
      List<String> lines = new ArrayList<>();
      lines.add("");
      lines.add("per rule (a flag counts whatever its certainty; possible: notes where the rule was found only as possible):");
      lines.add(String.format(Locale.ROOT, "%-30s %7s %4s %4s %4s %9s %6s %8s", "rule", "support", "tp", "fp", "fn",
          "precision", "recall", "possible"));
      for (RuleResult r : rules()) {
        ClassResult c = r.counts();
        lines.add(String.format(Locale.ROOT, "%-30s %7d %4d %4d %4d %9.3f %6.3f %8d", c.label(), c.support(), c.tp(),
            c.fp(), c.fn(), c.precision(), c.recall(), r.possible()));
      }
      lines.add("");
      lines.add("per language (rule:urgency pairs):");
      lines.add(String.format(Locale.ROOT, "%-30s %7s %7s %4s %4s %4s %9s %6s", "language", "notes", "support", "tp",
          "fp", "fn", "precision", "recall"));
      Map<String, Long> notes = notesPerLanguage();
      for (ClassResult c : languages()) {
        lines.add(String.format(Locale.ROOT, "%-30s %7d %7d %4d %4d %4d %9.3f %6.3f", c.label(), notes.get(c.label()),
            c.support(), c.tp(), c.fp(), c.fn(), c.precision(), c.recall()));
      }
      lines.add("");
      lines.add("swelling urgency (notes; labelled by row, given by column):");
      lines.add(String.format(Locale.ROOT, "%-30s %7s %7s %7s", "labelled \\ given", "urgent", "soon", "none"));
      for (String labelled : List.of("urgent", "soon", "none")) {
        lines.add(String.format(Locale.ROOT, "%-30s %7d %7d %7d", labelled, swelling(labelled, "urgent"),
            swelling(labelled, "soon"), swelling(labelled, "none")));
      }
      lines.add(String.format(Locale.ROOT, "urgent labelled, soon given: %d; urgent labelled, nothing given: %d;"
          + " soon labelled, urgent given: %d", swelling("urgent", "soon"), swelling("urgent", "none"),
          swelling("soon", "urgent")));
      return lines;
    }
  }

  private static final LocalDate NIGHT = LocalDate.of(2000, 1, 1);
  private static final List<String> REQUIRED = List.of("notes", "expected");

  private RuleEvaluation() {}

  /** Evaluates the built-in rule set on a labelled notes file (UTF-8, tab-separated). */
  public static Result evaluate(Path tsv) throws IOException {
    return evaluate(tsv, new DiaryAnalyser());
  }

  /** Evaluates the given analyser's rule set on a labelled notes file. */
  public static Result evaluate(Path tsv, DiaryAnalyser analyser) throws IOException {
    return evaluate(List.of(tsv), analyser);
  }

  /**
   * Evaluates the given analyser's rule set on labelled notes files; a directory stands for every
   * {@code *.tsv} file in it, in name order.
   */
  public static Result evaluate(List<Path> paths, DiaryAnalyser analyser) throws IOException {
    List<Scored> scored = new ArrayList<>();
    for (Path file : files(paths)) {
      scored.addAll(read(file, analyser));
    }
    return score(scored);
  }

  /** Counts the labels of notes already analysed. */
  public static Result score(List<Scored> scored) {
    Map<String, int[]> counts = new TreeMap<>();
    List<Mismatch> mismatches = new ArrayList<>();
    for (Scored s : scored) {
      for (String label : s.expected()) {
        counts.computeIfAbsent(label, k -> new int[3])[s.found().contains(label) ? 0 : 2]++;
      }
      for (String label : s.found()) {
        if (!s.expected().contains(label)) {
          counts.computeIfAbsent(label, k -> new int[3])[1]++;
        }
      }
      if (!s.expected().equals(s.found())) {
        mismatches.add(new Mismatch(s.id(), s.notes(), s.expected(), s.found()));
      }
    }
    List<ClassResult> classes = counts.entrySet().stream()
        .map(e -> new ClassResult(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    return new Result(scored.size(), classes, mismatches, List.copyOf(scored));
  }

  /** The files named: a file as it is, a directory as its {@code *.tsv} files in name order. */
  public static List<Path> files(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> in = Files.list(p)) {
          files.addAll(in.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".tsv"))
              .sorted().toList());
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  private static List<Scored> read(Path tsv, DiaryAnalyser analyser) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<Scored> scored = new ArrayList<>();
    Map<String, Integer> columns = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (columns == null) {
        columns = header(cols, i + 1);
        continue;
      }
      if (cols.length != columns.size()) {
        throw new IOException("line " + (i + 1) + ": expected " + columns.size() + " tab-separated columns");
      }
      Map<String, Integer> c = columns;
      java.util.function.Function<String, String> col = name -> c.containsKey(name) ? cols[c.get(name)] : "";
      String mgText = col.apply("magnesium_mg");
      Integer mg;
      try {
        mg = mgText.isBlank() ? null : Integer.valueOf(mgText.strip());
      } catch (NumberFormatException e) {
        throw new IOException("line " + (i + 1) + ": magnesium_mg '" + mgText + "' is not a whole number");
      }
      Set<String> expected = Arrays.stream(col.apply("expected").strip().split("\\s+")).filter(s -> !s.isEmpty())
          .collect(Collectors.toCollection(TreeSet::new));
      DiaryEntry night = new DiaryEntry(i + 1, NIGHT, null, null, null, "", null, null, null, null, null, null, null,
          null, null, mg, "", col.apply("medications"), "", null, null, "", col.apply("notes"), Map.of());
      List<Flag> flags = analyser.analyse(new Diary(Patient.unknown(), Map.of(), List.of(night), List.of())).flags();
      Set<String> found = flags.stream().map(f -> f.ruleId() + ":" + f.urgency().label())
          .collect(Collectors.toCollection(TreeSet::new));
      Map<String, Boolean> definite = new HashMap<>();
      flags.forEach(f -> definite.merge(f.ruleId(), !f.possible(), Boolean::logicalOr));
      Set<String> possibleRules = definite.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
          .collect(Collectors.toCollection(TreeSet::new));
      String language = col.apply("language").strip();
      scored.add(new Scored(col.apply("id"), language.isEmpty() ? "en" : language, col.apply("notes"), expected, found,
          possibleRules));
    }
    return scored;
  }

  private static Map<String, Integer> header(String[] cols, int lineNumber) throws IOException {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < cols.length; i++) {
      columns.put(cols[i].strip().toLowerCase(Locale.ROOT), i);
    }
    for (String name : REQUIRED) {
      if (!columns.containsKey(name)) {
        throw new IOException("line " + lineNumber + ": the header has no '" + name + "' column");
      }
    }
    return columns;
  }
}
