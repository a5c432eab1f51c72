package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DeviceNight;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.Flag;

/**
 * Issue 19.3: a patient's diary plus a sleep tracker's export of the same weeks. The tracker's
 * nights are a second source beside the diary's, never written into them; one patient is kept.
 */
class DeviceDataTest extends RecordsTestCase {

  private static final Path DIR = Path.of("src", "test", "resources", "org", "rlsviewer", "service", "device");
  private static final Path DIARY = DIR.resolve("diary-march.csv");
  private static final Path SLEEP_AS_ANDROID = DIR.resolve("sleep-export.csv");
  private static final Path FITBIT = DIR.resolve("fitbit-export.csv");

  @Test
  void aTrackerAddedToAnOpenedDiaryStandsBesideItsNightsWithoutChangingThem() throws Exception {
    OpenedDiary diary = service.open(DIARY);
    OpenedDiary both = service.addDevice(diary, SLEEP_AS_ANDROID, service.openDefaults());

    assertThat(both.wholeDiary().entries()).isEqualTo(diary.wholeDiary().entries());
    assertThat(both.wholeDiary().patient()).isEqualTo(diary.wholeDiary().patient());
    assertThat(both.wholeDiary().deviceSources()).containsExactly("Sleep as Android");
    List<DeviceNight> nights = both.wholeDiary().deviceNights();
    assertThat(nights).hasSize(7).extracting(DeviceNight::date)
        .startsWith(LocalDate.of(2026, 3, 2)).endsWith(LocalDate.of(2026, 3, 8));
    DeviceNight third = nights.get(2);
    assertThat(third.format()).isEqualTo("sleep-as-android");
    assertThat(third.snoringMin()).isEqualTo(25);
    assertThat(third.sleepMin()).isEqualTo(354);
    assertThat(third.awakenings()).isEqualTo(1);
    assertThat(third.movement()).isEqualTo(2.05);
    assertThat(third.notes()).contains("gasping");
    // the diary's own sleep figures are the patient's: the tracker's hours do not move them
    assertThat(both.analysis().nights()).isEqualTo(diary.analysis().nights());
    assertThat(both.analysis().overall()).isEqualTo(diary.analysis().overall());
  }

