package org.rlsviewer.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Patient;

/**
 * Measures the rules on a labelled file of diary-style notes: each row (id, medications,
 * magnesium_mg, notes, expected) is analysed as a one-night diary, and the flags found, as
 * {@code rule:urgency} pairs, are compared with the expected ones. Lines starting with "#" and the
 * header line are skipped.
 */
public final class RuleEvaluation {

  /** Counts for one {@code rule:urgency} class. */
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

  /** Per-class results, in label order, the rows read and the disagreements. */
  public record Result(int rows, List<ClassResult> classes, List<Mismatch> mismatches) {

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
  }

  private static final LocalDate NIGHT = LocalDate.of(2000, 1, 1);

  private RuleEvaluation() {}

  /** Evaluates the built-in rule set on a labelled notes file (UTF-8, tab-separated). */
  public static Result evaluate(Path tsv) throws IOException {
    return evaluate(tsv, new DiaryAnalyser());
  }

  /** Evaluates the given analyser's rule set on a labelled notes file. */
  public static Result evaluate(Path tsv, DiaryAnalyser analyser) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    Map<String, int[]> counts = new TreeMap<>();
    List<Mismatch> mismatches = new ArrayList<>();
    int rows = 0;
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 5) {
        throw new IOException("line " + (i + 1) + ": expected 5 tab-separated columns");
      }
      Integer mg;
      try {
        mg = cols[2].isBlank() ? null : Integer.valueOf(cols[2].strip());
      } catch (NumberFormatException e) {
        throw new IOException("line " + (i + 1) + ": magnesium_mg '" + cols[2] + "' is not a whole number");
      }
      rows++;
      Set<String> expected = Arrays.stream(cols[4].strip().split("\\s+")).filter(s -> !s.isEmpty())
          .collect(Collectors.toCollection(TreeSet::new));
      DiaryEntry night = new DiaryEntry(i + 1, NIGHT, null, null, null, "", null, null, null, null, null, null, null,
          null, null, mg, "", cols[1], "", null, null, "", cols[3], Map.of());
      Set<String> found = analyser.analyse(new Diary(Patient.unknown(), Map.of(), List.of(night), List.of()))
          .flags().stream().map(f -> f.ruleId() + ":" + f.urgency().label())
          .collect(Collectors.toCollection(TreeSet::new));
      for (String label : expected) {
        counts.computeIfAbsent(label, k -> new int[3])[found.contains(label) ? 0 : 2]++;
      }
      for (String label : found) {
        if (!expected.contains(label)) {
          counts.computeIfAbsent(label, k -> new int[3])[1]++;
        }
      }
      if (!expected.equals(found)) {
        mismatches.add(new Mismatch(cols[0], cols[3], expected, found));
      }
    }
    List<ClassResult> classes = counts.entrySet().stream()
        .map(e -> new ClassResult(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    return new Result(rows, classes, mismatches);
  }
}
