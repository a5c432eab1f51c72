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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitNotes;
import org.rlsviewer.store.AuditAction;
import org.rlsviewer.store.AuditEvent;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.PatientStore;
import org.rlsviewer.store.PatientListRow;
import org.rlsviewer.store.ReviewConflictException;

/** Importing real sample diaries into the store, re-importing a later export, and reviewing. */
class PatientRecordsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC);
  private static final Path SAMPLE = Path.of("samples", "numbness-weakness.csv");

  @TempDir
  Path dir;

  private DiaryService diaries;
  private DatabaseSettings settings;

  @BeforeEach
  void setUp() {
    diaries = new DiaryService(CLOCK, "test");
    settings = DatabaseSettings.embedded(dir.resolve("db").resolve("rls.db"));
  }

  private PatientRecords records(String user) {
    return new PatientRecords(diaries, PatientStore.open(settings, CLOCK), user);
  }

  /** The sample as the patient's app would export it three nights later, with the first night edited. */
  private Path laterExport() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE, StandardCharsets.UTF_8));
    int firstNight = 0;
    while (!lines.get(firstNight).startsWith("20")) {
      firstNight++;
    }
    String edited = lines.get(firstNight).replaceFirst("^(\\d{4}-\\d{2}-\\d{2}),6,", "$1,7,");
    assertThat(edited).isNotEqualTo(lines.get(firstNight));
    lines.set(firstNight, edited);
    LocalDate last = LocalDate.parse(lines.get(lines.size() - 1).substring(0, 10));
    lines.add(last.plusDays(1) + ",3,,,,,,,,,,,,,,,,,,,,slept well");
    lines.add(last.plusDays(2) + ",4,,,,,,,,,,,,,,,,,,,,");
    lines.add(last.plusDays(3) + ",5,,,,,,,,,,,,,,,,,,,,my left foot went numb and stayed numb all night");
    Path later = dir.resolve("numbness-weakness-later.csv");
    Files.write(later, lines, StandardCharsets.UTF_8);
    return later;
  }

  @Test
  void aLaterExportMergesByNightAndEarlierDecisionsStay() throws Exception {
    PatientRecords records = records("alice");
    StoredOpening first = records.importAndOpen(SAMPLE);
    int nights = first.opened().diary().entries().size();
    List<Flag> flags = first.opened().findings().flags();
    assertThat(flags).isNotEmpty();
    assertThat(first.outcome().nightsAdded()).isEqualTo(nights);
    assertThat(first.patientKey()).isEqualTo(first.opened().patientKey());
    records.reviews().reviewOf(first.patientKey());
    for (Flag f : flags) {
      records.reviews().record(first.patientKey(),
          new ReviewDecision(f.key(), ReviewStatus.ACKNOWLEDGED, "", "reviewed", "Dr Alice", CLOCK.instant()));
    }
    assertThat(records.patients()).singleElement().extracting(PatientListRow::openFlags).isEqualTo(0);

    StoredOpening later = records.importAndOpen(laterExport());

    assertThat(later.patientKey()).isEqualTo(first.patientKey());
    assertThat(later.outcome().duplicate()).isFalse();
    assertThat(later.outcome().nightsAdded()).isEqualTo(3);
    assertThat(later.outcome().nightsChanged()).isEqualTo(1);
    assertThat(later.outcome().nightsUnchanged()).isEqualTo(nights - 1);
    assertThat(later.opened().diary().entries()).hasSize(nights + 3);
    Review review = records.reviews().reviewOf(later.patientKey());
    List<Flag> flagsNow = later.opened().findings().flags();
    assertThat(flagsNow).containsAll(flags);
    for (Flag f : flags) {
      assertThat(review.statusOf(f)).as(f.key()).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    }
    List<Flag> newFlags = flagsNow.stream().filter(f -> !flags.contains(f)).toList();
    assertThat(newFlags).isNotEmpty().allSatisfy(f -> assertThat(review.statusOf(f)).isEqualTo(ReviewStatus.OPEN));
    PatientListRow row = records.patients().get(0);
    assertThat(row.openFlags()).isEqualTo(newFlags.size());
    assertThat(row.lastNight()).isEqualTo(later.opened().diary().lastNight());
    assertThat(row.patient().id()).isEqualTo("RLS-4203");
    assertThat(records.nightHistory(later.patientKey(), first.opened().diary().firstNight().orElseThrow()))
        .hasSize(2);
    assertThat(records.originalFile(first.outcome().importId())).isEqualTo(Files.readAllBytes(SAMPLE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"diarrhoea-400mg.csv", "magnesium-no-change.csv", "magnesium-responder.csv",
      "minimal-columns.csv", "negations.csv", "numbness-weakness.csv", "one-sided-swelling.csv",
      "snoring-pauses.csv", "template.csv", "unicode-extra-columns.csv"})
  void everySampleComesBackFromTheStoreAsItWasRead(String sample) throws Exception {
    Path file = Path.of("samples", sample);
    OpenedDiary fromFile = diaries.open(file);
    StoredOpening stored = records("alice").importAndOpen(file);

    OpenedDiary reopened = records("bob").openPatient(stored.patientKey()).orElseThrow();

    assertThat(reopened.imported()).isEqualTo(fromFile.imported());
    assertThat(reopened.findings()).isEqualTo(fromFile.findings());
    assertThat(reopened.provenance().sha256()).isEqualTo(fromFile.provenance().sha256());
    assertThat(records("bob").patient(stored.patientKey()).orElseThrow().currentFlags())
        .containsExactlyInAnyOrderElementsOf(fromFile.findings().flags());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedAndNothingIsKept() throws Exception {
    PatientRecords records = records("alice");
    org.rlsviewer.importer.ImportOptions tiny = diaries.importDefaults().withMaxBytes(100);

    assertThatThrownBy(() -> records.importAndOpen(SAMPLE, tiny))
        .isInstanceOf(NotADiaryException.class).hasMessageContaining("larger than");
    assertThat(records.patients()).isEmpty();
  }

  @Test
  void theSameFileTwiceIsReportedAndChangesNothing() throws Exception {
    PatientRecords records = records("alice");
    StoredOpening first = records.importAndOpen(SAMPLE);

    StoredOpening again = records.importAndOpen(SAMPLE);

    assertThat(again.outcome().duplicate()).isTrue();
    assertThat(again.outcome().importId()).isEqualTo(first.outcome().importId());
    assertThat(records.imports(first.patientKey())).hasSize(1);
    assertThat(again.opened().diary()).isEqualTo(first.opened().diary());
    assertThat(records.history(first.patientKey())).extracting(AuditEvent::action)
        .containsExactly(AuditAction.IMPORT, AuditAction.OPEN, AuditAction.OPEN);
  }

  @Test
  void aKeptPatientReopensWithItsReviewAndEveryStepIsAudited() throws Exception {
    StoredOpening opened = records("alice").importAndOpen(SAMPLE);
    PatientRecords alice = records("alice");
    Flag flag = opened.opened().findings().flags().get(0);
    alice.reviews().reviewOf(opened.patientKey());
    alice.reviews().record(opened.patientKey(),
        new ReviewDecision(flag.key(), ReviewStatus.DISMISSED, "known diabetic neuropathy", "", "Dr Alice",
            CLOCK.instant()));
    alice.reviews().saveNotes(opened.patientKey(), new VisitNotes("Check feet.", List.of("hba1c")));

    // Another session, e.g. next week: the patient list, then the kept patient.
    PatientRecords nextWeek = records("alice");
    String key = nextWeek.patients().get(0).patientKey();
    OpenedDiary reopened = nextWeek.openPatient(key).orElseThrow();
    nextWeek.recordPdfExport(key, reopened.diary().firstNight().orElseThrow(), reopened.diary().lastNight().orElseThrow());
    nextWeek.recordPrint(key, null, null);

    assertThat(reopened.diary()).isEqualTo(opened.opened().diary());
    assertThat(reopened.findings().flags()).isEqualTo(opened.opened().findings().flags());
    Review review = nextWeek.reviews().reviewOf(key);
    assertThat(review.statusOf(flag)).isEqualTo(ReviewStatus.DISMISSED);
    assertThat(review.notes().tickedTests()).containsExactly("hba1c");
    assertThat(nextWeek.history(key)).extracting(AuditEvent::action).containsExactly(AuditAction.IMPORT,
        AuditAction.OPEN, AuditAction.REVIEW_CHANGE, AuditAction.NOTES_CHANGE, AuditAction.OPEN,
        AuditAction.PDF_EXPORT, AuditAction.PRINT);
    assertThat(nextWeek.history(key)).extracting(AuditEvent::actor).containsOnly("alice");

    assertThat(nextWeek.deletePatient(key)).isPresent();
    assertThat(nextWeek.patients()).isEmpty();
    assertThat(nextWeek.openPatient(key)).isEmpty();
    assertThat(nextWeek.reviews().reviewOf(key)).isEqualTo(Review.empty());
  }

  @Test
  void twoCliniciansReviewingAtOnceLoseNoUpdate() throws Exception {
    String key = records("setup").importAndOpen(SAMPLE).patientKey();
    PatientRecords alice = records("alice");
    PatientRecords bob = records("bob");
    Flag flag = alice.openPatient(key).orElseThrow().findings().flags().get(0);
    alice.reviews().reviewOf(key);
    bob.reviews().reviewOf(key);

    ReviewDecision byAlice = new ReviewDecision(flag.key(), ReviewStatus.ACKNOWLEDGED, "", "", "Dr Alice",
        CLOCK.instant());
    alice.reviews().record(key, byAlice);

    assertThatThrownBy(() -> bob.reviews().record(key, new ReviewDecision(flag.key(), ReviewStatus.DISMISSED,
        "artefact", "", "Dr Bob", CLOCK.instant())))
        .isInstanceOfSatisfying(ReviewConflictException.class,
            e -> assertThat(e.decisionsSince()).containsExactly(byAlice));
    assertThat(bob.reviews().reviewOf(key).decisionFor(flag)).contains(byAlice);
    bob.reviews().saveNotes(key, new VisitNotes("Agree with Alice.", List.of()));
    assertThat(alice.store().decisionHistory(key)).containsExactly(byAlice);
  }

  @Test
  void aDiaryNamingNoPatientIsKeptPerFileAndNeverMergedWithAnotherOfTheSameName() throws Exception {
    Path a = dir.resolve("a").resolve("export.csv");
    Path b = dir.resolve("b").resolve("export.csv");
    Files.createDirectories(a.getParent());
    Files.createDirectories(b.getParent());
    Files.writeString(a, "date,severity,notes\n2026-03-01,4,legs numb\n", StandardCharsets.UTF_8);
    Files.writeString(b, "date,severity,notes\n2026-03-01,7,fine\n2026-03-02,2,\n", StandardCharsets.UTF_8);
    PatientRecords records = records("alice");

    StoredOpening first = records.importAndOpen(a);
    StoredOpening second = records.importAndOpen(b);

    assertThat(first.patientKey()).isNotEqualTo(second.patientKey()).startsWith("file:export.csv#");
    assertThat(second.outcome().nightsAdded()).isEqualTo(2);
    assertThat(records.patients()).hasSize(2);
  }

  @Test
  void labResultsBesideADiaryAreKeptSoAReopenedPatientIsAnalysedWithThem() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("clinic"));
    Path diary = Files.copy(Path.of("samples", "diarrhoea-400mg.csv"), folder.resolve("diary.csv"));
    Files.writeString(folder.resolve("labs.csv"), "date,test,value,unit\n2025-01-02,egfr,25,mL/min\n");
    StoredOpening first = records("alice").importAndOpen(diary);
    assertThat(first.opened().findings().flags()).anyMatch(f -> f.ruleId().equals("magnesium-kidney"));

    // Next week, from the patient list: no labs file is read, the kept results are.
    OpenedDiary reopened = records("alice").openPatient(first.patientKey()).orElseThrow();

    assertThat(reopened.labs().labs()).containsExactly(
        new org.rlsviewer.domain.LabResult("egfr", 25, "mL/min", LocalDate.of(2025, 1, 2)));
    assertThat(reopened.labs().source()).isEqualTo(PatientRecords.KEPT_LABS);
    assertThat(reopened.findings().flags()).anyMatch(f -> f.ruleId().equals("magnesium-kidney"));

    // The same diary again with a further result beside it: nothing of the diary changes, the result is kept.
    Files.writeString(folder.resolve("labs.csv"), "date,test,value,unit\n2025-01-02,egfr,25,mL/min\n"
        + "2025-01-20,ferritin,40,ng/mL\n");
    StoredOpening again = records("alice").importAndOpen(diary);
    assertThat(again.outcome().duplicate()).isTrue();
    assertThat(records("alice").store().labs(first.patientKey())).extracting(org.rlsviewer.domain.LabResult::test)
        .containsExactly("egfr", "ferritin");
  }
}
