package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.DateRange;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.figures.UrgencyBanner;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.InMemoryReviewArchive;
import org.rlsviewer.service.OpenedDiary;

/**
 * The banner and patient-list line a view keeps are counted once per review and diary, and are
 * always those of the review and range as they are now (never a stale count).
 */
class PatientViewTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
  private final DiaryService service = new DiaryService(clock, "test");
  private final ReviewWriter writer = new ReviewWriter((patientKey, e) -> { });
  private PatientView view;
  private OpenedDiary whole;

  @BeforeEach
  void open() throws Exception {
    whole = service.open(Path.of("samples", "numbness-weakness.csv"));
    view = PatientView.of(PatientView.Prepared.of(null, "p1", "", whole, Review.empty()),
        new ReviewRecorder(new InMemoryReviewArchive(), writer, clock, () -> "Dr A"));
  }

  @AfterEach
  void stop() throws Exception {
    assertThat(writer.awaitWritten(5_000)).isTrue();
    writer.shutdown();
  }

  @Test
  void theBannerAndListLineFollowEveryDecisionAndAreReusedWhileNothingChanged() {
    UrgencyBanner first = view.banner();
    assertThat(first).isEqualTo(UrgencyBanner.of(whole.findings().flags(), Review.empty()));
    assertThat(view.banner()).as("the same review: not counted again").isSameAs(first);
    var line = view.listLine(service);
    assertThat(line).isEqualTo(service.patientSummary("p1", whole, Review.empty()));
    assertThat(view.listLine(service)).isSameAs(line);

    List<Flag> flags = whole.findings().flags();
    view.session().acknowledge(flags.get(0));
    Review now = view.session().review();

    assertThat(view.banner()).isEqualTo(UrgencyBanner.of(flags, now));
    assertThat(view.listLine(service)).isEqualTo(service.patientSummary("p1", whole, now));
    assertThat(view.listLine(service).openFlags()).isEqualTo(line.openFlags() - 1);
  }

  @Test
  void aRangeGetsTheBannerOfItsNightsAndTheListKeepsTheWholeDiary() {
    Flag flag = whole.findings().flags().get(0);
    LocalDate night = flag.evidence().date();
    OpenedDiary oneNight = service.restrict(whole, DateRange.between(night, night));
    view.banner();
    view.listLine(service);

    view.showRange(PatientView.Prepared.of(null, "p1", "", oneNight, view.session().review()));

    assertThat(view.banner()).isEqualTo(UrgencyBanner.of(oneNight.findings().flags(), Review.empty()));
    assertThat(view.listLine(service)).isEqualTo(service.patientSummary("p1", whole, Review.empty()));
  }
}
