package org.rlsviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --patient-id}, {@code --name} and {@code --birth-date} name the patient of an export that names none. */
class PatientOptionsCommandTest extends CommandLineTestCase {

  private Path export(String name, String month) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, "date,severity,notes\n2026-" + month + "-01,4,\n2026-" + month + "-02,6,legs restless\n",
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void importUnderAGivenIdMergesTwoUnnamedExportsIntoOnePatient() throws Exception {
    Path march = export("march.csv", "03");
    Path april = export("april.csv", "04");

    assertThat(runWithDatabase("import", "--patient-id", "P-31", "--name", "Jane Roe", "--birth-date", "1970-02-03",
        march.toString())).isZero();
    assertThat(outLines()).singleElement().satisfies(l -> assertThat(l).endsWith(
        "march.csv: import 1, nights added 2, changed 0, unchanged 0, rows rejected 0"));
    assertThat(runWithDatabase("import", "--patient-id=P-31", april.toString())).isZero();
    assertThat(outLines()).singleElement().satisfies(l -> assertThat(l).contains("import 2, nights added 2"));

    assertThat(runWithDatabase("patients")).isZero();
    assertThat(outLines()).containsExactly("key,patient_id,name,open_flags,last_night,imports",
        "id:P-31,P-31,Jane Roe,0,2026-04-02,2");
  }

  @Test
  void aNameAloneIsRememberedForTheNextExportOfTheSameFingerprint() throws Exception {
    assertThat(runWithDatabase("import", "--name", "Jane Roe", export("march.csv", "03").toString())).isZero();
    assertThat(runWithDatabase("import", "--name", "Jane Roe", export("april.csv", "04").toString())).isZero();

    assertThat(runWithDatabase("patients")).isZero();
    assertThat(outLines()).hasSize(2);
    assertThat(outLines().get(1)).contains(",,Jane Roe,0,2026-04-02,2");
  }

  @Test
  void withoutThemEachUnnamedExportIsAPatientOfItsOwnAsBefore() throws Exception {
    assertThat(runWithDatabase("import", export("march.csv", "03").toString(),
        export("april.csv", "04").toString())).isZero();
    assertThat(runWithDatabase("patients")).isZero();
    assertThat(outLines()).hasSize(3);
  }

  @Test
  void theReportOfAnUnnamedExportNamesThePatientGiven() throws Exception {
    Path march = export("march.csv", "03");
    Path pdf = temp.resolve("summary.pdf");
    assertThat(runOn(service(org.rlsviewer.importer.ImportOptions.defaults()), "report", "--out", pdf.toString(),
        "--name", "Jane Roe", "--patient-id", "P-31", march.toString())).isZero();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains("Jane Roe (P-31)").doesNotContain("Unnamed patient");
    }
  }

  @Test
  void aBadValueIsAWrongCommandLine() throws Exception {
    Path march = export("march.csv", "03");
    assertThat(runWithDatabase("import", "--birth-date", "3 Feb 1970", "--name", "Jane", march.toString()))
        .isEqualTo(CommandLine.USAGE);
    assertThat(errLines()).containsExactly("error: --birth-date needs a date as YYYY-MM-DD",
        "Try 'rls-diary-viewer --help'.");
    assertThat(runWithDatabase("check", "--birth-date", "1970-02-03", march.toString())).isEqualTo(CommandLine.USAGE);
    assertThat(errLines().get(0)).isEqualTo("error: --birth-date needs --name or --patient-id as well");
    assertThat(runWithDatabase("flags", "--name", " ", march.toString())).isEqualTo(CommandLine.USAGE);
  }
}
