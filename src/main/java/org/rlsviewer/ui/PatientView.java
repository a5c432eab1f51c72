package org.rlsviewer.ui;

import java.nio.file.Path;
import org.rlsviewer.domain.Review;
import org.rlsviewer.service.OpenedDiary;

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
      ChartsView.Charts charts, SummaryViews.Prepared summary, DeviceView.Prepared device) {

    Prepared(Path file, String patientKey, String remark, OpenedDiary opened, Review review,
        ChartsView.Charts charts, SummaryViews.Prepared summary) {
      this(file, patientKey, remark, opened, review, charts, summary, DeviceView.Prepared.of(opened.diary()));
    }

    /** Builds the charts and tables of the diary; slow, so not on the Event Dispatch Thread. */
    static Prepared of(Path file, String patientKey, String remark, OpenedDiary opened, Review review) {
      return new Prepared(file, patientKey, remark, opened, review, ChartsView.Charts.of(opened, review),
          SummaryViews.prepare(opened.analysis()));
    }
  }

  private final ReviewSession session;
  private ChartsView.Charts charts;
  private SummaryViews.Prepared summary;
  private DeviceView.Prepared device;

  private PatientView(ReviewSession session, ChartsView.Charts charts, SummaryViews.Prepared summary,
      DeviceView.Prepared device) {
    this.session = session;
    this.charts = charts;
    this.summary = summary;
    this.device = device;
  }

  /** The view of a prepared diary, its review changes recorded by the recorder. */
  static PatientView of(Prepared prepared, ReviewRecorder recorder) {
    ReviewSession session = new ReviewSession(prepared.patientKey(), prepared.opened(), prepared.review(), recorder);
    return new PatientView(session, prepared.charts(), prepared.summary(), prepared.device());
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

  /** Shows the same diary restricted to another range of nights; the review stays. */
  void showRange(Prepared restricted) {
    session.showRange(restricted.opened());
    charts = restricted.charts();
    summary = restricted.summary();
    device = restricted.device();
  }
}
