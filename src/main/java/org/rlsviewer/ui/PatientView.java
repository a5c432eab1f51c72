package org.rlsviewer.ui;

import java.nio.file.Path;
import org.rlsviewer.domain.Review;
import org.rlsviewer.domain.figures.UrgencyBanner;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;
import org.rlsviewer.service.PatientSummary;

/**
 * One patient opened this session, as the window shows it: the review session (diary and review),
 * and the charts and tables made from the range of nights on screen. Used on the Event Dispatch
 * Thread; its {@link Prepared} parts are made off it.
 */
final class PatientView {

  /**
   * What the slow part of opening (or restricting) hands back: the diary, its review so far, and
   * the charts and tables made from them. Made off the Event Dispatch Thread.
   *
   * @param file the file opened, or null when read from the library or restricted to a range
   * @param remark what the library says about the import (shown in the status line), or empty
   */
  record Prepared(Path file, String patientKey, String remark, OpenedDiary opened, Review review,
      ChartsView.Charts charts, SummaryViews.Prepared summary, DeviceView.Prepared device,
      FlagQueueView.Prepared flagQueue, NightsView.Prepared nights, UrgencyBanner banner) {

    /** Builds the charts, tables and lists of the diary; slow, so not on the Event Dispatch Thread. */
    static Prepared of(Path file, String patientKey, String remark, OpenedDiary opened, Review review) {
      UrgencyBanner banner = UrgencyBanner.of(opened.findings().flags(), review);
      return new Prepared(file, patientKey, remark, opened, review, ChartsView.Charts.of(opened, review),
          SummaryViews.prepare(opened.analysis()), DeviceView.Prepared.of(opened.diary()),
          FlagQueueView.Prepared.of(opened.findings(), review, banner),
          NightsView.Prepared.of(opened.diary(), opened.findings().flags()), banner);
    }
  }

  /** What was counted over all flags, and the diary and review it was counted for. */
  private record Counted<T>(OpenedDiary opened, Review review, T value) {

    boolean isFor(OpenedDiary diary, Review under) {
      return opened == diary && review == under;
    }
  }

  private final ReviewSession session;
  private ChartsView.Charts charts;
  private SummaryViews.Prepared summary;
  private DeviceView.Prepared device;
  private FlagQueueView.Prepared flagQueue;
  private NightsView.Prepared nights;
  // each counted over every flag: kept while the diary and review are the same objects, so an open
  // counts each once and switching back to a patient counts nothing
  private Counted<UrgencyBanner> banner;
  private Counted<PatientSummary> listLine;

  private PatientView(ReviewSession session, Prepared prepared) {
    this.session = session;
    take(prepared);
  }

  private void take(Prepared prepared) {
    charts = prepared.charts();
    summary = prepared.summary();
    device = prepared.device();
    flagQueue = prepared.flagQueue();
    nights = prepared.nights();
    banner = new Counted<>(prepared.opened(), prepared.review(), prepared.banner());
  }

  /** The view of a prepared diary, its review changes recorded by the recorder. */
  static PatientView of(Prepared prepared, ReviewRecorder recorder) {
    ReviewSession session = new ReviewSession(prepared.patientKey(), prepared.opened(), prepared.review(), recorder);
    return new PatientView(session, prepared);
  }

  String patientKey() {
    return session.patientKey();
  }

  ReviewSession session() {
    return session;
  }

  ChartsView.Charts charts() {
    return charts;
  }

  SummaryViews.Prepared summary() {
    return summary;
  }

  DeviceView.Prepared device() {
    return device;
  }

  FlagQueueView.Prepared flagQueue() {
    return flagQueue;
  }

  NightsView.Prepared nights() {
    return nights;
  }

  /** The urgency banner of the range on screen under the review as it is now. */
  UrgencyBanner banner() {
    OpenedDiary opened = session.opened();
    Review review = session.review();
    if (!banner.isFor(opened, review)) {
      banner = new Counted<>(opened, review, UrgencyBanner.of(opened.findings().flags(), review));
    }
    return banner.value();
  }

  /** The patient-list line of the whole diary under the review as it is now. */
  PatientSummary listLine(DiaryService service) {
    OpenedDiary whole = session.whole();
    Review review = session.review();
    if (listLine == null || !listLine.isFor(whole, review)) {
      listLine = new Counted<>(whole, review, service.patientSummary(patientKey(), whole, review));
    }
    return listLine.value();
  }

  /** Shows the same diary restricted to another range of nights; the review stays. */
  void showRange(Prepared restricted) {
    session.showRange(restricted.opened());
    take(restricted);
  }
}
