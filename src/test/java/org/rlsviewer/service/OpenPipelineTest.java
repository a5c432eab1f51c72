package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.LifestyleFactor;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.PatientStore;

/**
 * The one open pipeline behaves the same with and without the patient database: the caffeine
 * hour the clinician chose (File > Preferences, handed to the library as the window does) shapes
 * the lifestyle figures and survives showing another range, and a cancelled opening keeps nothing.
 */
class OpenPipelineTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC);
  /** Last caffeine logged between 12:45 and 16:15 on most of its 46 nights. */
  private static final Path DIARY = Path.of("samples", "magnesium-responder.csv");
  private static final LocalTime ONE_PM = LocalTime.of(13, 0);

  @TempDir Path dir;
  private PatientStore store;

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private DiaryLibrary library(boolean withDatabase, String name) {
    DiaryService diaries = new DiaryService(CLOCK, "test");
    if (!withDatabase) {
      return DiaryLibrary.session(diaries, new InMemoryReviewArchive());
    }
    store = PatientStore.open(DatabaseSettings.embedded(dir.resolve(name + ".db")), CLOCK);
    return DiaryLibrary.stored(new PatientRecords(diaries, store, "tester"));
  }

  private static LifestyleFactor lateCaffeine(OpenedDiary opened) {
    return opened.analysis().lifestyle().stream().filter(f -> f.factor().startsWith("caffeine after"))
        .findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "with the database: {0}")
  @ValueSource(booleans = {true, false})
  void theChosenCaffeineHourShapesTheLifestyleFigures(boolean withDatabase) throws Exception {
    OpenedDiary byDefault = library(withDatabase, "default").open(DIARY, openDefaults()).opened();
    OpenedDiary byOnePm = library(withDatabase, "one-pm").withCaffeineCutoff(ONE_PM)
        .open(DIARY, openDefaults()).opened();

    assertThat(lateCaffeine(byDefault).factor()).isEqualTo("caffeine after 15:00");
    assertThat(lateCaffeine(byOnePm).factor()).isEqualTo("caffeine after 13:00");
    assertThat(lateCaffeine(byOnePm).nightsWith()).isGreaterThan(lateCaffeine(byDefault).nightsWith());
    assertThat(lateCaffeine(byOnePm).nightsWithout()).isLessThan(lateCaffeine(byDefault).nightsWithout());
  }

  @ParameterizedTest(name = "with the database: {0}")
  @ValueSource(booleans = {true, false})
  void theSameFiguresWithAndWithoutTheDatabase(boolean withDatabase) throws Exception {
    OpenedDiary session = library(false, "session").withCaffeineCutoff(ONE_PM).open(DIARY, openDefaults()).opened();
    OpenedDiary opened = library(withDatabase, "either").withCaffeineCutoff(ONE_PM).open(DIARY, openDefaults())
        .opened();

    assertThat(opened.analysis().lifestyle()).isEqualTo(session.analysis().lifestyle());
    assertThat(opened.findings().flags()).isEqualTo(session.findings().flags());
    assertThat(opened.provenance().sha256()).isEqualTo(session.provenance().sha256());
    assertThat(opened.provenance().sizeBytes()).isEqualTo(session.provenance().sizeBytes());
  }

  @ParameterizedTest(name = "with the database: {0}")
  @ValueSource(booleans = {true, false})
  void showingAnotherRangeKeepsTheChosenHour(boolean withDatabase) throws Exception {
    OpenedDiary opened = library(withDatabase, "range").withCaffeineCutoff(ONE_PM).open(DIARY, openDefaults())
        .opened();
    DateRange lastFortnight = DateRange.between(LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 21));

    // the window restricts with its own service, which knows nothing of the hour chosen
    OpenedDiary restricted = new DiaryService(CLOCK, "test").restrict(opened, lastFortnight);

    assertThat(lateCaffeine(restricted).factor()).isEqualTo("caffeine after 13:00");
    assertThat(lateCaffeine(restricted).nightsWith() + lateCaffeine(restricted).nightsWithout())
        .isLessThan(lateCaffeine(opened).nightsWith() + lateCaffeine(opened).nightsWithout());
    assertThat(new DiaryService(CLOCK, "test").restrict(restricted, DateRange.all()).analysis().lifestyle())
        .isEqualTo(opened.analysis().lifestyle());
  }

  @ParameterizedTest(name = "with the database: {0}")
  @ValueSource(booleans = {true, false})
  void aCancelledOpeningKeepsNothing(boolean withDatabase) throws Exception {
    DiaryLibrary library = library(withDatabase, "cancelled");

    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> library.open(DIARY, openDefaults())).isInstanceOf(InterruptedIOException.class);
    assertThat(Thread.interrupted()).isTrue();

    assertThat(library.keptPatients()).isEmpty();
    if (withDatabase) {
      assertThat(store.patients()).isEmpty();
    }
  }

  @ParameterizedTest(name = "with the database: {0}")
  @ValueSource(booleans = {true, false})
  void aCancelWhileReadingKeepsNothing(boolean withDatabase) throws Exception {
    DiaryLibrary library = library(withDatabase, "cancelled-reading");
    OpenOptions cancelOnProgress = openDefaults().withProgress(bytes -> Thread.currentThread().interrupt());

    assertThatThrownBy(() -> library.open(DIARY, cancelOnProgress)).isInstanceOf(InterruptedIOException.class);
    Thread.interrupted();

    assertThat(library.keptPatients()).isEmpty();
    if (withDatabase) {
      assertThat(store.patients()).isEmpty();
      // the same file opens afterwards as a first import, not as one kept before
      assertThat(library.open(DIARY, openDefaults()).remark()).isEmpty();
      assertThat(store.patients()).hasSize(1);
    }
  }

  private static OpenOptions openDefaults() {
    return new DiaryService(CLOCK, "test").openDefaults();
  }
}
