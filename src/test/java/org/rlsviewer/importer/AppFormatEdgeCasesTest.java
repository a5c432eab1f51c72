package org.rlsviewer.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.RejectedRow;

class AppFormatEdgeCasesTest {

  private ImportResult importText(String csv) throws Exception {
    return new DiaryImporter().importStream(new ByteArrayInputStream(csv.getBytes(UTF_8)), "app.csv");
  }

  @Test
  void oldDaylioLayoutTakesTheYearFromItsYearColumn() throws Exception {
    ImportResult result = importText("""
        year,date,weekday,time,mood,activities,note
        2018,30 May,Wednesday,9:15 pm,meh,walk,"legs jumpy"
        2018,17. Februar,Samstag,21:00,gut,,
        """);

    assertThat(result.report().format()).isEqualTo("daylio");
    assertThat(result.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2018, 2, 17), LocalDate.of(2018, 5, 30));
    assertThat(result.diary().entries().get(1).notes()).isEqualTo("legs jumpy");
  }

  @Test
  void tabSeparatedDaylioIsRecognisedToo() throws Exception {
    ImportResult result = importText("full_date\tdate\tweekday\ttime\tmood\tactivities\tnote\n"
        + "2020-05-30\t30 May\tSaturday\t6:50 pm\trad\tgaming\tfine\n");

    assertThat(result.report().format()).isEqualTo("daylio");
    assertThat(result.diary().entries()).singleElement().satisfies(e -> assertThat(e.notes()).isEqualTo("fine"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      99999999999999|Magnesium (mg)|Magnesium 99999999999999 mg
      400.5|Magnesium (mg)|Magnesium 400.5 mg
      400|Magnesium (g)|Magnesium 400 g
      """)
  void aMagnesiumDoseThatIsNotWholeMilligramsStaysTextAndNeverCrashes(String amount, String detail, String kept)
      throws Exception {
    ImportResult result = importText("date,weekday,time of day,category,rating/amount,detail,notes\n"
        + "\"3rd Feb 2026\",\"Tuesday\",\"pm\",\"Meds/Supplements\",\"" + amount + "\",\"" + detail + "\",\"\"\n");

    DiaryEntry e = result.diary().entries().get(0);
    assertThat(e.magnesiumMg()).isNull();
    assertThat(e.supplements()).isEqualTo(kept);
  }

  @Test
  void flaredownWithAHugeDoseKeepsItAsText() throws Exception {
    ImportResult result = importText("""
        user_id,age,sex,country,checkin_date,trackable_id,trackable_type,trackable_name,trackable_value
        u1,,,,2026-02-01,1,Treatment,Magnesium,99999999999999.0 mg
        """);

    assertThat(result.diary().entries().get(0).magnesiumMg()).isNull();
    assertThat(result.diary().entries().get(0).medications()).isEqualTo("Magnesium 99999999999999.0 mg");
  }

  @Test
  void badRowsOfAppExportsAreRejectedWithTheirLine() throws Exception {
    ImportResult bearable = importText("""
        date,weekday,time of day,category,rating/amount,detail,notes
        "32nd Sep 2020","Tuesday","pm","Symptom","1","Stress (Mild)",""
        "22nd Sep 2020","Tuesday","pm","Symptom","1","Stress (Mild)",""
        """);
    ImportResult sleepCycle = importText("""
        Start;End;Sleep quality;Time in bed;Wake up;Sleep Notes;Heart rate;Activity (steps)
        2011-04-08 25:50:51;2011-04-08 23:36:54;62%;5:46;;;;0
        """);

    assertThat(bearable.report().rejected()).containsExactly(new RejectedRow(2,
        "bad date \"32nd Sep 2020\" (expected a date such as 22nd Sep 2020)",
        "\"32nd Sep 2020\",\"Tuesday\",\"pm\",\"Symptom\",\"1\",\"Stress (Mild)\",\"\""));
    assertThat(bearable.report().imported()).isEqualTo(1);
    assertThat(sleepCycle.report().rejected()).extracting(RejectedRow::reason).containsExactly(
        "Start \"2011-04-08 25:50:51\" is not a date and time (expected yyyy-MM-dd HH:mm:ss)");
  }
}
