package org.rlsviewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Patient;

/**
 * French notes by family of wording (France, Belgium, Switzerland, Québec; familiar, text-speak,
 * unaccented), one night each, through the whole analysis: each family affirmed, and the idioms,
 * fears, questions, other people and negations that must not flag. Notes written for this test.
 */
class FrenchNotesTest {

  private static final LocalDate NIGHT = LocalDate.of(2026, 3, 1);
  private final DiaryAnalyser analyser = new DiaryAnalyser();

  private static DiaryEntry night(Integer magnesiumMg, String medications, String notes) {
    return new DiaryEntry(2, NIGHT, 5, null, null, "", null, null, null, null, null, null, null, null, null,
        magnesiumMg, "", medications, "", null, null, "", notes, Map.of());
  }

  /** The night's flags and cautions as sorted "rule:urgency" joined by "+", or "none". */
  private String summary(Integer magnesiumMg, String medications, String notes) {
    String s = analyser.analyse(new Diary(Patient.unknown(), Map.of(), List.of(night(magnesiumMg, medications, notes)),
            List.of())).flags().stream()
        .map(f -> f.ruleId() + ":" + f.urgency().label()).distinct().sorted().collect(Collectors.joining("+"));
    return s.isEmpty() ? "none" : s;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # weakness: legs that give way, refuse, do not hold, a dragging foot
      Ce matin mes guiboles ont lâché dans la salle de bain | weakness:soon
      ma jambe droite refusait d'avancer au retour du marché | weakness:soon
      les jambes ne m'obéissent plus depuis hier soir | weakness:soon
      jambe gauche n'a pas supporté mon poids en descendant du bus | weakness:soon
      j'ai senti mes jambes se dérober sous moi au supermarché | weakness:soon
      mes genoux ont cédé sous moi dans l'escalier | weakness:soon
      les jambes flagada toute la journée, je tiens plus sur mes jambes | weakness:soon
      jambes comme du flan ce matin, j'ai dû m'asseoir | weakness:soon
      je traîne la jambe droite depuis lundi | weakness:soon
      le pied gauche ne se relève plus, il claque sur le sol | weakness:soon
      impossible de soulever le pied droit pour monter la marche | weakness:soon
      je bute sur chaque marche avec le pied gauche | weakness:soon
      je me suis retrouvée par terre, les jambes ont lâché | weakness:soon
      jme suis enfargé dans mes propres pieds 2 fois | weakness:soon
      la jambe gauche reste en arrière quand je marche | weakness:soon
      # weakness: idioms, fears, questions, negations
      j'ai les jambes coupées après cette nouvelle | none
      g peur ke mes jambes lâchent au boulot demain | none
      mes jambes n'ont plus lâché depuis la perfusion de fer | none
      j'ai traîné des pieds pour aller chez le dentiste | none
      quelqu'un a déjà eu les jambes qui flanchent ? | none
      mes jambes sont mortes de fatigue après la rando | none
      # cauda equina: numb seat or both legs with a bladder or bowel change
      je sens plus rien quand je m'essuie et j'ai du mal à faire pipi | cauda-equina:urgent+numbness:routine
      fesses engourdies et je me suis fait pipi dessus sans m'en rendre compte | cauda-equina:urgent+numbness:routine
      entrejambe tout endormi, j'ai pas fait pipi depuis ce matin | cauda-equina:urgent+numbness:routine
      je ne sens plus rien assise sur les toilettes et je n'ai pas pu retenir mes selles | cauda-equina:urgent+numbness:routine
      les deux jambes engourdies et des petites fuites d'urine aujourd'hui | cauda-equina:urgent+numbness:routine
      les deux jambes faibles et je n'arrive plus à retenir mon pipi | cauda-equina:urgent+weakness:soon
      hypoesthésie en selle, pas de miction depuis 6h | cauda-equina:urgent+numbness:routine
      les deux cuisses insensibles, ça vient goutte à goutte quand j'urine | cauda-equina:urgent+numbness:routine
      derrière engourdi et un accident de selles ce soir | cauda-equina:urgent+numbness:routine
      # apnea and drowsy driving
      ma femme me fait remarquer que je fais des pauses en dormant | apnea:soon
      mon conjoint rapporte des arrêts respiratoires la nuit | apnea:soon
      j'ai piqué du nez au volant sur l'autoroute | apnea:soon
      j'ai cogné des clous au feu rouge | apnea:soon
      le moteur de la tondeuse ronfle mal | none
      le tracteur ronflait toute la matinée | none
      # swelling shown by the shoe, one side
      ma chaussure gauche ne rentre plus ce soir, la droite oui | swelling:urgent
      la chaussette droite serre beaucoup plus que l'autre | swelling:urgent
      impossible d'enfiler ma botte droite ce matin | swelling:urgent
      chevilles gonflées et j'ai du mal à reprendre mon souffle | swelling:urgent
      gonflement cheville droite et douleur mollet à droite | swelling:urgent
      le gonflement de ma cheville gauche est revenu normal | none
      # pregnancy and breastfeeding
      28 SA, impatiences tous les soirs | pregnancy:routine
      34 semaines demain et les jambes bougent autant que le bébé | pregnancy:routine
      troisième trimestre, les impatiences sont terribles | pregnancy:routine
      le bébé a gigoté toute la nuit dans mon ventre | pregnancy:routine
      j'attends notre premier pour l'été | pregnancy:routine
      j'attends famille et les jambes s'agitent | pregnancy:routine
      tétées toute la nuit et les jambes qui s'agitent | pregnancy:routine
      je tire mon lait à 3h du matin | pregnancy:routine
      ma soeur est enceinte de 30 semaines | none
      # medicines only offered or stopped
      le docteur m'a proposé de l'Effexor mais j'ai dit non | none
      arrêt du Prozac il y a un mois | none
      Nautamine pour le mal des transports ce soir | aggravating-medication:routine
      """)
  void readsFrenchFamilies(String notes, String expected) {
    assertThat(summary(null, "", notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
      # augmentation on a dopamine agonist
      ropinirole 0,5 mg | ça démarre dès 15h maintenant | augmentation:soon
      Sifrol 0,18 mg | les avant-bras grouillent aussi maintenant | augmentation:soon
      Sifrol 0,18 mg | ça monte jusque dans les épaules depuis une semaine | augmentation:soon
      Adartrel 1 mg | depuis qu'on a augmenté la dose c'est pire | augmentation:soon
      Neupro 4 mg | patch Neupro passé à 4 mg, ça commence à 16h | augmentation:soon
      Sinemet 100 | le comprimé ne me tient plus que deux heures | augmentation:soon
      Modopar 62,5 | le Modopar ne fait plus effet aussi longtemps qu'avant | augmentation:soon
      ropinirole 1 mg | au bout de deux heures c'est reparti | augmentation:soon
      pramipexole 0,18 mg | même les bras s'y mettent ce soir | augmentation:soon
      ropinirole 0,5 mg | ça prend l'après-midi maintenant | augmentation:soon
      ropinirole 0,5 mg | je me suis couchée un peu plus tôt ce soir | none
      ropinirole 0,5 mg | je ne dors plus que quatre heures par nuit | none
       - | ça commence dès 15h maintenant | none
      """)
  void readsAugmentationOnADopamineAgonist(String medications, String notes, String expected) {
    assertThat(summary(null, medications == null ? "" : medications, notes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # magnesium side effects
      300 | le ventre en vrac toute la nuit | magnesium-side-effect:routine
      300 | couru aux toilettes trois fois cette nuit | magnesium-side-effect:routine
      300 | la courante depuis que je prends le magnésium | magnesium-side-effect:routine
      300 | selles molles ce matin | magnesium-side-effect:routine
      300 | crampes dans les mollets cette nuit | none
      """)
  void readsMagnesiumUpsets(int magnesiumMg, String notes, String expected) {
    assertThat(summary(magnesiumMg, "", notes)).isEqualTo(expected);
  }

  @Test
  void mollet_isNotReadAsAMisspeltMolle() {
    assertThat(summary(null, "", "gonflement cheville droite et douleur mollet à droite")).isEqualTo("swelling:urgent");
  }
}
