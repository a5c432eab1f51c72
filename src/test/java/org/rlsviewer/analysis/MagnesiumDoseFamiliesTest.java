package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The day's magnesium on families of wording in four languages (issue 15, second round): a patient's
 * own sum is never added to the doses it sums (a heading "Total ...:", "Summe:", "= 300 mg"), while an
 * equation for one unit ("1 scoop = 250 mg", "= 450 mg per serving") is a dose; a count of tablets
 * before or after a strength multiplies it; abbreviated units ("Tbl.", "cáps.", "gél.") do not end an
 * item; a column of figures split by bars or labelled slashes; a dose taken as advised is taken.
 * Probe notes written for this test.
 */
class MagnesiumDoseFamiliesTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);

  private static int total(String notes) {
    return MagnesiumIntake.of(RuleEngineTest.night(NIGHT, null, null, null, null, null, notes))
        .map(MagnesiumIntake.Total::mg).orElse(0);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} mg")
  @CsvSource(delimiterString = "=>", textBlock = """
      magnesium 120 mg x 3 = 360 mg, no stomach trouble           => 360
      Mg 200 mg twice = 400 mg                                    => 400
      2 Kapseln Magnesium 150 mg (= 300 mg) zur Nacht             => 300
      3 cápsulas de magnesio de 100 mg (= 300 mg)                 => 300
      3 gélules de magnésium à 100 mg (= 300 mg)                  => 300
      Total magnesium today: 300 mg (150 + 150)                   => 300
      Gesamt Magnesium heute: 400 mg (200 + 200)                  => 400
      Suma de magnesio hoy: 300 mg (150 + 150)                    => 300
      Somme magnésium du jour : 400 mg (200 + 200)                => 400
      Mg am: 150 | Mg pm: 250 | Sum: 400                          => 400
      Mg mittags: 100 | Mg nachts: 200 | Summe: 300               => 300
      Mg tarde: 200 / Mg noche: 200 / Total: 400                  => 400
      Mg midi : 150 / Mg soir : 250 / total : 400                 => 400
      magnesium drink (1 scoop = 200 mg) and 2 gummies (50 mg each) => 300
      protein shake = 300mg magnesium per serving + glycinate 100 => 400
      2 tablets of magnesium 200 mg before bed                    => 400
      magnesium 200 mg two tablets at bedtime                     => 400
      Magnesium 150 mg zwei Tabletten abends                      => 300
      magnesio 150 mg dos comprimidos por la noche                => 300
      magnésium 150 mg deux comprimés le soir                     => 300
      three of those magnesium 100mg tabs                         => 300
      magnesium chews x3 (100 mg each)                            => 300
      2 of my husband's magnesium capsules (200 each)             => 400
      4 caps of the sleep formula (magnesium 100 mg per cap)      => 400
      2 Tbl. Magnesium à 200 mg abends                            => 400
      2 cáps. de citrato de Mg de 150 mg                          => 300
      2 gél. de citrate de Mg à 150 mg                            => 300
      Magnesium 200, dazu 2 Tabletten à 100 aus der Drogerie       => 400
      magnesium 400 mg as the GP advised                          => 400
      magnesium 200 mg recommended by the GP, not started yet     => 0
      """)
  void theDayIsCountedInFull(String notes, int mg) {
    assertThat(total(notes)).isEqualTo(mg);
  }
}