  @Test
  void theTrackersCommentsAndSnoringFeedTheApneaRuleAsDeviceEvidence() throws Exception {
    OpenedDiary diary = service.open(DIARY);
    assertThat(diary.findings().flags()).noneMatch(f -> f.ruleId().equals("apnea"));

    OpenedDiary both = service.addDevice(diary, SLEEP_AS_ANDROID, service.openDefaults());

    List<Flag> apnea = both.findings().flags().stream().filter(f -> f.ruleId().equals("apnea")).toList();
    assertThat(apnea).extracting(f -> f.evidence().field()).contains(DiaryField.DEVICE_SNORING,
        DiaryField.DEVICE_NOTES);
    assertThat(apnea).allMatch(f -> f.evidence().field().isDevice());
    Flag snoring = apnea.stream().filter(f -> f.evidence().field() == DiaryField.DEVICE_SNORING)
        .filter(f -> f.evidence().date().equals(LocalDate.of(2026, 3, 4))).findFirst().orElseThrow();
    assertThat(snoring.evidence().matched()).isEqualTo("25 min (Sleep as Android)");
    assertThat(DiaryField.DEVICE_SNORING.column()).isEqualTo("device: snoring minutes");
    Flag gasping = apnea.stream().filter(f -> f.evidence().field() == DiaryField.DEVICE_NOTES).findFirst().orElseThrow();
    assertThat(gasping.evidence().date()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(gasping.evidence().fieldText()).contains("Woke up gasping");
    // a night the tracker measured no snoring on raises nothing
    assertThat(apnea).noneMatch(f -> f.evidence().date().equals(LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aTrackersCommentIsReadWithItsNegationAndBreathingMeasuresCountForApnea() throws Exception {
    org.rlsviewer.domain.Diary diary = service.open(DIARY).wholeDiary().withDeviceNights(List.of(
        night(LocalDate.of(2026, 3, 2), "no snoring tonight", null, null),
        night(LocalDate.of(2026, 3, 3), "", 4, null),
        night(LocalDate.of(2026, 3, 5), "", null, 7)));

    List<Flag> apnea = service.flagsOf(diary, List.of()).stream().filter(f -> f.ruleId().equals("apnea")).toList();

    assertThat(apnea).extracting(f -> f.evidence().date() + " " + f.evidence().field().column() + " "
        + f.evidence().matched()).containsExactlyInAnyOrder(
            "2026-03-03 device: breathing disturbances 4 (Oura)", "2026-03-05 device: SpO2 dips 7 (Oura)");
  }

  private static DeviceNight night(LocalDate date, String notes, Integer breathing, Integer spo2Dips) {
    return new DeviceNight(date, "Oura", "oura", null, null, null, 400, null, null, null, null, null, breathing,
        spo2Dips, notes);
  }

  @Test
  void inThePatientDatabaseTheTrackerIsKeptWithThePatientAndTheListHoldsOnePatient() throws Exception {
    StoredOpening diary = records.importAndOpen(DIARY);
    String key = diary.patientKey();

    StoredOpening both = records.addDevice(key, SLEEP_AS_ANDROID, service.openDefaults());
    records.addDevice(key, FITBIT, service.openDefaults());

    assertThat(records.patients()).hasSize(1);
    OpenedDiary reopened = records.openPatient(key).orElseThrow();
    assertThat(reopened.wholeDiary().entries()).isEqualTo(diary.opened().wholeDiary().entries());
    assertThat(reopened.wholeDiary().deviceSources()).containsExactly("Sleep as Android", "Fitbit");
    assertThat(reopened.wholeDiary().deviceNights()).hasSize(14);
    assertThat(reopened.wholeDiary().deviceNights()).isEqualTo(
        service.addDevice(service.addDevice(service.open(DIARY), SLEEP_AS_ANDROID, service.openDefaults()), FITBIT,
            service.openDefaults()).wholeDiary().deviceNights());
    // the diary's own import still names the patient's metadata and report
    assertThat(reopened.report().sourceName()).isEqualTo("diary-march.csv");
    assertThat(reopened.findings().flags()).anyMatch(f -> f.evidence().field() == DiaryField.DEVICE_SNORING);
    assertThat(both.opened().wholeDiary().deviceNights()).hasSize(7);
    assertThat(records.imports(key)).hasSize(3);
  }

  @Test
  void theSameTrackerFileAddedAgainChangesNothing() throws Exception {
    String key = records.importAndOpen(DIARY).patientKey();
    records.addDevice(key, SLEEP_AS_ANDROID, service.openDefaults());

    StoredOpening again = records.addDevice(key, SLEEP_AS_ANDROID, service.openDefaults());

    assertThat(again.outcome().duplicate()).isTrue();
    assertThat(records.patients()).hasSize(1);
    assertThat(records.openPatient(key).orElseThrow().wholeDiary().deviceNights()).hasSize(7);
  }

  @Test
  void aDiaryGivenAsDeviceDataIsRefusedAndNothingIsKept() throws Exception {
    String key = records.importAndOpen(DIARY).patientKey();
    Path other = Path.of("samples", "numbness-weakness.csv");

    assertThatThrownBy(() -> records.addDevice(key, other, service.openDefaults()))
        .isInstanceOf(NotATrackerException.class).hasMessageContaining("is not a sleep tracker's export");
    assertThatThrownBy(() -> service.addDevice(service.open(DIARY), other, service.openDefaults()))
        .isInstanceOf(NotATrackerException.class);
    assertThat(records.imports(key)).hasSize(1);
    assertThat(records.patients()).hasSize(1);
  }

  @Test
  void aTrackerOpenedAsAFileAndNamedAsThePatientWhoKeepsTheDiaryBecomesItsDeviceSource() throws Exception {
    String key = records.importAndOpen(DIARY).patientKey();
    OpenOptions named = OpenOptions.of(org.rlsviewer.importer.ImportOptions.defaults()).askingForUnnamed()
        .withPatient(new org.rlsviewer.domain.Patient("DEV-1", "Dana Example", java.util.Optional.empty(), ""));

    StoredOpening opened = records.importAndOpen(SLEEP_AS_ANDROID, named, IdentityChoice.ask());

    assertThat(opened.patientKey()).isEqualTo(key);
    assertThat(records.patients()).hasSize(1);
    OpenedDiary reopened = records.openPatient(key).orElseThrow();
    assertThat(reopened.wholeDiary().deviceSources()).containsExactly("Sleep as Android");
    assertThat(reopened.wholeDiary().entries()).isEqualTo(service.open(DIARY).wholeDiary().entries());
  }
}
