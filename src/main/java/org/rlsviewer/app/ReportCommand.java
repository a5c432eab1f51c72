package org.rlsviewer.app;

import static org.rlsviewer.app.AppCommand.EXIT_NOT_A_DIARY;
import static org.rlsviewer.app.AppCommand.EXIT_NEEDS_ANSWER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rlsviewer.report.VisitSummaryPdf;
import org.rlsviewer.service.OpenedDiary;
import org.rlsviewer.service.SummaryIssue;
import org.rlsviewer.service.VisitLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report}: writes the PDF visit summary of one diary. */
@Command(name = "report", description = "Write the PDF visit summary (PDF/A-2b) through a temporary file moved"
    + " into place, so a failure never leaves a half-written file; the PDF is readable and writable by its owner only.",
    exitCodeList = {"0:the PDF was written", "1:the PDF could not be written (or --out names a folder)",
        EXIT_NOT_A_DIARY, EXIT_NEEDS_ANSWER, "64:the command line was wrong (or --out names the diary itself)"})
final class ReportCommand extends RangedDiaryCommand {

  private static final String USAGE = "usage: report --out SUMMARY.pdf DIARY.csv";

  @Option(names = {"-o", "--out"}, paramLabel = "SUMMARY.pdf", description = "The PDF to write.")
  String out;

  @Option(names = "--paper", paramLabel = "a4|letter", description = "The paper size (default a4).")
  String paper;

  @Option(names = "--without", paramLabel = "SECTIONS",
      description = "Leave out sections after page one, comma-separated: charts, trial, weekly, lifestyle,"
          + " flagged-nights, notes, sources.")
  List<String> without = new ArrayList<>();

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "Encrypt the PDF (AES-256) with the password on the file's first line; it is then not PDF/A.")
  String passwordFile;

  @Option(names = "--device", paramLabel = "TRACKER",
      description = "A sleep tracker's export of the same patient (Sleep as Android, Fitbit, Plees Tracker, Sleepmeter,"
          + " Apple Health, Oura): its nights are shown beside the diary's as a device source, never replacing them.")
  String device;

  @Override
  int run(CommandContext context) throws UsageProblem {
    // every option is checked before a file is read or written
    range();
    org.rlsviewer.importer.ImportOptions importOptions = importOptions(context);
    VisitSummaryPdf writer = withoutSections(onPaper(new VisitSummaryPdf()));
    if (out == null || files.isEmpty()) {
      throw new UsageProblem(USAGE);
    }
    Path diary = oneDiary(USAGE);
    if (passwordFile != null) {
      Optional<String> password = password(context, Path.of(passwordFile));
      if (password.isEmpty()) {
        return CommandLine.FAILED;
      }
      writer = writer.protectedWith(password.get());
    }
    Path target = Path.of(out);
    Optional<Integer> refused = refuseOut(context, target, diary);
    if (refused.isPresent()) {
      return refused.get();
    }
    VisitSummaryPdf chosen = writer;
    return withDiary(context, USAGE, diaryOnly -> {
      OpenedDiary opened = diaryOnly;
      if (device != null) {
        Optional<OpenedDiary> both = DeviceOption.added(context, diaryOnly, Path.of(device), importOptions);
        if (both.isEmpty()) {
          return CommandLine.NOT_A_DIARY;
        }
        opened = both.get();
      }
      try {
        writeSummary(context, opened, target, chosen);
      } catch (IOException e) {
        context.err().println("error: cannot write " + target + ": " + InputFiles.reason(e));
        return CommandLine.FAILED;
      }
      context.out().println("wrote " + target + " (" + opened.findings().flags().size() + " flags)");
      return CommandLine.OK;
    });
  }

  /** The one call into the service that issues the summary. */
  private static void writeSummary(CommandContext context, OpenedDiary opened, Path target, VisitSummaryPdf writer)
      throws IOException {
    context.service().issueSummary(SummaryIssue.unreviewed(opened), writer, target, VisitLog.none());
  }

  private VisitSummaryPdf onPaper(VisitSummaryPdf writer) throws UsageProblem {
    if (paper == null) {
      return writer;
    }
    String size = paper.toLowerCase(Locale.ROOT);
    if (!size.equals("a4") && !size.equals("letter")) {
      throw new UsageProblem("--paper takes a4 or letter, not '" + size + "'");
    }
    return writer.on(size.equals("a4") ? VisitSummaryPdf.Paper.A4 : VisitSummaryPdf.Paper.LETTER);
  }

  private VisitSummaryPdf withoutSections(VisitSummaryPdf writer) throws UsageProblem {
    if (without.isEmpty()) {
      return writer;
    }
    EnumSet<VisitSummaryPdf.Section> kept = writer.sections().isEmpty()
        ? EnumSet.allOf(VisitSummaryPdf.Section.class) : EnumSet.copyOf(writer.sections());
    for (String list : without) {
      for (String id : list.split(",")) {
        Optional<VisitSummaryPdf.Section> section = VisitSummaryPdf.Section.byId(id);
        if (section.isEmpty()) {
          throw new UsageProblem("unknown section '" + id.strip() + "'; sections: " + String.join(", ",
              Arrays.stream(VisitSummaryPdf.Section.values()).map(VisitSummaryPdf.Section::id).toList()));
        }
        kept.remove(section.get());
      }
    }
    return writer.withSections(kept);
  }

  /** The password on the file's first line; empty, with the reason printed, when the file cannot be read. */
  private static Optional<String> password(CommandContext context, Path file) throws UsageProblem {
    String password;
    try {
      password = Files.readAllLines(file).stream().findFirst().orElse("");
    } catch (IOException e) {
      context.err().println("error: cannot read the password file " + file + ": " + InputFiles.reason(e));
      return Optional.empty();
    }
    if (password.isEmpty()) {
      throw new UsageProblem("the password file " + file + " holds no password on its first line");
    }
    return Optional.of(password);
  }

  /** One line and an exit code when {@code --out} names a folder or the diary itself; empty when it may be written. */
  private static Optional<Integer> refuseOut(CommandContext context, Path out, Path diary) {
    if (out.getFileName() == null || Files.isDirectory(out)) {
      context.err().println("error: cannot write " + out + ": is a directory");
      return Optional.of(CommandLine.FAILED);
    }
    boolean same = out.toAbsolutePath().normalize().equals(diary.toAbsolutePath().normalize());
    try {
      same = same || (Files.exists(out) && Files.exists(diary) && Files.isSameFile(out, diary));
    } catch (IOException | SecurityException e) {
      // cannot tell: the write itself says what is wrong
    }
    if (same) {
      context.err().println("error: --out " + out + " is the diary itself; give the PDF another file name");
      return Optional.of(CommandLine.USAGE);
    }
    return Optional.empty();
  }
}
