package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

/** What the fuzz tests check of every import, whatever the input: each row is accounted for. */
final class ImportAccounting {

  private ImportAccounting() {}

  /**
   * Every data row was imported or rejected, the nights are the imported rows less those merged
   * away, every night and rejection names a line from 1 to {@code maxLine}, and every rejection
   * gives a reason that is not an internal error.
   */
  static void assertBalanced(ImportResult result, int maxLine, int iteration) {
    var report = result.report();
    assertThat(report.dataRows()).as("iteration %d", iteration)
        .isEqualTo(report.imported() + report.rejected().size());
    int mergedAway = report.merged().stream().mapToInt(m -> m.lines().size() - 1).sum();
    assertThat(result.diary().entries()).as("iteration %d: nights plus rows merged away", iteration)
        .hasSize(report.imported() - mergedAway);
    assertThat(result.diary().entries()).extracting(DiaryEntry::line)
        .allSatisfy(line -> assertThat(line).isBetween(1, maxLine));
    assertThat(report.rejected()).extracting(RejectedRow::line)
        .allSatisfy(line -> assertThat(line).isBetween(1, maxLine));
    assertThat(report.rejected()).extracting(RejectedRow::reason)
        .allSatisfy(r -> assertThat(r).isNotBlank().doesNotStartWith(DiaryReader.INTERNAL_ERROR));
  }
}
