package org.rlsviewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.store.Diaries.FIRST;
import static org.rlsviewer.store.Diaries.KEY;
import static org.rlsviewer.store.Diaries.diary;
import static org.rlsviewer.store.Diaries.night;
import static org.rlsviewer.store.Diaries.request;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.rlsviewer.domain.Certainty;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;

/** A flag's certainty (definite or possible) is kept, and never moves its review decisions. */
class FlagCertaintyStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC);

  /** The stand-in rules of the store tests, every flag with the given certainty. */
  private static Function<Diary, List<Flag>> numbness(Certainty certainty) {
    return d -> Diaries.numbnessFlags(d).stream()
        .map(f -> new Flag(f.ruleId(), f.title(), f.urgency(), f.evidence(), f.rationale(), f.basis(),
            f.ruleSetVersion(), certainty))
        .toList();
  }

  private static ImportOutcome importNights(PatientStore store, String file, List<DiaryEntry> nights,
      Certainty certainty) throws StoreException {
    return store.recordImport(request(KEY, diary(file, nights)), numbness(certainty));
  }

  @EachDatabase
  void keepsAPossibleFlagAsPossible(TestDatabase db) throws Exception {
    PatientStore store = PatientStore.open(db.settings(), CLOCK);
    importNights(store, "a.csv", List.of(night(2, FIRST, 4, "maybe numb toes?"),
        night(3, FIRST.plusDays(1), 4, "numb feet")), Certainty.POSSIBLE);

    List<Flag> kept = store.patient(KEY).orElseThrow().currentFlags();

    assertThat(kept).hasSize(2).allMatch(Flag::possible);
    assertThat(kept).isEqualTo(numbness(Certainty.POSSIBLE).apply(store.patient(KEY).orElseThrow().merged().diary()));
    try (Connection c = db.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT certainty FROM flag")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("possible");
      assertThat(rs.next()).isFalse();
    }
  }

  @EachDatabase
  void aFlagWhoseCertaintyChangesKeepsItsKeyAndItsDecision(TestDatabase db) throws Exception {
    PatientStore store = PatientStore.open(db.settings(), CLOCK);
    importNights(store, "a.csv", List.of(night(2, FIRST, 4, "numb feet")), Certainty.POSSIBLE);
    Flag possible = store.patient(KEY).orElseThrow().currentFlags().get(0);
    ReviewDecision seen = new ReviewDecision(possible.key(), ReviewStatus.ACKNOWLEDGED, "", "looked at it",
        "Dr A", Instant.parse("2026-04-01T10:00:00Z"));
    store.recordDecision(KEY, seen, "alice", OptionalLong.empty());

    // The same night read again, now definite (say, by a newer reader): a new file, same words.
    ImportOutcome again = importNights(store, "b.csv", List.of(night(2, FIRST, 4, "numb feet"),
        night(3, FIRST.plusDays(1), 2, "fine")), Certainty.DEFINITE);

    Flag definite = store.patient(KEY).orElseThrow().currentFlags().get(0);
    assertThat(definite.possible()).isFalse();
    assertThat(definite.key()).isEqualTo(possible.key());
    assertThat(again.flagsRaised()).isZero();
    assertThat(again.flagsRetired()).isZero();
    assertThat(store.reviewOf(KEY).decisionFor(definite)).contains(seen);
    assertThat(store.patients().get(0).openFlags()).isZero();
  }

  @EachDatabase
  void flagsKeptBeforeVersion4ReadBackDefinite(TestDatabase db) throws Exception {
    db.migrateTo("3");
    PatientStore store = PatientStore.open(db.settings(), CLOCK);
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO patient (patient_key, external_id, name, sex, created_at)"
          + " VALUES ('" + KEY + "', 'P-0042', 'Old Patient', 'F', '2026-01-01T00:00:00Z')");
      st.executeUpdate("INSERT INTO diary_import (patient_id, file_name, file_size, sha256, file_format,"
          + " imported_at, imported_by, data_rows, imported_rows, rejected_rows, nights_added, nights_changed,"
          + " nights_unchanged, metadata, extra_columns, original_gzip)"
          + " SELECT id, 'old.csv', 1, 'abc', 'rls-diary', '2026-01-01T00:00:00Z', 'old', 0, 0, 0, 0, 0, 0,"
          + " '', '', " + (db.isEmbedded() ? "X''" : "'\\x'::bytea") + " FROM patient");
      st.executeUpdate("INSERT INTO flag (patient_id, import_id, flag_key, is_current, rule_id, rule_set_version,"
          + " title, urgency, night, evidence_field, matched, field_text, match_start, match_end, rationale, basis)"
          + " SELECT p.id, i.id, 'numbness|2026-03-01|notes|numb', " + (db.isEmbedded() ? "1" : "true")
          + ", 'numbness', 'rules-1', 'Numbness', 'SOON', '2026-03-01', 'notes', 'numb', 'numb feet', 0, 4,"
          + " 'Consider reviewing sensation', 'test basis' FROM patient p, diary_import i");
    }

    assertThat(store.schemaVersion()).isEqualTo("6");
    Flag old = store.patient(KEY).orElseThrow().currentFlags().get(0);
    assertThat(old.certainty()).isEqualTo(Certainty.DEFINITE);
    assertThat(old.key()).isEqualTo("numbness|2026-03-01|notes|numb");
  }
}
