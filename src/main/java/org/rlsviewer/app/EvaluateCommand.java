package org.rlsviewer.app;

import static org.rlsviewer.app.AppCommand.EXIT_USAGE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rlsviewer.analysis.NegationEvaluation;
import org.rlsviewer.analysis.RuleEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: measures the negation reader and the rules on annotated sentences and labelled notes. */
@Command(name = "evaluate", description = "Measure the negation reader on NegEx-style annotated sentences and/or"
    + " the rules on labelled diary notes (docs/rules.md, docs/note-corpus.md).",
    exitCodeList = {"0:measured", "1:a file could not be evaluated", "2:a file is missing, or the rule file is invalid",
        EXIT_USAGE})
final class EvaluateCommand extends AppCommand {

  private static final String USAGE = "usage: evaluate [--negex ANNOTATIONS.tsv] [--notes LABELLED.tsv|DIR]..."
      + " [--mismatches] [--rules RULES.txt]";

  @Option(names = "--negex", paramLabel = "ANNOTATIONS.tsv",
      description = "Annotated sentences (tab-separated: Report No., Concept, Sentence, Negation).")
  String negex;

  @Option(names = "--notes", paramLabel = "LABELLED.tsv|DIR",
      description = "Labelled diary notes, or a folder of *.tsv files; may be repeated.")
  List<String> notes = new ArrayList<>();

  @Option(names = "--mismatches", description = "List the notes where rules and labels disagree.")
  boolean mismatches;

  @Override
  int run(CommandContext context) throws UsageProblem {
    if (negex == null && notes.isEmpty()) {
      throw new UsageProblem(USAGE);
    }
    Path annotations = negex == null ? null : Path.of(negex);
    List<Path> labelled = notes.stream().map(Path::of).toList();
    if (annotations != null && !Files.isRegularFile(annotations)) {
      return missing(context, annotations);
    }
    for (Path p : labelled) {
      if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
        return missing(context, p);
      }
    }
    Path current = annotations != null ? annotations : labelled.get(0);
    try {
      if (annotations != null) {
        printNegation(context, NegationEvaluation.evaluate(annotations));
      }
      if (!labelled.isEmpty()) {
        current = labelled.get(0);
        printRules(context, RuleEvaluation.evaluate(labelled, context.service().analyser()));
      }
      return CommandLine.OK;
    } catch (IOException | RuntimeException e) {
      context.err().println("error: cannot evaluate " + current.getFileName() + ": " + e.getMessage());
      return CommandLine.FAILED;
    }
  }

  private static int missing(CommandContext context, Path file) {
    context.err().println("error: " + file + ": no such file");
    return CommandLine.NOT_A_DIARY;
  }

  private static void printNegation(CommandContext context, NegationEvaluation.Result r) {
    context.out().println(String.format(Locale.ROOT, "negation precision %.3f recall %.3f f1 %.3f",
        r.precision(), r.recall(), r.f1()));
    context.out().println(String.format(Locale.ROOT, "  this reader: %d sentences, %d negated, accuracy %.3f",
        r.total(), r.tp() + r.fn(), r.accuracy()));
    context.out().println("  published: NegEx 2001 (its own test set) PPV 0.845 sensitivity 0.778;"
        + " GenNegEx 1.2 (2,376 NegEx sentences) precision 0.933 recall 0.959");
  }

  private void printRules(CommandContext context, RuleEvaluation.Result r) {
    var out = context.out();
    out.println("red flags and cautions on " + r.rows() + " labelled notes (rule set "
        + context.service().rules().version() + "):");
    r.table().forEach(out::println);
    r.detailTables().forEach(out::println);
    if (mismatches) {
      out.println();
      out.println("mismatches (id, expected, found, notes):");
      r.mismatches().forEach(m -> out.println(m.id() + "\t" + String.join(" ", m.expected()) + "\t"
          + String.join(" ", m.found()) + "\t" + m.notes()));
    }
  }
}
