package org.rlsviewer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rlsviewer.report.SummaryFixtures.FIRST;
import static org.rlsviewer.report.SummaryFixtures.diary;
import static org.rlsviewer.report.SummaryFixtures.eightWeeks;
import static org.rlsviewer.report.SummaryFixtures.flag;
import static org.rlsviewer.report.SummaryFixtures.patient;
import static org.rlsviewer.report.SummaryFixtures.summary;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rlsviewer.domain.Urgency;
import org.rlsviewer.domain.VisitSummary;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The summary as an archive accepts it (checked by veraPDF) and, when asked, protected. */
class VisitSummaryArchivalTest {

  @TempDir Path temp;

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private static VisitSummary sample() {
    return summary(diary(patient("RLS-3310", "Zoë Ærøskøbing-Łuk"), eightWeeks("legs restless, walked it off")),
        List.of(flag("swelling", Urgency.URGENT, FIRST.plusDays(3), "left calf swollen and warm", "calf swollen"),
            flag("apnea", Urgency.SOON, FIRST.plusDays(12), "wife says I stop breathing", "stop breathing")),
        List.of());
  }

  @ParameterizedTest
  @EnumSource(VisitSummaryPdf.Paper.class)
  void isValidPdfA2b(VisitSummaryPdf.Paper paper) throws Exception {
    Path out = temp.resolve("archive-" + paper + ".pdf");
    new VisitSummaryPdf().on(paper).write(sample(), out);

    ValidationResult result = validate(out);
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
  }

  @Test
  void theValidatorRejectsAPlainPdfWithoutEmbeddedFontsOrMetadata() throws Exception {
    Path out = temp.resolve("plain.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.showText("not archival");
        s.endText();
      }
      doc.save(out.toFile());
    }

    assertThat(validate(out).isCompliant()).isFalse();
  }

  private static ValidationResult validate(Path pdf) throws Exception {
    try (InputStream in = Files.newInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      return validator.validate(parser);
    }
  }

  private static String failures(ValidationResult result) {
    return result.getTestAssertions().stream()
        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
        .distinct().collect(Collectors.joining("\n"));
  }

  @Test
  void documentPropertiesNameThePatientTheDiaryAndTheProgram() throws Exception {
    Path out = temp.resolve("props.pdf");
    new VisitSummaryPdf().write(sample(), out);

    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      var info = doc.getDocumentInformation();
      assertThat(info.getTitle()).contains("Zoë Ærøskøbing-Łuk (RLS-3310)");
      assertThat(info.getSubject()).contains("2025-03-01 to 2025-04-25");
      assertThat(info.getAuthor()).isNotBlank();
      assertThat(info.getCreator()).contains("9.9.9");
      assertThat(info.getCreationDate()).isNotNull();
      assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
      assertThat(doc.getEncryption()).isNull();
    }
  }

  @Test
  void aProtectedSummaryOpensOnlyWithItsPasswordAndIsAes256() throws Exception {
    Path out = temp.resolve("protected.pdf");
    new VisitSummaryPdf().protectedWith("correct horse").write(sample(), out);

    assertThatThrownBy(() -> Loader.loadPDF(out.toFile()).close()).isInstanceOf(InvalidPasswordException.class);
    assertThatThrownBy(() -> Loader.loadPDF(out.toFile(), "wrong").close())
        .isInstanceOf(InvalidPasswordException.class);
    try (PDDocument doc = Loader.loadPDF(out.toFile(), "correct horse")) {
      assertThat(doc.isEncrypted()).isTrue();
      assertThat(doc.getEncryption().getLength()).isEqualTo(256);
      assertThat(new PDFTextStripper().getText(doc)).contains("RLS-3310", "calf swollen");
    }
  }

  @Test
  void anEmptyPasswordIsRefused() {
    assertThatThrownBy(() -> new VisitSummaryPdf().protectedWith(""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
