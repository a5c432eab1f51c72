package org.rlsviewer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.rlsviewer.importer.InterruptibleInputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.domain.VisitNotes;

/** The patient-list line, and cancelling an open by interrupting its thread. */
class DiaryServiceReviewTest {

  private static final Path SAMPLE = Path.of("samples", "numbness-weakness.csv");
  private final DiaryService service =
      new DiaryService(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")), "test");

  @Test
  void thePatientLineCountsOnlyFlagsStillOpen() throws Exception {
    OpenedDiary opened = service.open(SAMPLE);
    var flags = opened.findings().flags();
    assertThat(service.patientSummary(opened, Review.empty()).openFlags()).isEqualTo(flags.size());

    Flag first = flags.get(0);
    Flag second = flags.get(1);
    Instant now = Instant.parse("2026-11-25T10:00:00Z");
    Review review = new Review(Map.of(
        first.key(), new ReviewDecision(first.key(), ReviewStatus.ACKNOWLEDGED, "", "", "Dr A", now),
        second.key(), new ReviewDecision(second.key(), ReviewStatus.OPEN, "", "a comment only", "Dr A", now)),
        VisitNotes.empty());
    PatientSummary line = service.patientSummary(opened, review);

    assertThat(line.openFlags()).isEqualTo(flags.size() - 1);
    assertThat(line.displayName()).isEqualTo("Derek Hollis (RLS-4203)");
    assertThat(line.patientKey()).isEqualTo("id:RLS-4203");
    assertThat(line.lastNight()).contains(LocalDate.parse("2024-07-14"));
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      '',         true
      derek,      true
      HOLLIS,     true
      rls-4203,   true
      '  der  ',  true
      margaret,   false
      """)
  void searchMatchesNameOrIdIgnoringCase(String search, boolean matches) {
    PatientSummary line = new PatientSummary("id:RLS-4203", "Derek Hollis (RLS-4203)", 2, Optional.empty());
    assertThat(line.matches(search)).isEqualTo(matches);
  }

  @Test
  void anInterruptedOpenStopsWithInterruptedIo() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> service.open(SAMPLE)).isInstanceOf(InterruptedIOException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void theStreamReadsNormallyUntilItsThreadIsInterrupted() throws Exception {
    byte[] data = new byte[200_000];
    try (InputStream in = new InterruptibleInputStream(new ByteArrayInputStream(data))) {
      byte[] buffer = new byte[150_000];
      int first = in.read(buffer, 0, buffer.length);
      assertThat(first).isPositive().isLessThanOrEqualTo(64 * 1024);
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> in.read(buffer, 0, buffer.length)).isInstanceOf(InterruptedIOException.class);
        assertThatThrownBy(in::read).isInstanceOf(InterruptedIOException.class);
      } finally {
        Thread.interrupted();
      }
      assertThat(in.read(buffer, 0, 10)).isEqualTo(10);
    }
  }
}
