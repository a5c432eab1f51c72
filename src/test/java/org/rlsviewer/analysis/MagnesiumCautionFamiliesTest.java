package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.Flag;

/**
 * The magnesium, kidney, side-effect, pregnancy and medicine cautions on families of wording in four
 * languages (issue 15): doses on top of the column, counts before a strength, per-scoop doses, stated
 * totals, limits that are not doses; magnesium given up or asked about; kidney function as a figure;
 * nursing said without the word, bare week counts, pregnancies compared with or wished for; medicines
 * warned off. Probe notes written for this test.
 */
class MagnesiumCautionFamiliesTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);

  private static int total(Integer column, String notes) {
    return MagnesiumIntake.of(RuleEngineTest.night(NIGHT, column, null, null, null, null, notes))
        .map(MagnesiumIntake.Total::mg).orElse(0);
  }

  /** The magnesium, pregnancy and medicine cautions the night of {@code notes} gives, by rule id. */
  static String cautions(Integer column, String notes) {
    List<Flag> flags = new DiaryAnalyser().analyse(RuleEngineTest.diary(
        List.of(RuleEngineTest.night(NIGHT, column, null, null, null, null, notes)))).flags();
    return flags.stream().map(Flag::ruleId).filter(id -> id.startsWith("magnesium") || id.equals("pregnancy")
        || id.equals("aggravating-medication")).sorted().distinct().collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "[{index}] column {0}, {1} -> {2} mg")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      250 | one more 250 at midnight, legs awful                            | 500
      250 | took another 250 around 2am                                     | 500
      150 | then a second 150 capsule before bed                            | 300
      300 | nochmal 300 gegen Mitternacht                                   | 600
      300 | otros 300 de madrugada porque no paraba                         | 600
      300 | encore 300 vers minuit                                          | 600
      250 | 250 with dinner                                                 | 250
      250 | slept badly, legs 7/10                                          | 250
      250 | walked another 300 m to the shop                                | 250
      200 | 200 at supper, then 2 more of the 100mg ones later              | 400
      -   | Mg 3x150 tonight                                                | 450
      -   | magnesium 3 x 150                                               | 450
      -   | magnesium citrate 200 and malate 100 and zinc 15 = 350 total    | 350
      -   | Magnesiumcitrat 200 + Multi (150 Mg) = 350 insgesamt            | 350
      -   | magnesium 250, then she gave me a second one by mistake, so 500 | 500
      -   | Magnesium 200 und aus Versehen noch eine, macht 400             | 400
      -   | magnesio 200 y sin querer otro más, son 400                     | 400
      -   | magnésium 200 et par erreur un deuxième, ça fait 400            | 400
      250 | took magnesium 250 again tonight as usual                       | 250
      300 | second night in a row with the usual 300 at bedtime             | 300
      100 | magnesium 100 at lunch and 100 more at bedtime = 200 total      | 200
      -   | Magnesium oil 15 sprays (~8mg each) + 250mg glycinate           | 370
      -   | Magnesiumöl 12 Sprühstöße (je ca. 10 mg)                        | 120
      -   | aceite de magnesio 15 pulverizaciones (unos 10 mg cada una)     | 150
      -   | huile de magnésium 15 pulvérisations (environ 10 mg chacune)    | 150
      -   | Calm magnesium drink, 3 level scoops, tub says 120mg per scoop  | 360
      -   | tres sobres efervescentes de magnesio de 150 mg                 | 450
      -   | drei Brausetabletten Magnesium zu je 150 mg                     | 450
      -   | told to stay under 350 of magnesium, so I take 250              | 250
      -   | höchstens 350 Magnesium laut Arzt, heute 200                    | 200
      -   | Cal/Mag tablet at lunch (600 calcium / 300 magnesium)           | 300
      -   | magnesium 200 then, by mistake, another 200 later               | 400
      -   | magnesio 250 y luego, por error, otros 250                      | 500
      -   | magnésium 250 puis, par erreur, encore 250                      | 500
      """)
  void theDayIsCountedInFull(Integer column, String notes, int mg) {
    assertThat(total(column, notes)).isEqualTo(mg);
  }

  @ParameterizedTest(name = "[{index}] column {0}, {1} -> [{2}]")
  @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", textBlock = """
      -   | Does magnesium give you the runs? asked the pharmacist                | ''
      -   | ¿El magnesio produce náuseas? Lo leí en un foro                       | ''
      -   | Verursacht Magnesium Übelkeit? Meine Nachbarin meint ja               | ''
      -   | Le magnésium provoque-t-il des nausées ? Une amie le dit              | ''
      -   | magnesium upset my stomach so I gave it up, legs worse                | ''
      -   | Magnesium macht mir Durchfall, deshalb nehme ich es nicht mehr        | ''
      -   | el magnesio me da diarrea así que ya no lo tomo                       | ''
      -   | the magnesium gave me diarrhoea last week, fine since switching        | ''
      250 | magnesium 250 and loose stools all evening                            | magnesium-side-effect
      250 | mag taken, runs again                                                 | magnesium-side-effect
      250 | magnesium 250, my nose runs all day with this cold                    | ''
      -   | stage 3 kidney disease, stopped every supplement, magnesium included  | ''
      -   | Niereninsuffizienz, habe alle Präparate abgesetzt, Magnesium auch     | ''
      -   | kidney function down to 22% and took magnesium 250mg tonight          | magnesium-kidney
      -   | Nierenfunktion nur noch 25 %, Magnesium 250 mg genommen               | magnesium-kidney
      -   | función renal al 25 %, magnesio 250 mg esta noche                     | magnesium-kidney
      -   | reins à 25 %, magnésium 250 mg ce soir                                | magnesium-kidney
      -   | eGFR 82, kidneys fine, magnesium 250mg                                | ''
      -   | TFG 80, riñones bien, magnesio 250 mg                                 | ''
      -   | DFG 78, reins normaux, magnésium 250 mg                               | ''
      -   | Kidney function: normal (eGFR 88). Mg: 250mg                          | ''
      -   | kidney function not normal, magnesium 250mg tonight                   | magnesium-kidney
      -   | Nausea: yes / Magnesium: none today                                   | ''
      -   | Übelkeit: ja, Magnesium heute keins                                   | ''
      """)
  void magnesiumAskedAboutOrGivenUpIsNotTaken(Integer column, String notes, String expected) {
    assertThat(cautions(column, notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> [{1}]")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      newborn up every few hours to feed, legs jumping                    | pregnancy
      my little boy feeds from me through the night, legs bad             | pregnancy
      pumping for the baby in NICU every 3 hours                          | pregnancy
      3am feed again and my legs would not stop                           | pregnancy
      26 wks today and the legs are unbearable                            | pregnancy
      34 weeks, ankles puffy, legs jumping                                | pregnancy
      Baby trinkt nachts an der Brust, Beine unruhig                      | pregnancy
      el bebé pide teta cada dos horas y las piernas no paran             | pregnancy
      bébé réclame le sein toutes les deux heures                         | pregnancy
      legs calmer now than during my pregnancy                            | ''
      Beine ruhiger als in der Schwangerschaft                            | ''
      las piernas mejor que durante el embarazo                           | ''
      jambes plus calmes que pendant la grossesse                         | ''
      I breastfed both boys, back when this began, 25 years ago           | ''
      we are trying to get pregnant next spring, is ropinirole safe?      | ''
      weaned the baby off nursing in June, legs no better                 | ''
      ropinirole for 26 weeks now, legs better                            | ''
      12 weeks of physio and my legs still jump                           | ''
      my sister is 30 weeks and has restless legs too                     | ''
      mi prima está de 28 semanas y también tiene las piernas inquietas   | ''
      28 semaines après l'opération, les jambes pareilles                 | ''
      chest pain at night, baby coughing                                  | ''
      Pregnant: 24w / legs 7                                              | pregnancy
      nursing at 2am again, legs crawling                                 | pregnancy
      pregnant?? no way lol, just the legs                                | ''
      ¿Embarazada? Ni de broma, solo las piernas                          | ''
      das Baby ist da, ich stille nicht, Beine besser                     | ''
      a long pregnant pause from the GP, then more ropinirole             | ''
      I nursed my youngest and my legs were calm, that's 20 years ago     | ''
      baby due in June, legs already restless every night                 | pregnancy
      I'm due early next month, legs jumping all evening                  | pregnancy
      the gas bill is due in March, legs restless                         | ''
      le di teta a las 4 y luego no pude dormir por las piernas           | pregnancy
      sigo dando el pecho y las piernas fatal                             | pregnancy
      je suis à 7 mois et les jambes bougent le soir                      | pregnancy
      il a 8 mois, le petit, et mes jambes bougent                        | ''
      """)
  void pregnancyAndNursingFamilies(String notes, String expected) {
    assertThat(cautions(null, notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> [{1}]")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      took a promethazine to get to sleep, legs went crazy                | aggravating-medication
      the GP warned me off promethazine because of my legs                | ''
      was given metoclopramide for the sickness but didn't take it        | ''
      Metoclopramid verschrieben, aber nicht genommen                     | ''
      me recetaron metoclopramida pero no la tomé                         | ''
      on m'a prescrit du métoclopramide mais je ne l'ai pas pris          | ''
      j'ai arrêté la sertraline en juin, jambes mieux                     | ''
      I used to take amitriptyline but not for years                      | ''
      antes tomaba amitriptilina, hace años que no                        | ''
      sertraline discontinued by the GP, legs easier                      | ''
      tomo amitriptilina desde hace años para dormir                      | aggravating-medication
      the crawling feeling at 2am again                                   | ''
      """)
  void medicinesNotTakenAreNotCautioned(String notes, String expected) {
    assertThat(cautions(null, notes)).isEqualTo(expected);
  }
}
