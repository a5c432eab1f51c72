package org.rlsviewer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures the negation logic of the note reader on an annotated sentence file in the layout of
 * the NegEx test set: a header line, then tab-separated {@code report, concept, sentence, label}
 * rows, the concept written in upper case inside the sentence and the label {@code Affirmed} or
 * {@code Negated}. "Negated" is the positive class.
 */
public final class NegationEvaluation {

  /**
   * Counts and measures for the "Negated" class.
   *
   * @param unlocated rows whose concept could not be found in the sentence (judged Affirmed)
   */
  public record Result(int tp, int fp, int tn, int fn, int unlocated) {

    public int total() {
      return tp + fp + tn + fn;
    }

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
      return total() == 0 ? 0 : (double) (tp + tn) / total();
    }

    /** One line for a console, e.g. {@code n=1594 precision=0.912 recall=0.935 ...}. */
    public String summary() {
      return String.format(Locale.ROOT,
          "n=%d tp=%d fp=%d tn=%d fn=%d precision=%.3f recall=%.3f f1=%.3f accuracy=%.3f unlocated=%d",
          total(), tp, fp, tn, fn, precision(), recall(), f1(), accuracy(), unlocated);
    }
  }

  private NegationEvaluation() {}

  /**
   * Evaluates the built-in trigger list on an annotated file.
   *
   * @param tsv the annotated sentences (UTF-8)
   * @return the confusion counts and measures
   * @throws IOException when the file cannot be read or a row is malformed
   */
  public static Result evaluate(Path tsv) throws IOException {
    return evaluate(tsv, new SentenceJudge(NoteReader.builtIn()));
  }

  /**
   * Evaluates the built-in trigger list extended with a NegEx-format trigger file
   * ({@code phrase<TAB><TAB>[TAG]}).
   */
  public static Result evaluate(Path tsv, Path extraTriggers) throws IOException {
    TriggerSet extra;
    try (BufferedReader in = Files.newBufferedReader(extraTriggers, StandardCharsets.UTF_8)) {
      extra = TriggerSet.read(in);
    }
    return evaluate(tsv, new SentenceJudge(new NoteReader(Lexicon.builtIn(), TriggerSet.builtIn().with(extra))));
  }

  static Result evaluate(Path tsv, SentenceJudge judge) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    int unlocated = 0;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 4) {
        throw new IOException("Line " + (i + 1) + ": expected 4 tab-separated columns");
      }
      boolean gold = cols[3].strip().equalsIgnoreCase("Negated");
      SentenceJudge.Verdict verdict = judge.judge(cols[2], cols[1]);
      if (!verdict.located()) {
        unlocated++;
      }
      boolean said = verdict.negated();
      if (said && gold) {
        tp++;
      } else if (said) {
        fp++;
      } else if (gold) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Result(tp, fp, tn, fn, unlocated);
  }
}
