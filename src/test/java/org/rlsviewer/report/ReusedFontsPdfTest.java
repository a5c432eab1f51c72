package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rlsviewer.report.SummaryFixtures.diary;
import static org.rlsviewer.report.SummaryFixtures.eightWeeks;
import static org.rlsviewer.report.SummaryFixtures.patient;
import static org.rlsviewer.report.SummaryFixtures.summary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.VisitSummary;

/**
 * A thread writing summaries one after another reuses the fonts it parsed for the first: every file
 * is byte for byte the file written with fonts parsed for it alone (the document handed out for
 * printing), but for the random document id.
 */
class ReusedFontsPdfTest {

  @TempDir Path dir;

  @Test
  void summariesWrittenOneAfterAnotherEqualThoseWithFontsOfTheirOwn() throws Exception {
    VisitSummary first = summary(diary(patient("P-1", "Ann Example"), eightWeeks("legs restless, no numbness")),
        List.of(), List.of());
    VisitSummary second = summary(diary(patient("P-2", "Ben Office-Staff"), eightWeeks("difficult night, fluffy")),
        List.of(), List.of());
    VisitSummaryPdf writer = new VisitSummaryPdf();
    for (int round = 0; round < 2; round++) {
      writer.write(first, dir.resolve(round + "-first.pdf"));
      writer.write(second, dir.resolve(round + "-second.pdf"));
    }
    for (String name : List.of("first", "second")) {
      VisitSummary summary = name.equals("first") ? first : second;
      try (PDDocument own = writer.document(summary)) {
        own.save(dir.resolve("own-" + name + ".pdf").toFile());
      }
      String expected = withoutIds(dir.resolve("own-" + name + ".pdf"));
      assertThat(withoutIds(dir.resolve("0-" + name + ".pdf"))).isEqualTo(expected);
      assertThat(withoutIds(dir.resolve("1-" + name + ".pdf"))).isEqualTo(expected);
    }
    assertThat(withoutIds(dir.resolve("0-first.pdf"))).isNotEqualTo(withoutIds(dir.resolve("0-second.pdf")));
  }

  private static String withoutIds(Path pdf) throws Exception {
    return new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1)
        .replaceAll("/ID \\[<[0-9A-F]+> <[0-9A-F]+>\\]", "/ID []")
        .replaceAll("uuid:[0-9a-f-]{36}", "uuid:x");
  }
}
