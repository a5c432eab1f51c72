package org.rlsviewer.importer;

import java.util.ArrayList;
import java.util.List;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.ShownText;

/**
 * Tells, night by night, of every free-text cell longer than {@link ShownText#READ_LIMIT}: the
 * import keeps it whole, the analysis reads it whole only up to the limit and the window and PDF
 * show it cut ({@link ShownText#longCellRemark}).
 */
final class LongCells {

  private LongCells() {}

  private static final List<DiaryField> FREE_TEXT =
      java.util.Arrays.stream(DiaryField.values()).filter(DiaryField::isFreeText).toList();

  /** A quick look at the text fields {@link DiaryEntry#text} gives, before naming them one by one. */
  private static boolean hasLongText(DiaryEntry e) {
    int limit = ShownText.READ_LIMIT;
    return e.notes().length() > limit || e.relief().length() > limit || e.medications().length() > limit
        || e.supplements().length() > limit || e.sideEffects().length() > limit || e.magnesiumForm().length() > limit;
  }

  static ImportResult remark(ImportResult result) {
    List<String> remarks = new ArrayList<>();
    for (DiaryEntry e : result.diary().entries()) {
      if (!hasLongText(e)) {
        continue;
      }
      for (DiaryField field : FREE_TEXT) {
        int length = e.text(field).length();
        if (length > ShownText.READ_LIMIT) {
          String where = e.line() > 0 ? "line " + e.line() : "night " + e.date();
          String what = field == DiaryField.NOTES ? "note" : field.column() + " cell";
          remarks.add(ShownText.longCellRemark(where, what, length));
        }
      }
    }
    if (remarks.isEmpty()) {
      return result;
    }
    ImportReport r = result.report();
    List<String> warnings = new ArrayList<>(r.warnings());
    warnings.addAll(remarks);
    return new ImportResult(result.diary(), new ImportReport(r.sourceName(), r.dataRows(), r.imported(),
        r.rejected(), warnings, r.format(), r.merged()));
  }
}
