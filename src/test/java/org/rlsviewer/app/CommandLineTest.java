package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.ColumnMapping;
import org.rlsviewer.importer.ImportOptions;
import org.rlsviewer.importer.MappingStore;

class CommandLineTest extends CommandLineTestCase {

  private int run(String... args) {
    return runOn(service(ImportOptions.defaults().withMappingsDirectory(temp.resolve("mappings"))), args);
  }

  private Path diary(String name, String content) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Path tsv(Path file, String... lines) throws Exception {
    return Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
  }

  @Test
  void checkPrintsCountsThenOneLinePerRejectedRow() throws Exception {
    Path file = diary("d.csv", """
        # patient_id: T-1
        date,severity,notes
        2026-01-01,3,fine
        2026-01-32,4,bad date
        2026-01-03,14,too severe
        2026-01-04,2,
        """);
    assertThat(run("check", file.toString())).isZero();
    List<String> lines = outLines();
    assertThat(lines.get(0)).isEqualTo("imported 2, rejected 2");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).isEqualTo("format rls-diary, nights 2, from 2026-01-01 to 2026-01-04");
    assertThat(lines.get(2)).startsWith("line 4: ");
    assertThat(lines.get(3)).startsWith("line 5: ").contains("14");
  }

  @Test
  void checkNamesTheFormatAndTheNightsOfAnAppExport() throws Exception {
    Path file = diary("daylio.csv", """
        full_date,date,weekday,time,mood,activities,note_title,note
        2026-03-02,March 2,Monday,8:10 am,meh,,,"legs restless"
        2026-03-02,March 2,Monday,1:15 am,awful,,,"up walking"
        2026-03-01,March 1,Sunday,21:40,good,,,
        not a date,March 1,Sunday,21:40,good,,,
        """);
    assertThat(run("check", file.toString())).isZero();
    assertThat(outLines()).containsExactly(
        "imported 3, rejected 1",
        "format daylio, nights 2, from 2026-03-01 to 2026-03-02",
        "line 5: bad date \"not a date\"");
  }

  @Test
  void checkSaysWhichNightHasANoteTooLongToReadWhole() throws Exception {
    Path file = diary("long.csv", "date,severity,notes\n2026-01-01,3,fine\n2026-01-02,4,\""
        + "legs restless, ".repeat(2_000) + "\"\n");
    assertThat(run("check", file.toString())).isZero();
    assertThat(outLines()).containsExactly(
        "imported 2, rejected 0",
        "format rls-diary, nights 2, from 2026-01-01 to 2026-01-02",
        "line 3: note of 29,999 characters; the first 20,000 read for flags and the first 2,000 shown,"
            + " the rest searched for red-flag words");
  }

  @Test
  void checkOfAnEmptyDiaryHasNoPeriod() throws Exception {
    Path file = diary("empty.csv", "date,severity\n");
    assertThat(run("check", file.toString())).isZero();
    assertThat(outLines()).containsExactly("imported 0, rejected 0", "format rls-diary, nights 0");
  }

  @Test
  void datesThatCouldBeEitherWayAskForDayFirstOrMonthFirst() throws Exception {
    Path file = diary("slashes.csv", "date,severity\n05/01/2026,3\n06/01/2026,4\n");
    assertThat(run("check", file.toString())).isEqualTo(CommandLine.NEEDS_ANSWER);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("05/01/2026", "--day-first", "--month-first");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();

    assertThat(run("check", "--month-first", file.toString())).isZero();
    assertThat(outLines()).contains("format rls-diary, nights 2, from 2026-05-01 to 2026-06-01");
  }

  @Test
  void importOptionsMixWithRangeOptions() throws Exception {
    Path file = diary("slashes.csv", "date,severity,notes\n05/01/2026,3,fine\n06/01/2026,4,legs weak today\n");
    assertThat(run("flags", "--last", "1", "--day-first", file.toString())).isZero();
    assertThat(outLines()).first().isEqualTo("date,rule,severity,field,evidence,certainty");
    assertThat(outLines()).hasSizeGreaterThan(1);
    assertThat(outLines().subList(1, outLines().size())).allMatch(l -> l.startsWith("2026-01-06,"));
  }

  @Test
  void checkWithAMappingReadsAnUnknownLayout() throws Exception {
    new MappingStore(temp.resolve("mappings")).save(new ColumnMapping("nurse sheet", List.of("Day", "Legs"),
        List.of(ColumnMapping.Target.field(DiaryField.DATE), ColumnMapping.Target.field(DiaryField.SEVERITY)),
        java.util.Optional.empty()));
    Path file = diary("sheet.csv", "Datum,Legs\n2026-01-05,3\n");

    assertThat(run("check", "--mapping", "nurse sheet", file.toString())).isZero();
    assertThat(outLines()).containsExactly("imported 1, rejected 0", "format nurse sheet, nights 1, from 2026-01-05 to 2026-01-05");
    assertThat(run("check", "--mapping=missing", file.toString())).isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no saved column mapping is named \"missing\"");
  }

  @Test
  void maxMbLimitsTheFileSize() throws Exception {
    Path file = diary("d.csv", "date,notes\n" + "2026-01-05,x\n".repeat(100_000));
    assertThat(run("check", "--max-mb", "1", file.toString())).isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("larger than 1 MB");
    assertThat(run("check", "--max-mb", "zero", file.toString())).isEqualTo(CommandLine.USAGE);
  }

  @Test
  void checkOnSomethingThatIsNotADiaryExitsTwoWithOneMessage() throws Exception {
    Path file = diary("numbers.csv", "a,b,c\n1,2,3\n");
    assertThat(run("check", file.toString())).isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1).first().asString().contains("numbers.csv");
  }

  @Test
  void aMissingFileExitsTwo() {
    assertThat(run("flags", temp.resolve("nope.csv").toString())).isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
  }

  @Test
  void flagsPrintsCsvWithHeaderAndOneRowPerFlag() throws Exception {
    Path file = diary("d.csv", """
        date,severity,snoring,notes
        2026-01-01,3,no,"no numbness, slept ok"
        2026-01-02,5,yes,"left ankle swollen again, legs weak"
        """);
    assertThat(run("flags", file.toString())).isZero();
    List<String> lines = outLines();
    assertThat(lines.get(0)).isEqualTo("date,rule,severity,field,evidence,certainty");
    assertThat(lines.subList(1, lines.size()))
        .allMatch(l -> l.startsWith("2026-01-02,"))
        .allMatch(l -> l.endsWith(",definite"))
        .anyMatch(l -> l.startsWith("2026-01-02,apnea,soon,snoring,"))
        .anyMatch(l -> l.startsWith("2026-01-02,swelling,urgent,notes,"))
        .anyMatch(l -> l.startsWith("2026-01-02,weakness,"));
  }

  @Test
  void reportWritesAPdfAndAFailureLeavesNoFile() throws Exception {
    Path file = diary("d.csv", """
        # patient_id: RPT-7
        date,severity,notes
        2026-02-01,4,pins and needles in my right foot
        2026-02-02,6,
        """);
    Path pdf = temp.resolve("summary.pdf");
    assertThat(run("report", "--out", pdf.toString(), file.toString())).isZero();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("RPT-7", "2026-02-01", "2026-02-02").containsIgnoringCase("ferritin");
    }

    Path unwritable = temp.resolve("missing-dir").resolve("summary.pdf");
    assertThat(run("report", "--out", unwritable.toString(), file.toString())).isEqualTo(CommandLine.FAILED);
    assertThat(unwritable.getParent()).doesNotExist();
  }

  @Test
  void reportOnABadFileExitsNonZeroAndWritesNothing() throws Exception {
    Path file = diary("empty.csv", "");
    Path pdf = temp.resolve("summary.pdf");
    assertThat(run("report", "--out", pdf.toString(), file.toString())).isEqualTo(CommandLine.NOT_A_DIARY);
    assertThat(pdf).doesNotExist();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.csv");
  }

  @Test
  void wrongUsageExplainsItself() {
    assertThat(run("report", "diary.csv")).isEqualTo(CommandLine.USAGE);
    assertThat(run("frobnicate")).isEqualTo(CommandLine.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out", "unknown command");
  }

  @Test
  void evaluatePrintsNegationFiguresForAnAnnotatedFile() throws Exception {
    Path tsv = tsv(temp.resolve("annotations.tsv"),
        "Report No.\tConcept\tSentence\tNegation",
        "1\tfever\tThe patient denies FEVER.\tNegated",
        "1\tcough\tShe has a productive COUGH.\tAffirmed",
        "2\tpain\tNo chest PAIN today.\tNegated",
        "2\tedema\tMild EDEMA of both ankles.\tAffirmed",
        "");
    assertThat(run("evaluate", "--negex", tsv.toString())).isZero();
    assertThat(outLines()).first().isEqualTo("negation precision 1.000 recall 1.000 f1 1.000");
    assertThat(outLines()).anySatisfy(l -> assertThat(l).contains("NegEx 2001").contains("0.845").contains("0.778")
        .contains("GenNegEx 1.2").contains("0.933").contains("0.959"));
  }

  @Test
  void helpDescribesEveryCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("check DIARY", "flags DIARY", "report --out", "date,rule,severity,field,evidence,certainty", "Exit codes",
            "--smoke-test DIARY", "--db URL", "--last-visit YYYY-MM-DD", "--since-last-visit");
  }

  @Test
  void evaluateNotesPrintsPrecisionAndRecallPerRule() throws Exception {
    Path tsv = tsv(temp.resolve("notes.tsv"),
        "id\tmedications\tmagnesium_mg\tnotes\texpected",
        "n1\t\t\tleft ankle swollen\tswelling:urgent",
        "n2\t\t\tno numbness\t",
        "n3\t\t\ttoes numb\tnumbness:routine",
        "n4\t\t\tlegs restless\tweakness:soon");
    assertThat(run("evaluate", "--notes", tsv.toString())).isZero();
    List<String> lines = outLines();
    assertThat(lines.get(0)).isEqualTo("red flags and cautions on 4 labelled notes (rule set 2026.12-8):");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("swelling:urgent").endsWith("1.000  1.000"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("weakness:soon").endsWith("1.000  0.000"));
  }

  @Test
  void evaluateNotesReadsADirectoryAndPrintsPerRuleLanguageAndSwellingTables() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("corpus"));
    tsv(dir.resolve("a-old.tsv"),
        "id\tmedications\tmagnesium_mg\tnotes\texpected",
        "n1\t\t\tleft ankle swollen\tswelling:urgent",
        "n2\t\t\tno numbness\t");
    tsv(dir.resolve("b-new.tsv"),
        "# a comment line",
        "id\tlanguage\twriter\ttemplate\tmedications\tmagnesium_mg\tnotes\texpected",
        "d1\tde\tw\tt\t\t\tBeine unruhig\t",
        "d2\tde\tw\tt\t\t\tlegs restless\tswelling:urgent");
    Files.writeString(dir.resolve("ignored.txt"), "not a tsv");
    assertThat(run("evaluate", "--notes", dir.toString(), "--mismatches")).isZero();
    List<String> lines = outLines();
    assertThat(lines.get(0)).isEqualTo("red flags and cautions on 4 labelled notes (rule set 2026.12-8):");
    assertThat(lines).contains("swelling                             2    1    0    1     1.000  0.500        0",
        "de                                   2       1    0    0    1     1.000  0.000",
        "en                                   2       1    1    0    0     1.000  1.000",
        "urgent labelled, soon given: 0; urgent labelled, nothing given: 1; soon labelled, urgent given: 0",
        "d2\tswelling:urgent\t\tlegs restless");

    out.reset();
    assertThat(run("evaluate", "--notes", dir.resolve("a-old.tsv").toString(), "--notes",
        dir.resolve("b-new.tsv").toString())).isZero();
    assertThat(outLines()).contains("red flags and cautions on 4 labelled notes (rule set 2026.12-8):");
  }

  @Test
  void rulesOptionSwitchesOffARuleAndAnInvalidFileIsReportedByLine() throws Exception {
    Path d = diary("d.csv", """
        date,severity,notes
        2026-01-01,3,toes numb and left ankle swollen
        """);
    Path rules = temp.resolve("rules.txt");
    Files.writeString(rules, """
        rule-set: clinic-1
        [numbness]
        version: 1
        kind: flag
        urgency: routine
        trigger: note numbness
        title: Numbness
        rationale: Consider review.
        source: Clinic protocol
        enabled: no

        [swelling]
        version: 1
        kind: flag
        urgency: urgent
        trigger: swelling one-leg
        title: Swelling of {side}
        rationale: Consider same-day review.
        source: Clinic protocol
        """);
    assertThat(run("flags", "--rules", rules.toString(), d.toString())).isZero();
    assertThat(outLines()).containsExactly("date,rule,severity,field,evidence,certainty",
        "2026-01-01,swelling,urgent,notes,ankle swollen,definite");

    Files.writeString(rules, "rule-set: clinic-1\n[numbness]\nversion: 1\nkind: flag\nurgency: later\n");
    assertThat(run("flags", "--rules=" + rules, d.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: rules.txt: line 5: urgency 'later'")
        .contains("needs a non-empty 'source'");
  }

  @Test
  void checkReportsALabsFileBesideTheDiary() throws Exception {
    Path d = diary("d.csv", "date,severity\n2026-01-01,3\n");
    assertThat(run("check", d.toString())).isZero();
    assertThat(outLines()).containsExactly("imported 1, rejected 0", "format rls-diary, nights 1, from 2026-01-01 to 2026-01-01");
    out.reset();
    Files.writeString(temp.resolve("labs.csv"), "date,test,value,unit\n2026-01-01,ferritin,40,ng/mL\n"
        + "2026-01-01,ferritin,low,ng/mL\n");
    assertThat(run("check", d.toString())).isZero();
    assertThat(outLines()).containsExactly("imported 1, rejected 0", "format rls-diary, nights 1, from 2026-01-01 to 2026-01-01",
        "labs.csv: imported 1, rejected 1",
        "labs.csv line 3: value 'low' is not a number of 0 or more");

    out.reset();
    Path own = diary("jane.csv", "# patient_id: P-1\ndate,severity\n2026-01-01,3\n");
    Files.writeString(temp.resolve("jane.labs.csv"), "# patient_id: P-2\ndate,test,value\n2026-01-01,ferritin,40\n");
    assertThat(run("check", own.toString())).isZero();
    assertThat(outLines()).containsExactly("imported 1, rejected 0", "format rls-diary, nights 1, from 2026-01-01 to 2026-01-01",
        "jane.labs.csv: imported 0, rejected 1",
        "jane.labs.csv: patient_id P-2 does not match the diary's P-1; no results used");
  }
}
