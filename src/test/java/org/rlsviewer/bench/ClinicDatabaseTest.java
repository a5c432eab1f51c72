package org.rlsviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.PatientListRow;
import org.rlsviewer.store.PatientStore;
import org.rlsviewer.store.StoredPatient;

class ClinicDatabaseTest {

  @Test
  void templatesAverageOneHundredNights() {
    assertThat(IntStream.range(0, 100).map(t -> ClinicDatabase.nightsOf(t, 100)).sum()).isEqualTo(10_000);
    assertThat(IntStream.range(0, 100).map(t -> ClinicDatabase.nightsOf(t, 100)).min().orElseThrow()).isEqualTo(50);
    assertThat(IntStream.range(0, 100).map(t -> ClinicDatabase.nightsOf(t, 100)).max().orElseThrow()).isEqualTo(150);
    assertThat(IntStream.range(0, 3).map(t -> ClinicDatabase.nightsOf(t, 3)).sum()).isEqualTo(300);
  }

  @Test
  void everyCopyIsKeptLikeItsTemplateUnderItsOwnName(@TempDir Path dir) throws Exception {
    DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("clinic.db"));
    ClinicDatabase.Made made = ClinicDatabase.build(settings, 6, 2, dir);
    PatientStore store = PatientStore.open(settings, ClinicDatabase.CLOCK);

    List<PatientListRow> rows = store.patients();
    assertThat(rows).hasSize(6);
    Map<String, PatientListRow> byKey = rows.stream()
        .collect(Collectors.toMap(PatientListRow::patientKey, Function.identity()));
    for (int p = 2; p < 6; p++) {
      PatientListRow copy = byKey.get(ClinicDatabase.key(p));
      PatientListRow template = byKey.get(ClinicDatabase.key(p % 2));
      assertThat(copy.patient().name()).isNotEqualTo(template.patient().name());
      assertThat(copy.openFlags()).isEqualTo(template.openFlags());
      assertThat(copy.mostUrgentOpen()).isEqualTo(template.mostUrgentOpen());
      assertThat(copy.lastNight()).isEqualTo(template.lastNight());
      assertThat(copy.imports()).isEqualTo(2);

      StoredPatient kept = store.patient(ClinicDatabase.key(p)).orElseThrow();
      StoredPatient original = store.patient(ClinicDatabase.key(p % 2)).orElseThrow();
      assertThat(kept.merged().diary().entries()).isEqualTo(original.merged().diary().entries());
      assertThat(kept.currentFlags()).isEqualTo(original.currentFlags());
      assertThat(store.reviewOf(ClinicDatabase.key(p)).decisions())
          .isEqualTo(store.reviewOf(ClinicDatabase.key(p % 2)).decisions());
      assertThat(store.reviewVersion(ClinicDatabase.key(p))).isEqualTo(store.reviewVersion(ClinicDatabase.key(p % 2)));
      assertThat(store.auditTrail(ClinicDatabase.key(p))).hasSameSizeAs(store.auditTrail(ClinicDatabase.key(p % 2)));
      assertThat(store.nightHistory(ClinicDatabase.key(p), original.merged().diary().entries().get(
          original.merged().diary().entries().size() - 1).date())).hasSize(2);
    }
    long templateNights = store.patient(ClinicDatabase.key(0)).orElseThrow().merged().diary().entries().size()
        + store.patient(ClinicDatabase.key(1)).orElseThrow().merged().diary().entries().size();
    assertThat(made.nights()).isEqualTo(3 * templateNights);
    assertThat(made.nightVersions()).isGreaterThan(made.nights());
    assertThat(made.decisions()).isPositive();
    assertThat(made.auditEntries()).isGreaterThanOrEqualTo(6 * 5);
  }
}
