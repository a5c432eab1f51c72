package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

/** Month names in the languages the apps export in (issue 19, item 4). */
class LocalisedDatesTest {

  private final DiaryImporter importer = new DiaryImporter();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      7 września|2020-09-07
      7 wrz|2020-09-07
      poniedziałek, 7 września|2020-09-07
      17. Februar|2020-02-17
      30 mai|2020-05-30
      1er juin|2020-06-01
      2 févr.|2020-02-02
      13 de septiembre|2020-09-13
      13 de setembro|2020-09-13
      13 settembre|2020-09-13
      13 september|2020-09-13
      7 сентября|2020-09-07
      7 вересня|2020-09-07
      7. září|2020-09-07
      7. syyskuuta|2020-09-07
      7 Eylül|2020-09-07
      7 maj|2020-05-07
      7. desember|2020-12-07
      22nd Sep|2020-09-22
      Sep 22|2020-09-22
      """)
  void writtenDatesInTheAppsLanguagesAreRead(String written, String expected) {
    DateReader reader = new DateReader(DateReader.Style.WRITTEN, null);
    assertThat(reader.read(written, OptionalInt.of(2020))).contains(LocalDate.parse(expected));
    assertThat(DateReader.styleOf(written + " 2020")).contains(DateReader.Style.WRITTEN);
  }

  @Test
  void aWordThatIsNotAMonthOrAWeekdayIsNotADate() {
    DateReader reader = new DateReader(DateReader.Style.WRITTEN, null);
    assertThat(reader.read("7 blah", OptionalInt.of(2020))).isEmpty();
    assertThat(reader.read("someday, 7 września", OptionalInt.of(2020))).isEmpty();
    assertThat(reader.read("31 września", OptionalInt.of(2020))).isEmpty();
  }

  @Test
  void theLanguageReadIsNamedOnlyWhenItIsNotEnglish() {
    DateReader polish = new DateReader(DateReader.Style.WRITTEN, null);
    polish.read("7 września", OptionalInt.of(2020));
    polish.read("8 października", OptionalInt.of(2020));
    assertThat(polish.languageRemark()).contains("Dates read in Polish (month names such as \"września\").");

    DateReader english = new DateReader(DateReader.Style.WRITTEN, null);
    english.read("7 September", OptionalInt.of(2020));
    assertThat(english.languageRemark()).isEmpty();

    DateReader scandinavian = new DateReader(DateReader.Style.WRITTEN, null);
    scandinavian.read("7 maj", OptionalInt.of(2020));
    assertThat(scandinavian.languageRemark()).contains(
        "Dates read in Polish or Swedish or Danish (month names such as \"maj\").");
  }

  @Test
  void olderPolishDaylioExportIsReadAsDaylioWithEveryRowAccountedFor() throws Exception {
    ImportResult result = importer.importFile(FormatSamplesTest.fixture("daylio_old_polish_synthetic.csv"));

    assertThat(result.report().format()).isEqualTo("daylio");
    assertThat(result.report().dataRows()).isEqualTo(5);
    assertThat(result.report().rejected()).extracting(RejectedRow::line, RejectedRow::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "bad date \"31 września\""));
    assertThat(result.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2020, 9, 6), LocalDate.of(2020, 9, 7), LocalDate.of(2020, 9, 8));
    assertThat(result.diary().entries().get(1).notes()).contains("Nogi bolały od 21");
    assertThat(result.report().warnings()).contains("Dates read in Polish (month names such as \"września\").");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      daylio_old_german_synthetic.csv|2|German|2021-02-17
      daylio_old_french_synthetic.csv|3|French|2022-05-30
      daylio_old_spanish_synthetic.csv|2|Spanish|2023-09-13
      """)
  void olderDaylioExportsInOtherLanguagesAreRead(String fixture, int rows, String language, String firstNight)
      throws Exception {
    ImportResult result = importer.importFile(FormatSamplesTest.fixture(fixture));

    assertThat(result.report().format()).isEqualTo("daylio");
    assertThat(result.report().rejected()).isEmpty();
    assertThat(result.report().imported()).isEqualTo(rows);
    assertThat(result.diary().entries()).extracting(DiaryEntry::date).contains(LocalDate.parse(firstNight));
    Optional<String> remark = result.report().warnings().stream().filter(w -> w.startsWith("Dates read in ")).findFirst();
    assertThat(remark).hasValueSatisfying(r -> assertThat(r).startsWith("Dates read in " + language));
  }

  @Test
  void bearableWithPolishDatesIsRead() throws Exception {
    ImportResult result = importer.importFile(FormatSamplesTest.fixture("bearable_polish_synthetic.csv"));

    assertThat(result.report().format()).isEqualTo("bearable");
    assertThat(result.report().rejected()).isEmpty();
    assertThat(result.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2020, 9, 22), LocalDate.of(2020, 9, 23));
    assertThat(result.diary().entries().get(0).severity()).isEqualTo(8);
    assertThat(result.report().warnings()).anyMatch(w -> w.startsWith("Dates read in Polish"));
  }

  @Test
  void everyMonthNameTheImporterReadBeforeIsStillRead() {
    List<String> before = List.of("january", "jan", "januar", "jän", "february", "feb", "februar", "march", "mar",
        "märz", "maerz", "april", "apr", "may", "mai", "june", "jun", "juni", "july", "jul", "juli", "august", "aug",
        "september", "sep", "sept", "october", "oct", "oktober", "okt", "november", "nov", "december", "dec",
        "dezember", "dez");
    for (String name : before) {
      assertThat(CalendarNames.month(name)).as(name).isPresent();
    }
  }
}
