package org.rlsviewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rlsviewer.store.Diaries.FIRST;
import static org.rlsviewer.store.Diaries.KEY;
import static org.rlsviewer.store.Diaries.PATIENT;
import static org.rlsviewer.store.Diaries.diary;
import static org.rlsviewer.store.Diaries.fullNight;
import static org.rlsviewer.store.Diaries.night;
import static org.rlsviewer.store.Diaries.request;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.rlsviewer.domain.Bookmark;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.IrlsScore;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitNotes;

/** The store on every configured database: SQLite always, PostgreSQL when .ci/run provides one. */
class PatientStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC);

  private static PatientStore store(TestDatabase db) {
    return PatientStore.open(db.settings(), CLOCK);
  }

  private static ImportOutcome importNights(PatientStore store, String file, List<DiaryEntry> nights)
      throws StoreException {
    return store.recordImport(request(KEY, diary(file, nights)), Diaries::numbnessFlags);
  }

  @EachDatabase
  void migratesAnEmptyDatabaseToTheLatestSchemaOnFirstUse(TestDatabase db) throws Exception {
    PatientStore store = store(db);
    if (db.isEmbedded()) {
      assertThat(db.settings().file().orElseThrow()).doesNotExist();
    }

    assertThat(store.patients()).isEmpty();

    assertThat(store.schemaVersion()).isEqualTo("6");
    try (Connection c = db.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = "
            + (db.isEmbedded() ? "1" : "true"))) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(7);
    }
    // A second store on the same database finds it migrated and changes nothing.
    assertThat(store(db).schemaVersion()).isEqualTo("6");
  }

  @EachDatabase
  void upgradesADatabaseOfAnEarlierVersionKeepingItsRows(TestDatabase db) throws Exception {
    db.migrateTo("1");
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO audit_event (occurred_at, actor, action, detail)"
          + " VALUES ('2026-01-01T00:00:00Z', 'old', 'OPEN', 'before the upgrade')");
      // Version 1 had no append-only triggers yet.
      st.executeUpdate("UPDATE audit_event SET detail = 'written at version 1'");
    }
    assertThat(Migrations.currentVersion(db.settings())).isEqualTo("1");

    PatientStore store = store(db);

    assertThat(store.schemaVersion()).isEqualTo("6");
    assertThat(store.auditTrail()).extracting(AuditEvent::detail).containsExactly("written at version 1");
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_event SET detail = 'x'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
  }

  @EachDatabase
  void keepsEverythingOfAnImportExactly(TestDatabase db) throws Exception {
    PatientStore store = store(db);
    List<DiaryEntry> nights = List.of(fullNight(5, FIRST), night(6, FIRST.plusDays(1), 3, "quiet night"));
    ImportResult imported = diary(PATIENT, "diary.csv", nights,
        List.of(new RejectedRow(7, "date is not a date", "yesterday,5,\"odd\ttext\"")),
        List.of("column 'mood' kept as extra"));
    ImportRequest request = request(KEY, imported);

    ImportOutcome outcome = store.recordImport(request, Diaries::numbnessFlags);

    assertThat(outcome.duplicate()).isFalse();
    assertThat(outcome.nightsAdded()).isEqualTo(2);
    assertThat(outcome.flagsRaised()).isEqualTo(1);
    StoredPatient kept = store.patient(KEY).orElseThrow();
    assertThat(kept.merged()).isEqualTo(imported);
    assertThat(kept.currentFlags()).isEqualTo(Diaries.numbnessFlags(imported.diary()));
    StoredImport info = kept.imports().get(0);
    assertThat(info.fileName()).isEqualTo("diary.csv");
    assertThat(info.fileSize()).isEqualTo(request.bytes().length);
    assertThat(info.sha256()).isEqualTo(TextCodec.sha256(request.bytes())).hasSize(64);
    assertThat(info.format()).isEqualTo("daylio");
    assertThat(imported.report().merged()).isNotEmpty();
    assertThat(info.importedAt()).isEqualTo(CLOCK.instant());
    assertThat(info.importedBy()).isEqualTo("clinician1");
    assertThat(List.of(info.dataRows(), info.importedRows(), info.rejectedRows())).containsExactly(3, 2, 1);
    assertThat(store.originalFile(info.id())).isEqualTo(request.bytes());
    assertThat(store.importReport(info.id())).isEqualTo(imported.report());
    assertThat(store.findImport(request.bytes())).contains(info);
  }

  @EachDatabase
  void keepsDecisionsNotesAndTheAuditTrail(TestDatabase db) throws Exception {
    PatientStore store = store(db);
    importNights(store, "a.csv", List.of(night(2, FIRST, 4, "numb feet")));
    Flag flag = store.patient(KEY).orElseThrow().currentFlags().get(0);
    ReviewDecision first = new ReviewDecision(flag.key(), ReviewStatus.ACKNOWLEDGED, "", "seen", "Dr A",
        Instant.parse("2026-04-01T10:00:00Z"));
    ReviewDecision second = new ReviewDecision(flag.key(), ReviewStatus.DISMISSED, "known neuropathy",
        "", "Dr B", Instant.parse("2026-04-02T10:00:00Z"));

    store.recordDecision(KEY, first, "alice", OptionalLong.empty());
    store.recordDecision(KEY, second, "bob", OptionalLong.empty());
    VisitNotes notes = new VisitNotes("Ferritin next visit.\nLine two", List.of("ferritin", "b12"));
    store.saveNotes(KEY, notes, "bob", OptionalLong.empty());

    Review review = store.reviewOf(KEY);
    assertThat(review.decisionFor(flag)).contains(second);
    assertThat(review.notes()).isEqualTo(notes);
    assertThat(store.decisionHistory(KEY)).containsExactly(first, second);
    assertThat(store.reviewVersion(KEY)).isEqualTo(3);
    assertThat(store.auditTrail(KEY)).extracting(AuditEvent::action, AuditEvent::actor).containsExactly(
        org.assertj.core.groups.Tuple.tuple(AuditAction.IMPORT, "clinician1"),
        org.assertj.core.groups.Tuple.tuple(AuditAction.REVIEW_CHANGE, "alice"),
        org.assertj.core.groups.Tuple.tuple(AuditAction.REVIEW_CHANGE, "bob"),
        org.assertj.core.groups.Tuple.tuple(AuditAction.NOTES_CHANGE, "bob"));
    assertThat(store.reviewOf("id:nobody")).isEqualTo(Review.empty());
  }

  @EachDatabase
  void keepsBookmarksAndTheCliniciansIrlsTotalsWithTheNotesUnderOneReviewVersion(TestDatabase db) throws Exception {
    PatientStore store = store(db);
    importNights(store, "a.csv", List.of(night(2, FIRST, 4, "numb feet"), night(3, FIRST.plusDays(1), 2, "ok")));
    VisitNotes notes = new VisitNotes("see bookmarks", List.of("ferritin"),
        List.of(new Bookmark(FIRST.plusDays(1), "after the long drive"), new Bookmark(FIRST, "")),
        List.of(IrlsScore.of(FIRST.plusDays(1), 23, IrlsScore.Source.CLINICIAN),
            IrlsScore.of(FIRST, 31, IrlsScore.Source.CLINICIAN)));

    long version = store.saveNotes(KEY, notes, "alice", OptionalLong.empty());

    VisitNotes kept = store.reviewOf(KEY).notes();
    assertThat(kept).isEqualTo(notes);
    assertThat(kept.bookmarks()).extracting(Bookmark::night).containsExactly(FIRST, FIRST.plusDays(1));
    assertThat(kept.irlsTotals()).extracting(IrlsScore::total, IrlsScore::band).containsExactly(
        org.assertj.core.groups.Tuple.tuple(31, org.rlsviewer.domain.IrlsBand.VERY_SEVERE),
        org.assertj.core.groups.Tuple.tuple(23, org.rlsviewer.domain.IrlsBand.SEVERE));
    // Removing a bookmark is a new save of the notes; a colleague's stale save is refused.
    store.saveNotes(KEY, notes.withBookmarks(List.of()), "alice", OptionalLong.of(version));
    assertThat(store.reviewOf(KEY).notes().bookmarks()).isEmpty();
    assertThat(store.reviewOf(KEY).notes().irlsTotals()).hasSize(2);
    assertThatThrownBy(() -> store.saveNotes(KEY, notes, "bob", OptionalLong.of(version)))
        .isInstanceOf(ReviewConflictException.class);
    assertThat(store.auditTrail(KEY).get(store.auditTrail(KEY).size() - 1).detail())
        .contains("0 bookmarks", "2 IRLS totals").doesNotContain("long drive");
  }

  @EachDatabase
  void recordsVisitsAndTheNightsEachImportBrought(TestDatabase db) throws Exception {
    PatientStore store = store(db);
    importNights(store, "week1.csv", List.of(night(2, FIRST, 4, "a"), night(3, FIRST.plusDays(6), 5, "b")));
    // The later export repeats night 7 unchanged, changes nothing before it, and adds nights 8 and 9.
    importNights(store, "week2.csv", List.of(night(2, FIRST.plusDays(6), 5, "b"),
        night(3, FIRST.plusDays(7), 1, "c"), night(4, FIRST.plusDays(8), 2, "d")));
    List<StoredImport> imports = store.imports(KEY);

    assertThat(store.importedNights(KEY)).containsExactly(
        new ImportedNights(imports.get(0).id(), FIRST, FIRST.plusDays(6)),
        new ImportedNights(imports.get(1).id(), FIRST.plusDays(7), FIRST.plusDays(8)));
    assertThat(store.visits(KEY)).isEmpty();

    store.recordVisit(KEY, AuditAction.PRINT, FIRST, FIRST.plusDays(8), "alice", "visit summary printed");

    assertThat(store.visits(KEY)).containsExactly(
        new StoredVisit(CLOCK.instant(), FIRST, FIRST.plusDays(8), AuditAction.PRINT, "alice"));
    AuditEvent last = store.auditTrail(KEY).get(store.auditTrail(KEY).size() - 1);
    assertThat(last.action()).isEqualTo(AuditAction.PRINT);
    assertThatThrownBy(() -> store.recordVisit(KEY, AuditAction.OPEN, FIRST, FIRST, "alice", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @EachDatabase
  void aLaterExportAddsNewNightsAndKeepsTheEarlierVersionOfChangedOnes(TestDatabase db) throws Exception {
    PatientStore store = store(db);
    DiaryEntry one = night(2, FIRST, 4, "restless");
    DiaryEntry two = night(3, FIRST.plusDays(1), 5, "bad night");
    DiaryEntry threeOld = night(4, FIRST.plusDays(2), 6, "woke twice");
    importNights(store, "week1.csv", List.of(one, two, threeOld));

    // The later export starts a night later, so every row sits on another line.
    DiaryEntry twoMoved = night(2, FIRST.plusDays(1), 5, "bad night");
    DiaryEntry threeNew = night(3, FIRST.plusDays(2), 7, "woke twice, legs ached");
    DiaryEntry four = night(4, FIRST.plusDays(3), 2, "better");
    ImportOutcome outcome = importNights(store, "week2.csv", List.of(twoMoved, threeNew, four));

    assertThat(List.of(outcome.nightsAdded(), outcome.nightsChanged(), outcome.nightsUnchanged()))
        .containsExactly(1, 1, 1);
    assertThat(store.patient(KEY).orElseThrow().merged().diary().entries())
        .containsExactly(one, two, threeNew, four);
    List<NightVersion> history = store.nightHistory(KEY, FIRST.plusDays(2));
    assertThat(history).extracting(NightVersion::entry).containsExactly(threeOld, threeNew);
    assertThat(history).extracting(NightVersion::current).containsExactly(false, true);
    assertThat(history.get(0).importId()).isNotEqualTo(history.get(1).importId());
    assertThat(store.nightHistory(KEY, FIRST.plusDays(1))).hasSize(1);
    assertThat(store.imports(KEY)).extracting(StoredImport::fileName).containsExactly("week1.csv", "week2.csv");
    assertThat(store.patients()).singleElement().satisfies(p -> {
      assertThat(p.lastNight()).contains(FIRST.plusDays(3));
      assertThat(p.imports()).isEqualTo(2);
    });
  }

  @EachDatabase
  void importingTheSameFileTwiceChangesNothing(TestDatabase db) throws Exception {
    PatientStore store = store(db);
    ImportRequest request = request(KEY, diary("a.csv", List.of(night(2, FIRST, 4, "numb"))));
    ImportOutcome first = store.recordImport(request, Diaries::numbnessFlags);
    Optional<StoredPatient> before = store.patient(KEY);
    int auditBefore = store.auditTrail().size();

    ImportOutcome again = store.recordImport(request, d -> {
      throw new AssertionError("a duplicate file is not analysed again");
    });

    assertThat(again.duplicate()).isTrue();
    assertThat(again.importId()).isEqualTo(first.importId());
    assertThat(store.patient(KEY)).isEqualTo(before);
    assertThat(store.auditTrail()).hasSize(auditBefore);
    assertThat(count(db, "SELECT COUNT(*) FROM diary_import")).isEqualTo(1);
    assertThat(count(db, "SELECT COUNT(*) FROM night_entry")).isEqualTo(1);
  }

  @EachDatabase
  void decisionsStayWithAFlagWhoseEvidenceIsUnchanged(TestDatabase db) throws Exception {
    PatientStore store = store(db);
    importNights(store, "a.csv", List.of(night(2, FIRST, 4, "numb toes"), night(3, FIRST.plusDays(1), 4, "numb heel")));
    List<Flag> flags = store.patient(KEY).orElseThrow().currentFlags();
    for (Flag f : flags) {
      store.recordDecision(KEY, new ReviewDecision(f.key(), ReviewStatus.ACKNOWLEDGED, "", "", "Dr A",
          CLOCK.instant()), "alice", OptionalLong.empty());
    }
    assertThat(store.patients().get(0).openFlags()).isZero();

    // Night 1 unchanged; night 2 now says "numbness" (other evidence); night 3 is new, no flag.
    ImportOutcome outcome = importNights(store, "b.csv", List.of(night(2, FIRST, 4, "numb toes"),
        night(3, FIRST.plusDays(1), 4, "numbness in the heel"), night(4, FIRST.plusDays(2), 1, "fine")));

    assertThat(outcome.flagsRaised()).isEqualTo(1);
    assertThat(outcome.flagsRetired()).isEqualTo(1);
    StoredPatient kept = store.patient(KEY).orElseThrow();
    Review review = store.reviewOf(KEY);
    Flag unchanged = kept.currentFlags().stream().filter(f -> f.evidence().date().equals(FIRST)).findFirst().orElseThrow();
    Flag renewed = kept.currentFlags().stream().filter(f -> f.evidence().date().equals(FIRST.plusDays(1))).findFirst()
        .orElseThrow();
    assertThat(unchanged).isEqualTo(flags.get(0));
    assertThat(review.statusOf(unchanged)).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    assertThat(renewed.evidence().matched()).isEqualTo("numbness");
    assertThat(review.statusOf(renewed)).isEqualTo(ReviewStatus.OPEN);
    assertThat(store.patients().get(0).openFlags()).isEqualTo(1);
  }

  @EachDatabase
  void theAuditTrailCannotBeChangedOrShortened(TestDatabase db) throws Exception {
    PatientStore store = store(db);
    importNights(store, "a.csv", List.of(night(2, FIRST, 4, "numb")));
    store.audit(KEY, AuditAction.OPEN, "alice", "opened");
    store.audit(KEY, AuditAction.PDF_EXPORT, "alice", "visit summary");
    store.audit(KEY, AuditAction.PRINT, "alice", "visit summary");
    store.audit("", AuditAction.OPEN, "alice", "patient list");
    store.recordDecision(KEY, new ReviewDecision("k", ReviewStatus.ACKNOWLEDGED, "", "", "Dr A", CLOCK.instant()),
        "alice", OptionalLong.empty());
    List<AuditEvent> before = store.auditTrail();

    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_event SET actor = 'mallory'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_event"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("UPDATE review_decision SET status = 'OPEN'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    store.deletePatient(KEY, "alice");
    List<AuditEvent> after = store.auditTrail();
    assertThat(after).startsWith(before.toArray(AuditEvent[]::new)).hasSize(before.size() + 1);
    assertThat(before).extracting(AuditEvent::action).containsExactly(AuditAction.IMPORT, AuditAction.OPEN,
        AuditAction.PDF_EXPORT, AuditAction.PRINT, AuditAction.OPEN, AuditAction.REVIEW_CHANGE);
    assertThat(before.get(4).patientRef()).isEmpty();
  }

  @EachDatabase
  void deletingAPatientRemovesAllTheirRowsAndSaysSoInTheAuditTrail(TestDatabase db) throws Exception {
    PatientStore store = store(db);
    importNights(store, "a.csv", List.of(night(2, FIRST, 4, "numb"), night(3, FIRST.plusDays(1), 2, "ok")));
    importNights(store, "b.csv", List.of(night(2, FIRST, 5, "numb")));
    Flag flag = store.patient(KEY).orElseThrow().currentFlags().get(0);
    store.recordDecision(KEY, new ReviewDecision(flag.key(), ReviewStatus.ACKNOWLEDGED, "", "", "Dr A",
        CLOCK.instant()), "alice", OptionalLong.empty());
    store.saveNotes(KEY, new VisitNotes("n", List.of("ferritin"), List.of(new Bookmark(FIRST, "look")),
        List.of(IrlsScore.of(FIRST, 12, IrlsScore.Source.CLINICIAN))), "alice", OptionalLong.empty());
    store.recordVisit(KEY, AuditAction.PDF_EXPORT, FIRST, FIRST.plusDays(1), "alice", "visit summary exported as PDF");
    Patient other = new Patient("P-7", "Other", Optional.empty(), "");
    store.recordImport(request("id:P-7", diary(other, "c.csv", List.of(night(2, FIRST, 1, "x")), List.of(),
        List.of())), Diaries::numbnessFlags);
    long ref = store.auditTrail(KEY).get(0).patientRef().orElseThrow();

    Optional<DeletedPatient> deleted = store.deletePatient(KEY, "alice");

    assertThat(deleted).contains(new DeletedPatient(ref, 2, 3, 1));
    assertThat(store.patient(KEY)).isEmpty();
    assertThat(store.patients()).extracting(PatientListRow::patientKey).containsExactly("id:P-7");
    for (String table : List.of("diary_import", "night_entry", "flag", "review_decision", "visit_notes",
        "ticked_test", "bookmark", "irls_total", "visit", "lab_result")) {
      assertThat(count(db, "SELECT COUNT(*) FROM " + table + " WHERE patient_id = " + ref)).as(table).isZero();
    }
    assertThat(count(db, "SELECT COUNT(*) FROM import_rejected_row r WHERE NOT EXISTS"
        + " (SELECT 1 FROM diary_import i WHERE i.id = r.import_id)")).isZero();
    AuditEvent last = store.auditTrail().get(store.auditTrail().size() - 1);
    assertThat(last.action()).isEqualTo(AuditAction.DELETE);
    assertThat(last.actor()).isEqualTo("alice");
    assertThat(last.patientRef()).hasValue(ref);
    assertThat(last.detail()).contains("2 imports", "3 night versions", "1 decision")
        .doesNotContain("P-0042", "Jana");
    assertThat(store.deletePatient(KEY, "alice")).isEmpty();
  }

  @EachDatabase
  void theSecondOfTwoClinciansSavingTheSameVersionIsToldWhatChanged(TestDatabase db) throws Exception {
    PatientStore clinicianA = store(db);
    PatientStore clinicianB = store(db);
    importNights(clinicianA, "a.csv", List.of(night(2, FIRST, 4, "numb")));
    String key = clinicianA.patient(KEY).orElseThrow().currentFlags().get(0).key();
    long versionA = clinicianA.patient(KEY).orElseThrow().reviewVersion();
    long versionB = clinicianB.patient(KEY).orElseThrow().reviewVersion();
    ReviewDecision byA = new ReviewDecision(key, ReviewStatus.ACKNOWLEDGED, "", "", "Dr A", CLOCK.instant());
    ReviewDecision byB = new ReviewDecision(key, ReviewStatus.DISMISSED, "artefact", "", "Dr B", CLOCK.instant());

    long saved = clinicianA.recordDecision(KEY, byA, "alice", OptionalLong.of(versionA));

    assertThatThrownBy(() -> clinicianB.recordDecision(KEY, byB, "bob", OptionalLong.of(versionB)))
        .isInstanceOfSatisfying(ReviewConflictException.class, e -> {
          assertThat(e.decisionsSince()).containsExactly(byA);
          assertThat(e.notesChanged()).isFalse();
          assertThat(e.currentVersion()).isEqualTo(saved);
        });
    assertThat(clinicianB.decisionHistory(KEY)).containsExactly(byA);
    // After reloading, B's save goes through.
    clinicianB.recordDecision(KEY, byB, "bob", OptionalLong.of(clinicianB.reviewVersion(KEY)));
    assertThat(clinicianA.reviewOf(KEY).decisions().get(key)).isEqualTo(byB);
    assertThatThrownBy(() -> clinicianA.saveNotes(KEY, VisitNotes.empty(), "alice", OptionalLong.of(saved)))
        .isInstanceOf(ReviewConflictException.class);
  }

  @EachDatabase
  void twoConnectionsWritingAtOnceLoseNothing(TestDatabase db) throws Exception {
    PatientStore first = store(db);
    PatientStore second = store(db);
    importNights(first, "a.csv", List.of(night(2, FIRST, 4, "numb")));
    second.prepare();
    int each = 25;
    Thread[] writers = new Thread[2];
    Throwable[] failures = new Throwable[2];
    PatientStore[] stores = {first, second};
    for (int w = 0; w < 2; w++) {
      int writer = w;
      writers[w] = new Thread(() -> {
        try {
          for (int i = 0; i < each; i++) {
            stores[writer].recordDecision(KEY, new ReviewDecision("flag-" + writer + "-" + i,
                ReviewStatus.ACKNOWLEDGED, "", "", "Dr " + writer, CLOCK.instant()), "user" + writer,
                OptionalLong.empty());
            stores[writer].audit(KEY, AuditAction.OPEN, "user" + writer, "open " + i);
          }
        } catch (Throwable t) {
          failures[writer] = t;
        }
      });
      writers[w].start();
    }
    for (Thread t : writers) {
      t.join();
    }

    assertThat(failures).containsOnlyNulls();
    assertThat(first.decisionHistory(KEY)).hasSize(2 * each);
    assertThat(second.reviewVersion(KEY)).isEqualTo(2L * each);
    assertThat(first.auditTrail(KEY)).hasSize(1 + 4 * each);
    assertThat(count(db, "SELECT COUNT(DISTINCT review_version) FROM review_decision")).isEqualTo(2 * each);
  }

  @EachDatabase
  void twoImportsOfOnePatientAtOnceBothLandWholeAndInTurn(TestDatabase db) throws Exception {
    PatientStore first = store(db);
    PatientStore second = store(db);
    first.prepare();
    second.prepare();
    List<DiaryEntry> a = new java.util.ArrayList<>();
    List<DiaryEntry> b = new java.util.ArrayList<>();
    for (int n = 0; n < 200; n++) {
      a.add(night(n + 2, FIRST.plusDays(n), 3, "a " + n));
      b.add(night(n + 2, FIRST.plusDays(n), 5, "b " + n));
    }
    ImportOutcome[] outcomes = new ImportOutcome[2];
    Throwable[] failures = new Throwable[2];
    Thread ta = new Thread(() -> {
      try {
        outcomes[0] = importNights(first, "a.csv", a);
      } catch (Throwable t) {
        failures[0] = t;
      }
    });
    Thread tb = new Thread(() -> {
      try {
        outcomes[1] = importNights(second, "b.csv", b);
      } catch (Throwable t) {
        failures[1] = t;
      }
    });
    ta.start();
    tb.start();
    ta.join();
    tb.join();

    assertThat(failures).containsOnlyNulls();
    // Both create the same new patient at once: the first adds every night; the second waits for
    // it, then finds those nights in place and changes every one of them.
    assertThat(outcomes).extracting(ImportOutcome::nightsAdded, ImportOutcome::nightsChanged)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(200, 0),
            org.assertj.core.groups.Tuple.tuple(0, 200));
    assertThat(first.patients()).hasSize(1);
    List<DiaryEntry> current = first.patient(KEY).orElseThrow().merged().diary().entries();
    assertThat(current).hasSize(200).satisfiesAnyOf(
        nights -> assertThat(nights).isEqualTo(a), nights -> assertThat(nights).isEqualTo(b));
    assertThat(first.nightHistory(KEY, FIRST)).hasSize(2);
  }

  private static int count(TestDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
