package org.rlsviewer.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

/** An export holding several persons asks whose rows to import and accounts for the others'. */
class PersonChoiceTest {

  private static final String FIRST = "QEVuQwEAyV+d3k/pq1E=";
  private static final String SECOND = "QEVuQwEAzz+Xk/ab2C0=";

  private final DiaryImporter importer = new DiaryImporter();

  private static Path flaredown() throws Exception {
    return FormatSamplesTest.fixture("flaredown_synthetic.csv");
  }

  @Test
  void severalPersonsAndNoneChosenIsAQuestionListingThem() throws Exception {
    assertThatThrownBy(() -> importer.importFile(flaredown()))
        .isInstanceOfSatisfying(AmbiguousPersonException.class, question -> {
          assertThat(question.choice().persons()).containsExactly(FIRST, SECOND);
          assertThat(question.choice().rowCounts()).containsExactly(9, 1);
          assertThat(question.choice().sourceName()).isEqualTo("flaredown_synthetic.csv");
          assertThat(question.getMessage()).contains("2 persons", FIRST + " (9 rows)", SECOND + " (1 row)");
        });
  }

  @Test
  void theChosenPersonsRowsAreImportedAndTheOthersReported() throws Exception {
    ImportResult second = importer.importFile(flaredown(), ImportOptions.defaults().withPerson(SECOND));

    assertThat(second.diary().entries()).hasSize(1);
    assertThat(second.diary().entries().get(0).severity()).isEqualTo(10);
    assertThat(second.report().rejected()).hasSize(9)
        .allSatisfy(r -> assertThat(r.reason()).startsWith("another person's row (user_id " + FIRST));
    assertThat(second.report().imported() + second.report().rejected().size()).isEqualTo(second.report().dataRows());

    ImportResult first = importer.importFile(flaredown(), ImportOptions.defaults().withPerson(FIRST));
    assertThat(first.report().rejected()).extracting(RejectedRow::line).containsExactly(10);
  }

  @Test
  void aPersonTheFileDoesNotHoldIsRefusedWithThePersonsFound() throws Exception {
    assertThatThrownBy(() -> importer.importFile(flaredown(), ImportOptions.defaults().withPerson("nobody")))
        .isInstanceOf(NotADiaryException.class).isNotInstanceOf(AmbiguousPersonException.class)
        .hasMessageContaining("no rows of person nobody").hasMessageContaining(FIRST);
  }
}
