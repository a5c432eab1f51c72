package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.store.AuditEvent;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.PatientListRow;
import org.rlsviewer.store.PatientStore;

/**
 * Exports that name no patient: named at import, and the answer remembered by the export's
 * fingerprint, so next month's export of the same app is proposed the same patient and merges.
 */
class UnnamedExportTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-02T09:30:00Z"), ZoneOffset.UTC);
  private static final String DAYLIO = "full_date,date,weekday,time,mood,activities,note_title,note\n";

  @TempDir
  Path dir;

  private final DiaryService service = new DiaryService(CLOCK, "test");
  private PatientStore store;
  private PatientRecords records;

  @BeforeEach
  void setUp() {
    store = PatientStore.open(DatabaseSettings.embedded(dir.resolve("rls.db")), CLOCK);
    records = new PatientRecords(service, store, "alice");
  }

  /** A synthetic Daylio export of three nights of one month, naming no patient. */
  private Path daylio(String name, int month) throws Exception {
    StringBuilder text = new StringBuilder(DAYLIO);
    for (int day = 1; day <= 3; day++) {
      LocalDate d = LocalDate.of(2026, month, day);
      text.append(d).append(",x,").append(d.getDayOfWeek()).append(",22:0").append(day)
          .append(",good,\"\",\"\",\"legs restless night ").append(day).append("\"\n");
    }
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static OpenOptions asking() {
    return OpenOptions.of(org.rlsviewer.importer.ImportOptions.defaults()).askingForUnnamed();
  }

  @Test
  void nextMonthsExportOfTheSameAppIsProposedThePatientNamedBeforeAndMergesIntoThem() throws Exception {
    Path march = daylio("daylio_export_march.csv", 3);
    Path april = daylio("daylio_export_april.csv", 4);
    Patient jane = new Patient("", "Jane Roe", Optional.of(LocalDate.of(1970, 2, 3)), "");

    assertThatThrownBy(() -> records.importAndOpen(march, asking(), IdentityChoice.ask()))
        .isInstanceOfSatisfying(UnnamedPatientException.class, e -> {
          assertThat(e.export().sourceName()).isEqualTo("daylio_export_march.csv");
          assertThat(e.export().format()).isEqualTo("daylio");
          assertThat(e.export().remembered()).isEmpty();
        });
    assertThat(records.patients()).isEmpty();

    StoredOpening first = records.importAndOpen(march, asking().withPatient(jane), IdentityChoice.ask());
    assertThat(first.opened().diary().patient().displayName()).isEqualTo("Jane Roe");

    assertThatThrownBy(() -> records.importAndOpen(april, asking(), IdentityChoice.ask()))
        .isInstanceOfSatisfying(UnnamedPatientException.class,
            e -> assertThat(e.export().remembered()).contains(jane));

    StoredOpening second = records.importAndOpen(april, asking().withPatient(jane), IdentityChoice.ask());
    assertThat(second.patientKey()).isEqualTo(first.patientKey());
    assertThat(records.patients()).singleElement().satisfies(p -> {
      assertThat(p.patient().name()).isEqualTo("Jane Roe");
      assertThat(p.imports()).isEqualTo(2);
    });
    assertThat(second.opened().wholeDiary().entries()).hasSize(6);
  }

  @Test
  void anotherPatientGivenForTheSameFingerprintIsKeptApartAndRememberedFromThenOn() throws Exception {
    Patient jane = new Patient("", "Jane Roe", Optional.empty(), "");
    Patient omar = new Patient("P-77", "Omar Said", Optional.empty(), "");
    StoredOpening first = records.importAndOpen(daylio("a.csv", 3), asking().withPatient(jane), IdentityChoice.ask());
    StoredOpening second = records.importAndOpen(daylio("b.csv", 4), asking().withPatient(omar), IdentityChoice.ask());

    assertThat(second.patientKey()).isNotEqualTo(first.patientKey()).isEqualTo("id:P-77");
    assertThat(records.patients()).extracting(p -> p.patient().name()).containsExactlyInAnyOrder("Jane Roe", "Omar Said");
    assertThatThrownBy(() -> records.importAndOpen(daylio("c.csv", 5), asking(), IdentityChoice.ask()))
        .isInstanceOfSatisfying(UnnamedPatientException.class,
            e -> assertThat(e.export().remembered().map(Patient::name)).contains("Omar Said"));
  }

  @Test
  void anExportOfAnotherLayoutIsProposedNobody() throws Exception {
    records.importAndOpen(daylio("a.csv", 3), asking().withPatient(new Patient("", "Jane Roe", Optional.empty(), "")),
        IdentityChoice.ask());
    Path plain = dir.resolve("diary.csv");
    Files.writeString(plain, "date,severity,notes\n2026-04-01,4,\n2026-04-02,5,\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> records.importAndOpen(plain, asking(), IdentityChoice.ask()))
        .isInstanceOfSatisfying(UnnamedPatientException.class, e -> assertThat(e.export().remembered()).isEmpty());
  }

  @Test
  void withoutAnAnswerEachUnnamedExportIsAPatientOfItsOwnAsBefore() throws Exception {
    records.importAndOpen(daylio("a.csv", 3), asking().withoutAsking(), IdentityChoice.ask());
    records.importAndOpen(daylio("b.csv", 4));

    assertThat(records.patients()).hasSize(2).extracting(PatientListRow::patient)
        .allSatisfy(p -> assertThat(p.displayName()).isEqualTo("Unnamed patient"));
  }

  @Test
  void aDeletedPatientIsNoLongerProposed() throws Exception {
    StoredOpening first = records.importAndOpen(daylio("a.csv", 3),
        asking().withPatient(new Patient("", "Jane Roe", Optional.empty(), "")), IdentityChoice.ask());
    records.deletePatient(first.patientKey());

    assertThatThrownBy(() -> records.importAndOpen(daylio("b.csv", 4), asking(), IdentityChoice.ask()))
        .isInstanceOfSatisfying(UnnamedPatientException.class, e -> assertThat(e.export().remembered()).isEmpty());
  }

  @Test
  void aFileThatNamesItsPatientKeepsItsOwnAndTheReportSaysTheGivenOneWasNotUsed() throws Exception {
    Path named = dir.resolve("named.csv");
    Files.writeString(named, "# patient_id: P-1\n# name: Ann Lee\ndate,severity\n2026-04-01,4\n",
        StandardCharsets.UTF_8);
    OpenedDiary opened = service.open(named, asking().withPatient(new Patient("P-9", "Someone Else", Optional.empty(), "")));

    assertThat(opened.diary().patient().id()).isEqualTo("P-1");
    assertThat(opened.diary().patient().name()).isEqualTo("Ann Lee");
    assertThat(opened.report().warnings()).anySatisfy(w -> assertThat(w).contains("patient id, name"));
  }

  @Test
  void theFingerprintIsTheFormatTheHeaderAndIdentifyingLinesNotTheContentNorTheExportDate() throws Exception {
    Path march = daylio("m.csv", 3);
    Path april = daylio("a.csv", 4);
    String a = fingerprint(march);
    assertThat(a).startsWith("daylio:").isEqualTo(fingerprint(april));

    Path exported1 = dir.resolve("e1.csv");
    Path exported2 = dir.resolve("e2.csv");
    Path otherSource = dir.resolve("e3.csv");
    Files.writeString(exported1, "# exported_at: 2026-03-31\n# source: Anna's phone\ndate,severity\n2026-03-01,4\n");
    Files.writeString(exported2, "# exported_at: 2026-04-30\n# source: Anna's phone\ndate,severity\n2026-04-01,6\n");
    Files.writeString(otherSource, "# exported_at: 2026-04-30\n# source: Ben's phone\ndate,severity\n2026-04-01,6\n");
    assertThat(fingerprint(exported1)).isEqualTo(fingerprint(exported2)).isNotEqualTo(fingerprint(otherSource))
        .isNotEqualTo(a);

    ImportResult read = new org.rlsviewer.importer.DiaryImporter(CLOCK).importFile(march,
        org.rlsviewer.importer.ImportOptions.defaults());
    byte[] bytes = Files.readAllBytes(march);
    assertThat(ExportFingerprint.of(read, bytes, Optional.of("user-a")))
        .isNotEqualTo(ExportFingerprint.of(read, bytes, Optional.of("user-b"))).isNotEqualTo(a);
  }

  private String fingerprint(Path file) throws Exception {
    ImportResult read = new org.rlsviewer.importer.DiaryImporter(CLOCK).importFile(file,
        org.rlsviewer.importer.ImportOptions.defaults());
    return ExportFingerprint.of(read, Files.readAllBytes(file));
  }

  @Test
  void theHistoryRecordsTheReviewerWithTheComputerAccountBeside() throws Exception {
    PatientRecords signed = records.withReviewer(() -> "Dr Ana Ruiz");
    StoredOpening opened = signed.importAndOpen(daylio("a.csv", 3),
        asking().withPatient(new Patient("P-5", "", Optional.empty(), "")), IdentityChoice.ask());

    assertThat(signed.history(opened.patientKey())).extracting(AuditEvent::actor)
        .isNotEmpty().containsOnly("Dr Ana Ruiz (alice)");
    assertThat(PatientRecords.actor("", "alice")).isEqualTo("alice");
    assertThat(PatientRecords.actor("alice", "alice")).isEqualTo("alice");
  }
}
