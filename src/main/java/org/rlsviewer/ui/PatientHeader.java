package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.time.LocalDate;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.rlsviewer.domain.figures.FigureFormat;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.KeyFigures;
import org.rlsviewer.domain.Patient;
import org.rlsviewer.service.OpenedDiary;

/** The band above the tabs naming the patient on screen, the nights shown and the median severity. */
final class PatientHeader {

  private final JPanel header = new JPanel(new BorderLayout(0, 2));
  private final JLabel patientLabel = new JLabel();
  private final JLabel periodLabel = new JLabel();
  private final JLabel figuresLabel = new JLabel();

  PatientHeader() {
    header.setName("patientHeader");
    header.setBorder(BorderFactory.createEmptyBorder(10, 14, 10, 14));
    applyTheme();
    patientLabel.setName("patientLabel");
    patientLabel.setFont(patientLabel.getFont().deriveFont(Font.BOLD, patientLabel.getFont().getSize2D() + 5f));
    periodLabel.setName("periodLabel");
    figuresLabel.setName("figuresLabel");
    header.add(patientLabel, BorderLayout.NORTH);
    header.add(periodLabel, BorderLayout.CENTER);
    header.add(figuresLabel, BorderLayout.SOUTH);
    patientLabel.setText(Messages.get("empty.title"));
  }

  JComponent component() {
    return header;
  }

  void applyTheme() {
    java.awt.Color bg = UIManager.getColor("RlsViewer.header.background");
    if (bg != null) {
      header.setBackground(bg);
    }
  }

  void show(OpenedDiary opened) {
    Diary diary = opened.diary();
    Patient p = diary.patient();
    patientLabel.setText(p.displayName() + describeBirth(p));
    KeyFigures k = opened.findings().figures();
    periodLabel.setText(diary.firstNight()
        .map(first -> Messages.get("header.period", first, diary.lastNight().orElseThrow(),
            k.nightsLogged(), k.nightsInPeriod()))
        .orElse(Messages.get("header.empty")));
    figuresLabel.setText(k.medianSeverity().isPresent()
        ? Messages.get("header.median", FigureFormat.DISPLAY.number(k.medianSeverity()), k.nightsWithSymptoms())
        : Messages.get("header.medianNone"));
  }

  private static String describeBirth(Patient p) {
    return p.birthDate()
        .map(b -> " \u00b7 " + Messages.get("header.dob", b, p.ageOn(LocalDate.now()).orElse(0)))
        .orElse("") + (p.sex().isEmpty() ? "" : " \u00b7 " + p.sex());
  }

  /** The key figures of the overview tab, with the changes since the last visit below them. */
  static String overviewHtml(OpenedDiary opened, int openFlags) {
    KeyFigures k = opened.findings().figures();
    StringBuilder b = new StringBuilder("<html><body style='padding:8px'><h3>")
        .append(HtmlText.escape(Messages.get("overview.figures"))).append("</h3><p>");
    opened.diary().firstNight().ifPresent(first -> b.append(HtmlText.escape(Messages.get("header.period", first,
        opened.diary().lastNight().orElseThrow(), k.nightsLogged(), k.nightsInPeriod()))).append("<br>"));
    b.append(HtmlText.escape(k.medianSeverity().isPresent()
        ? Messages.get("header.median", FigureFormat.DISPLAY.number(k.medianSeverity()), k.nightsWithSymptoms())
        : Messages.get("header.medianNone"))).append("<br>");
    b.append(HtmlText.escape(Messages.get("flags.title", opened.findings().flags().size()))).append(" \u00b7 ")
        .append(HtmlText.escape(openFlags == 0 ? Messages.get("patients.noneOpen")
            : Messages.get("patients.openFlags", openFlags))).append("<br>");
    b.append(HtmlText.escape(Messages.get("status.opened", opened.report().sourceName(),
        opened.diary().entries().size(), opened.report().rejected().size())));
    b.append("</p>");
    opened.changes().ifPresent(c -> b.append(VisitChangesHtml.html(c)));
    return b.append("</body></html>")
        .toString();
  }
}
