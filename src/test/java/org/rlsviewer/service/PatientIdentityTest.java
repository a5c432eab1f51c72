package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rlsviewer.store.AuditAction;
import org.rlsviewer.store.AuditEvent;

/** Two files naming one patient id for two people are never merged without the user saying which. */
class PatientIdentityTest extends RecordsTestCase {

  private static final Path SAMPLE = Path.of("samples", "numbness-weakness.csv");

  /** The sample with another person's name and birth date under the same patient id, and one more night. */
  private Path otherPerson(String name, String birthDate) throws Exception {
    String text = Files.readString(SAMPLE, StandardCharsets.UTF_8)
        .replace("# name: Derek Hollis", "# name: " + name)
        .replace("# birth_date: 1960-11-30", "# birth_date: " + birthDate)
        + "2024-07-15,2,,,,,,,,,,,,,,,,,,,,\n";
    Path file = dir.resolve(name.replace(' ', '-') + ".csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void anotherNameUnderAKeptIdStopsTheImportAndIsAudited() throws Exception {
    records.importAndOpen(SAMPLE);
    int nights = records.patient("id:RLS-4203").orElseThrow().merged().diary().entries().size();

    Path other = otherPerson("Maria Lopez", "1975-02-03");
    assertThatThrownBy(() -> records.importAndOpen(other))
        .isInstanceOfSatisfying(PatientIdentityConflictException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(
              "the patient id in this file is kept for Derek Hollis, but the file names Maria Lopez with another"
                  + " birth date");
          assertThat(e.getMessage()).doesNotContain("1975").doesNotContain("1960").doesNotContain("RLS-4203");
          assertThat(e.conflict().kept().name()).isEqualTo("Derek Hollis");
          assertThat(e.conflict().inFile().name()).isEqualTo("Maria Lopez");
          assertThat(e.conflict().proposedNewId()).isEqualTo("RLS-4203-2");
        });

    var kept = records.patient("id:RLS-4203").orElseThrow();
    assertThat(kept.merged().diary().patient().name()).isEqualTo("Derek Hollis");
    assertThat(kept.merged().diary().entries()).hasSize(nights);
    assertThat(kept.imports()).hasSize(1);
    assertThat(records.history("id:RLS-4203")).extracting(AuditEvent::action).contains(AuditAction.IDENTITY_CONFLICT);
    assertThat(records.history("id:RLS-4203").stream().map(AuditEvent::detail))
        .noneMatch(d -> d.contains("Maria") || d.contains("Derek"));
  }

  @Test
  void onlyABirthDateThatDiffersIsAConflictAMissingDetailIsNot() throws Exception {
    records.importAndOpen(SAMPLE);
    assertThatThrownBy(() -> records.importAndOpen(otherPerson("Derek Hollis", "1961-11-30")))
        .isInstanceOf(PatientIdentityConflictException.class)
        .hasMessage("the patient id in this file is kept for Derek Hollis, but the file names Derek Hollis with"
            + " another birth date");
    String noName = Files.readString(SAMPLE).replace("# name: Derek Hollis\n", "").replace("2024-06-03,6,", "2024-06-03,7,");
    Path file = dir.resolve("no-name.csv");
    Files.writeString(file, noName);
    assertThat(records.importAndOpen(file).outcome().nightsChanged()).isEqualTo(1);
    assertThat(records.importAndOpen(otherPerson("  derek   HOLLIS ", "1960-11-30")).outcome().nightsAdded())
        .isEqualTo(1);
  }

  @Test
  void samePatientUpdatesTheDetailsAndMerges() throws Exception {
    records.importAndOpen(SAMPLE);
    Path married = otherPerson("Derek Hollis-Vance", "1960-11-30");
    StoredOpening opening = records.importAndOpen(married, service.importDefaults(),
        IdentityChoice.samePatient());
    assertThat(opening.patientKey()).isEqualTo("id:RLS-4203");
    assertThat(opening.outcome().nightsAdded()).isEqualTo(1);
    assertThat(records.patient("id:RLS-4203").orElseThrow().merged().diary().patient().name())
        .isEqualTo("Derek Hollis-Vance");
    assertThat(records.history("id:RLS-4203")).filteredOn(e -> e.action() == AuditAction.IDENTITY_CONFLICT)
        .singleElement().satisfies(e -> assertThat(e.detail()).startsWith("same patient confirmed"));
  }

  @Test
  void aDifferentPatientGetsTheProposedOrTheGivenNewIdAndTheFirstStaysAsItWas() throws Exception {
    records.importAndOpen(SAMPLE);
    Path other = otherPerson("Maria Lopez", "1975-02-03");
    StoredOpening opening = records.importAndOpen(other, service.importDefaults(),
        IdentityChoice.newPatient(""));
    assertThat(opening.patientKey()).isEqualTo("id:RLS-4203-2");
    assertThat(opening.opened().diary().patient().name()).isEqualTo("Maria Lopez");
    assertThat(records.patient("id:RLS-4203").orElseThrow().merged().diary().patient().name())
        .isEqualTo("Derek Hollis");

    // a third person under the same id: RLS-4203-2 is Maria's, so the next free one is proposed
    Path third = otherPerson("Tom Berg", "1980-01-01");
    assertThatThrownBy(() -> records.importAndOpen(third))
        .isInstanceOfSatisfying(PatientIdentityConflictException.class,
            e -> assertThat(e.conflict().proposedNewId()).isEqualTo("RLS-4203-3"));
    // a new id that is kept for someone else again is refused too
    assertThatThrownBy(() -> records.importAndOpen(third, service.importDefaults(),
        IdentityChoice.newPatient("RLS-4203-2"))).isInstanceOf(PatientIdentityConflictException.class);
    assertThat(records.importAndOpen(third, service.importDefaults(), IdentityChoice.newPatient("TB-1"))
        .patientKey()).isEqualTo("id:TB-1");
    assertThat(records.patients()).hasSize(3);
    assertThat(records.patient("id:TB-1").orElseThrow().merged().diary().patient().birthDate())
        .contains(LocalDate.of(1980, 1, 1));
  }

  @Test
  void choosingWithoutAConflictChangesNothing() throws Exception {
    StoredOpening opening = records.importAndOpen(SAMPLE, service.importDefaults(),
        IdentityChoice.newPatient(""));
    assertThat(opening.patientKey()).isEqualTo("id:RLS-4203");
    assertThat(records.patients()).hasSize(1);
    assertThat(records.patient("id:RLS-4203")).isNotEqualTo(Optional.empty());
  }
}
