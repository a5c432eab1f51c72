package org.rlsviewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.store.Diaries.FIRST;
import static org.rlsviewer.store.Diaries.KEY;
import static org.rlsviewer.store.Diaries.diary;
import static org.rlsviewer.store.Diaries.night;
import static org.rlsviewer.store.Diaries.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The patient an unnamed export's fingerprint was named as: kept, replaced by a later answer, gone with the patient. */
class ExportFingerprintStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC);

  @EachDatabase
  void remembersTheLatestPatientPerFingerprintAndForgetsADeletedOne(TestDatabase db) throws Exception {
    PatientStore store = PatientStore.open(db.settings(), CLOCK);
    store.recordImport(request(KEY, diary("a.csv", List.of(night(2, FIRST, 4, "")))), d -> List.of());
    store.recordImport(request("id:P-2", diary("b.csv", List.of(night(2, FIRST.plusDays(1), 4, "")))),
        d -> List.of());

    assertThat(store.rememberedPatient("daylio:0123456789abcdef")).isEmpty();
    store.rememberFingerprint("daylio:0123456789abcdef", KEY);
    store.rememberFingerprint("bearable:0123456789abcdef", KEY);
    assertThat(store.rememberedPatient("daylio:0123456789abcdef")).contains(KEY);

    store.rememberFingerprint("daylio:0123456789abcdef", "id:P-2");
    assertThat(store.rememberedPatient("daylio:0123456789abcdef")).contains("id:P-2");

    store.rememberFingerprint("oura:0123456789abcdef", "id:not-kept");
    assertThat(store.rememberedPatient("oura:0123456789abcdef")).isEmpty();

    store.deletePatient(KEY, "alice");
    assertThat(store.rememberedPatient("bearable:0123456789abcdef")).isEmpty();
    assertThat(store.rememberedPatient("daylio:0123456789abcdef")).contains("id:P-2");
  }
}
