package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.ChangeDirection;
import org.rlsviewer.domain.FigureChange;
import org.rlsviewer.domain.FlagChange;
import org.rlsviewer.domain.LastVisit;
import org.rlsviewer.domain.VisitChanges;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.PatientStore;

/**
 * A patient's second visit: a later export of a sample is imported weeks after an earlier one,
 * and the opened diary says what changed since. The expected figures were worked out from the
 * sample files by hand (medians of the rows on each side of the earlier export's last night).
 */
class SinceLastVisitTest {

  private static final Path RESOURCES = Path.of("src", "test", "resources", "org", "rlsviewer", "service");

  @TempDir
  Path dir;

  private PatientRecords recordsOn(String instant) {
    Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    return new PatientRecords(new DiaryService(clock, "test"),
        PatientStore.open(DatabaseSettings.embedded(dir.resolve("rls.db")), clock), "clinician");
  }

  @Test
  void aLaterExportShowsTheChangesInFiguresSinceTheEarlierImport() throws Exception {
    recordsOn("2024-02-26T09:00:00Z").importAndOpen(RESOURCES.resolve("magnesium-responder-until-2024-02-25.csv"));

    StoredOpening later = recordsOn("2024-03-25T09:00:00Z").importAndOpen(Path.of("samples", "magnesium-responder.csv"));

    VisitChanges changes = later.opened().changes().orElseThrow();
    assertThat(changes.lastVisit()).isEqualTo(new LastVisit(LastVisit.Kind.IMPORT, LocalDate.of(2024, 2, 26),
        LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 25)));
    assertThat(changes.atLastVisit().nightsInPeriod()).isEqualTo(21);
    assertThat(changes.atLastVisit().nightsLogged()).isEqualTo(20);
    assertThat(changes.since().first()).contains(LocalDate.of(2024, 2, 26));
    assertThat(changes.since().last()).contains(LocalDate.of(2024, 3, 24));
    assertThat(changes.since().nightsInPeriod()).isEqualTo(28);
    assertThat(changes.since().nightsLogged()).isEqualTo(26);
    assertThat(changes.figures()).extracting(FigureChange::measure, FigureChange::atLastVisit, FigureChange::since,
        FigureChange::direction).containsExactly(
            tuple(FigureChange.Measure.NIGHTS_LOGGED, OptionalDouble.of(100.0 * 20 / 21), OptionalDouble.of(100.0 * 26 / 28),
                ChangeDirection.LOWER),
            tuple(FigureChange.Measure.SEVERITY, OptionalDouble.of(7), OptionalDouble.of(4), ChangeDirection.LOWER),
            tuple(FigureChange.Measure.AWAKENINGS, OptionalDouble.of(3), OptionalDouble.of(1), ChangeDirection.LOWER),
            tuple(FigureChange.Measure.LATENCY, OptionalDouble.of(55), OptionalDouble.of(35), ChangeDirection.LOWER));
    assertThat(changes.flags()).isEmpty();
  }

  @Test
  void thePdfStatesTheChangesFirstAfterPageOne() throws Exception {
    recordsOn("2024-06-21T09:00:00Z").importAndOpen(RESOURCES.resolve("numbness-weakness-until-2024-06-20.csv"));
    StoredOpening later = recordsOn("2024-07-15T09:00:00Z").importAndOpen(Path.of("samples", "numbness-weakness.csv"));
    Path pdf = dir.resolve("summary.pdf");

    new DiaryService(Clock.fixed(Instant.parse("2024-07-15T10:00:00Z"), ZoneOffset.UTC), "test")
        .writeSummary(later.opened(), pdf);

    String secondPage;
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
      text.setStartPage(2); // page one is the same for every patient (issue 17.6); the changes come next
      text.setEndPage(2);
      secondPage = text.getText(doc).replaceAll("\\s+", " ");
    }
    assertThat(secondPage).contains("Changes since the last visit",
        "Compared with the earlier import on 2024-06-21 (nights 2024-06-03 to 2024-06-20)",
        "since: nights 2024-06-21 to 2024-07-14",
        "Nights logged 17 of 18 (94%) 22 of 24 (92%) \u25BC lower by 2.8 points",
        "Median severity 5 of 10 5 of 10 = no change",
        "Leg weakness: new since the last visit (2 nights)",
        "still reported (2 nights before, 3 nights since, \u25B2 higher)");
  }

  @Test
  void aLaterExportShowsWhichFlagsAreNewAndWhichContinue() throws Exception {
    recordsOn("2024-06-21T09:00:00Z").importAndOpen(RESOURCES.resolve("numbness-weakness-until-2024-06-20.csv"));

    StoredOpening later = recordsOn("2024-07-15T09:00:00Z").importAndOpen(Path.of("samples", "numbness-weakness.csv"));

    VisitChanges changes = later.opened().changes().orElseThrow();
    assertThat(changes.lastVisit().lastNight()).isEqualTo(LocalDate.of(2024, 6, 20));
    assertThat(changes.flags()).extracting(FlagChange::ruleId, FlagChange::nightsAtLastVisit, FlagChange::nightsSince,
        FlagChange::status).containsExactly(
            tuple("weakness", 0, 2, FlagChange.Status.NEW),
            tuple("numbness", 2, 3, FlagChange.Status.CONTINUING));
    assertThat(changes.figures()).extracting(FigureChange::direction).containsExactly(ChangeDirection.LOWER,
        ChangeDirection.SAME, ChangeDirection.SAME, ChangeDirection.SAME);
    assertThat(changes.since().nightsLogged()).isEqualTo(22);
    // the range shown does not change what is compared
    OpenedDiary lastWeek = new DiaryService(Clock.systemUTC(), "test").restrict(later.opened(),
        org.rlsviewer.domain.DateRange.between(LocalDate.of(2024, 7, 8), LocalDate.of(2024, 7, 14)));
    assertThat(lastWeek.changes()).isEqualTo(later.opened().changes());
  }

  @Test
  void aVisitRecordedOnAnEarlierDayIsTheLastVisitAndTodaysIsTheVisitInProgress() throws Exception {
    Path sample = Path.of("samples", "numbness-weakness.csv");
    PatientRecords firstDay = recordsOn("2024-07-15T09:00:00Z");
    String key = firstDay.importAndOpen(sample).patientKey();
    firstDay.recordPdfExport(key, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 14));

    assertThat(firstDay.openPatient(key).orElseThrow().changes()).isEmpty();

    PatientRecords later = recordsOn("2024-08-12T09:00:00Z");
    VisitChanges changes = later.openPatient(key).orElseThrow().changes().orElseThrow();
    assertThat(changes.lastVisit()).isEqualTo(new LastVisit(LastVisit.Kind.VISIT, LocalDate.of(2024, 7, 15),
        LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 14)));
    assertThat(changes.atLastVisit().nightsLogged()).isEqualTo(13); // 4 July is missing
    assertThat(changes.anythingSince()).isFalse();
    assertThat(changes.since().label()).isEqualTo("no nights");
    assertThat(changes.flags()).extracting(FlagChange::ruleId, FlagChange::status).containsExactly(
        tuple("weakness", FlagChange.Status.NOT_SINCE), tuple("numbness", FlagChange.Status.NOT_SINCE));
  }
}
