package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as picocli reads it (issue 16): global options on either side, --opt=value, each command's help. */
class CommandLineOptionsTest {

  @TempDir Path temp;

  private final CommandLineHarness cli = new CommandLineHarness();

  private int run(String... args) {
    return cli.run(temp, args);
  }

  private String outText() {
    return cli.out.toString(StandardCharsets.UTF_8);
  }

  private List<String> outLines() {
    return cli.outLines();
  }

  private List<String> errLines() {
    return cli.errLines();
  }

  private Path diary(String name, String patientId) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, "# patient_id: " + patientId + "\ndate,severity,notes\n2026-01-01,3,fine\n"
        + "2026-01-02,4,left leg weak\n");
    return file;
  }

  @Test
  void dbWorksBeforeAndAfterTheCommandsName() throws Exception {
    String before = "jdbc:sqlite:" + temp.resolve("before.db");
    String after = "jdbc:sqlite:" + temp.resolve("after.db");
    Path first = diary("first.csv", "OPT-1");
    Path second = diary("second.csv", "OPT-2");

    assertThat(run("--db", before, "import", first.toString())).isZero();
    assertThat(outLines()).singleElement().asString().startsWith(first + ": import 1, nights added 2");
    assertThat(run("import", "--db", after, second.toString())).isZero();
    assertThat(run("--db=" + after, "import", first.toString())).isZero();

    assertThat(run("patients", "--db", before)).isZero();
    assertThat(outLines()).hasSize(2).anySatisfy(l -> assertThat(l).startsWith("id:OPT-1,OPT-1,"));
    assertThat(run("--db", after, "patients")).isZero();
    assertThat(outLines()).hasSize(3).anySatisfy(l -> assertThat(l).startsWith("id:OPT-1,OPT-1,"))
        .anySatisfy(l -> assertThat(l).startsWith("id:OPT-2,OPT-2,"));
    assertThat(temp.resolve("default.db")).doesNotExist();
  }

  @Test
  void theDbAfterTheCommandsNameWinsOverTheOneBefore() throws Exception {
    String outer = "jdbc:sqlite:" + temp.resolve("outer.db");
    String inner = "jdbc:sqlite:" + temp.resolve("inner.db");
    assertThat(run("--db", outer, "import", "--db", inner, diary("d.csv", "OPT-3").toString())).isZero();
    assertThat(run("patients", "--db=" + inner)).isZero();
    assertThat(outLines()).hasSize(2);
    assertThat(temp.resolve("outer.db")).doesNotExist();
  }

  @Test
  void dbBeforeACommandThatKeepsNothingIsAUsageError() throws Exception {
    Path file = diary("d.csv", "OPT-4");
    assertThat(run("--db", "jdbc:sqlite:" + temp.resolve("x.db"), "check", file.toString()))
        .isEqualTo(CommandLine.USAGE);
    assertThat(errLines().get(0)).isEqualTo("error: --db names the patient database: it goes with import or patients");
    assertThat(outText()).isEmpty();
  }

  @Test
  void aNewPatientsIdIsTakenOnlyWhenAttached() throws Exception {
    String db = "jdbc:sqlite:" + temp.resolve("ids.db");
    Path kept = temp.resolve("kept.csv");
    Files.writeString(kept, "# patient_id: OPT-5\n# name: Ann Kept\n# birth_date: 1950-01-01\ndate,severity\n"
        + "2026-01-01,3\n");
    Path other = temp.resolve("other.csv");
    Files.writeString(other, "# patient_id: OPT-5\n# name: Bea Other\n# birth_date: 1980-02-02\ndate,severity\n"
        + "2026-02-01,4\n");
    assertThat(run("import", "--db", db, kept.toString())).isZero();
    assertThat(run("import", "--db", db, other.toString())).isEqualTo(StoreCommands.IDENTITY_CONFLICT);

    assertThat(run("import", "--db", db, "--new-patient=OPT-5B", other.toString())).isZero();
    assertThat(run("patients", "--db", db)).isZero();
    assertThat(outLines()).hasSize(3).anySatisfy(l -> assertThat(l).startsWith("id:OPT-5B,OPT-5B,Bea Other,"));
  }

  @Test
  void paperTakesItsValueSeparateOrAttachedInEitherCase() throws Exception {
    Path diary = Path.of("samples", "one-sided-swelling.csv");
    Path separate = temp.resolve("separate.pdf");
    Path attached = temp.resolve("attached.pdf");
    Path letter = temp.resolve("letter.pdf");

    assertThat(run("report", "--paper", "A4", "--out", separate.toString(), diary.toString())).isZero();
    assertThat(run("report", "--paper=A4", "--out=" + attached, diary.toString())).isZero();
    assertThat(run("report", "--paper=letter", "-o", letter.toString(), diary.toString())).isZero();
    assertThat(outLines()).containsExactly("wrote " + letter + " (" + flagCount(diary) + " flags)");

    assertThat(pageSize(separate)).isEqualTo(pageSize(attached)).isEqualTo(List.of(PDRectangle.A4.getWidth(),
        PDRectangle.A4.getHeight()));
    assertThat(pageSize(letter)).isEqualTo(List.of(PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight()));

    assertThat(run("report", "--paper=A5", "--out", temp.resolve("a5.pdf").toString(), diary.toString()))
        .isEqualTo(CommandLine.USAGE);
    assertThat(errLines()).containsExactly("error: --paper takes a4 or letter, not 'a5'",
        "Try 'rls-diary-viewer --help'.");
    assertThat(temp.resolve("a5.pdf")).doesNotExist();
  }

  private int flagCount(Path diary) {
    assertThat(run("flags", diary.toString())).isZero();
    return outLines().size() - 1;
  }

  private static List<Float> pageSize(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return List.of(doc.getPage(0).getMediaBox().getWidth(), doc.getPage(0).getMediaBox().getHeight());
    }
  }

  @Test
  void everyValuedOptionTakesItsValueAttachedToo() throws Exception {
    Path file = temp.resolve("d.csv");
    Files.writeString(file, "date,severity,notes,caffeine_time\n05/01/2026,3,fine,16:00\n06/01/2026,4,legs weak,\n");

    assertThat(run("flags", "--last=1", "--day-first", file.toString())).isZero();
    assertThat(outLines()).hasSizeGreaterThan(1);
    assertThat(outLines().subList(1, outLines().size())).allMatch(l -> l.startsWith("2026-01-06,"));
    assertThat(run("check", "--max-mb=1", "--month-first", file.toString())).isZero();
    assertThat(outLines()).contains("format rls-diary, nights 2, from 2026-05-01 to 2026-06-01");
    assertThat(run("summary", "--caffeine-cutoff=17:00", "--day-first", "--from=2026-01-05", "--to=2026-01-05",
        file.toString())).isZero();
    assertThat(outText()).contains("== Key figures ==");
  }

  @Test
  void anOptionWithoutItsValueSaysWhatItNeeds() throws Exception {
    assertThat(run("check", "--sheet")).isEqualTo(CommandLine.USAGE);
    assertThat(errLines()).containsExactly("error: --sheet needs a sheet name or number",
        "Try 'rls-diary-viewer --help'.");
    assertThat(run("report", "--out")).isEqualTo(CommandLine.USAGE);
    assertThat(errLines().get(0)).isEqualTo("error: --out needs a file name");
    assertThat(run("import", "--db")).isEqualTo(CommandLine.USAGE);
    assertThat(errLines().get(0)).isEqualTo("error: --db needs a JDBC URL, e.g. jdbc:postgresql://host/rls");
    assertThat(run("flags", "--mapping", "--day-first", "d.csv")).isEqualTo(CommandLine.USAGE);
    assertThat(errLines().get(0)).isEqualTo("error: --mapping needs a mapping name");
  }

  @Test
  void anUnknownOptionOrCommandIsNamed() throws Exception {
    assertThat(run("check", "--frobnicate", diary("d.csv", "OPT-6").toString())).isEqualTo(CommandLine.USAGE);
    assertThat(errLines()).containsExactly("error: unknown option '--frobnicate'", "Try 'rls-diary-viewer --help'.");
    assertThat(run("--rules", "r.txt", "frobnicate")).isEqualTo(CommandLine.USAGE);
    assertThat(errLines().get(0)).isEqualTo("error: unknown command 'frobnicate'");
    assertThat(run("patients", "extra.csv")).isEqualTo(CommandLine.USAGE);
    assertThat(errLines().get(0)).isEqualTo("error: unexpected argument 'extra.csv'");
  }

  @Test
  void eachCommandHasItsOwnHelp() {
    assertThat(run("check", "--help")).isZero();
    assertThat(outText()).startsWith("Usage: rls-diary-viewer check ")
        .contains("--day-first", "--mapping=NAME", "--sheet=NAME|N", "DIARY", "Exit codes:")
        .doesNotContain("--paper", "RLS Diary Viewer: review");
    assertThat(cli.err.toString(StandardCharsets.UTF_8)).isEmpty();

    assertThat(run("report", "-h")).isZero();
    assertThat(outText()).startsWith("Usage: rls-diary-viewer report ")
        .contains("--paper=a4|letter", "--without=SECTIONS", "--password-file=FILE", "--last=N", "--rules=RULES.txt");

    assertThat(run("help", "import")).isZero();
    assertThat(outText()).startsWith("Usage: rls-diary-viewer import ").contains("--db=URL", "--same-patient",
        "--new-patient[=ID]", "5    a file's patient id is kept for another name");
  }

  @Test
  void helpAsACommandOrAnOptionPrintsTheSameText() {
    assertThat(run("--help")).isZero();
    String help = outText();
    assertThat(help).startsWith("RLS Diary Viewer: review a restless-legs symptom diary")
        .endsWith("it does not diagnose." + System.lineSeparator());
    assertThat(run("help")).isZero();
    assertThat(outText()).isEqualTo(help);
    assertThat(run("-h")).isZero();
    assertThat(outText()).isEqualTo(help);
    assertThat(run("--version")).isZero();
    assertThat(outLines()).containsExactly("RLS Diary Viewer test");
  }

  @Test
  void anInvalidRuleFileHasItsOwnMessageAndExitCodeWhereverItIsGiven() throws Exception {
    Path file = diary("d.csv", "OPT-7");
    Path rules = temp.resolve("clinic-rules.txt");
    Files.writeString(rules, "rule-set: clinic-2\n[numbness]\nversion: 1\nkind: flag\nurgency: later\n");

    for (List<String> args : List.of(List.of("flags", "--rules", rules.toString(), file.toString()),
        List.of("--rules=" + rules, "flags", file.toString()),
        List.of("report", "--rules", rules.toString(), "--out", temp.resolve("r.pdf").toString(), file.toString()))) {
      assertThat(run(args.toArray(String[]::new))).as("%s", args).isEqualTo(CommandLine.BAD_RULE_FILE).isEqualTo(2);
      assertThat(outText()).isEmpty();
      assertThat(errLines()).anySatisfy(l -> assertThat(l).startsWith("error: clinic-rules.txt: line 5: urgency 'later'"));
      assertThat(errLines()).last().asString()
          .matches("error: the rule file clinic-rules.txt cannot be used \\(\\d+ problems?\\); nothing was analysed");
    }
    assertThat(temp.resolve("r.pdf")).doesNotExist();

    assertThat(run("flags", "--rules", temp.resolve("none.txt").toString(), file.toString())).isEqualTo(2);
    assertThat(errLines()).containsExactly("error: cannot read rule file " + temp.resolve("none.txt")
        + ": no such file");
  }

  @Test
  void theWindowOpensOnADbAndOneDiaryAndEverythingElseIsACommandLine() {
    assertThat(WindowArguments.of(new String[0])).contains(new WindowArguments(java.util.Optional.empty(),
        java.util.Optional.empty()));
    assertThat(WindowArguments.of(new String[] {"--db", "jdbc:sqlite:x.db", "d.csv"}).orElseThrow())
        .isEqualTo(new WindowArguments(java.util.Optional.of("jdbc:sqlite:x.db"), java.util.Optional.of(Path.of("d.csv"))));
    assertThat(WindowArguments.of(new String[] {"--db=jdbc:sqlite:x.db"}).orElseThrow().db()).contains("jdbc:sqlite:x.db");
    assertThat(WindowArguments.of(new String[] {"d.csv"}).orElseThrow().diary()).contains(Path.of("d.csv"));

    assertThat(WindowArguments.of(new String[] {"--db", "jdbc:sqlite:x.db", "import", "d.csv"})).isEmpty();
    assertThat(WindowArguments.of(new String[] {"--db", "jdbc:sqlite:x.db", "patients"})).isEmpty();
    assertThat(WindowArguments.of(new String[] {"--db"})).isEmpty();
    assertThat(WindowArguments.of(new String[] {"check", "d.csv"})).isEmpty();
    assertThat(WindowArguments.of(new String[] {"a.csv", "b.csv"})).isEmpty();
    assertThat(WindowArguments.of(new String[] {"--rules", "r.txt", "flags", "d.csv"})).isEmpty();
  }
}
