package org.rlsviewer.service;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rlsviewer.report.VisitSummaryPdf;

/**
 * How the clinician wants the visit summary laid out: the paper, the sections kept, and a password
 * to open it (empty for none).
 */
public record PdfLayout(Paper paper, Set<Section> sections, Optional<String> password) {

  /** The paper sizes a summary is written on. */
  public enum Paper {
    A4(VisitSummaryPdf.Paper.A4),
    LETTER(VisitSummaryPdf.Paper.LETTER);

    private final VisitSummaryPdf.Paper pdf;

    Paper(VisitSummaryPdf.Paper pdf) {
      this.pdf = pdf;
    }

    @Override
    public String toString() {
      return pdf.toString();
    }
  }

  /** The sections a clinician may leave out of the summary. */
  public enum Section {
    CHARTS(VisitSummaryPdf.Section.CHARTS),
    TRIAL(VisitSummaryPdf.Section.TRIAL),
    WEEKLY_TABLE(VisitSummaryPdf.Section.WEEKLY_TABLE),
    LIFESTYLE(VisitSummaryPdf.Section.LIFESTYLE),
    FLAGGED_NIGHTS(VisitSummaryPdf.Section.FLAGGED_NIGHTS),
    NOTES(VisitSummaryPdf.Section.NOTES),
    SOURCES(VisitSummaryPdf.Section.SOURCES);

    private final VisitSummaryPdf.Section pdf;

    Section(VisitSummaryPdf.Section pdf) {
      this.pdf = pdf;
    }

    /** The word used on the command line and in preferences, e.g. {@code weekly}. */
    public String id() {
      return pdf.id();
    }

    public static Optional<Section> byId(String id) {
      return VisitSummaryPdf.Section.byId(id).map(s -> valueOf(s.name()));
    }
  }

  public PdfLayout {
    Objects.requireNonNull(paper, "paper");
    sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
    password = password == null ? Optional.empty() : password;
  }

  /** A4, every section, no password. */
  public static PdfLayout defaults() {
    return new PdfLayout(Paper.A4, EnumSet.allOf(Section.class), Optional.empty());
  }

  public PdfLayout on(Paper other) {
    return new PdfLayout(other, sections, password);
  }

  public PdfLayout withSections(Set<Section> kept) {
    return new PdfLayout(paper, kept, password);
  }

  public PdfLayout protectedWith(String newPassword) {
    return new PdfLayout(paper, sections, Optional.of(newPassword));
  }

  VisitSummaryPdf writer() {
    EnumSet<VisitSummaryPdf.Section> kept = EnumSet.noneOf(VisitSummaryPdf.Section.class);
    sections.forEach(s -> kept.add(s.pdf));
    VisitSummaryPdf writer = new VisitSummaryPdf().on(paper.pdf).withSections(kept);
    return password.map(writer::protectedWith).orElse(writer);
  }
}
