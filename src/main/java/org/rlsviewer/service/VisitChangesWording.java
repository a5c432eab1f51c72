package org.rlsviewer.service;

import org.rlsviewer.domain.FigureChange;
import org.rlsviewer.domain.FlagChange;
import org.rlsviewer.domain.LastVisit;
import org.rlsviewer.domain.VisitChanges;
import org.rlsviewer.domain.VisitPeriod;
import org.rlsviewer.report.VisitChangesText;

/** The words of "changes since the last visit", the same in the window as in the PDF. */
public final class VisitChangesWording {

  public static final String NO_FLAGS = VisitChangesText.NO_FLAGS;
  public static final String HOW_TO_READ = VisitChangesText.HOW_TO_READ;

  private VisitChangesWording() {}

  public static String comparedWith(LastVisit visit) {
    return VisitChangesText.comparedWith(visit);
  }

  public static String sincePeriod(VisitChanges changes) {
    return VisitChangesText.sincePeriod(changes);
  }

  public static String value(FigureChange figure, VisitPeriod period, boolean since) {
    return VisitChangesText.value(figure, period, since);
  }

  public static String change(FigureChange figure) {
    return VisitChangesText.change(figure);
  }

  public static String flag(FlagChange change) {
    return VisitChangesText.flag(change);
  }
}
