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
      jambes en coton depuis ce matin | weakness:soon
      mes jambes se dérobent quand je me lève | weakness:soon
      la jambe gauche a flanché dans l'escalier | weakness:soon
      mon pied droit traîne par terre | weakness:soon
      le pied gauche accroche le sol quand je marche | weakness:soon
      faiblesse dans la jambe droite depuis 2 jours | weakness:soon
      jambe droite tte faible ce soir | weakness:soon
      jambe gauche sans force | weakness:soon
      g pu de force ds les jambes | weakness:soon
      je peux plus monter les escaliers, mes jambes me portent plus | weakness:soon
      je suis tombée deux fois, les genoux ont plié | weakness:soon
      impossible de marcher sur les talons avec le pied droit | weakness:soon
      je n'arrive plus à lever la jambe gauche pour entrer dans la baignoire | weakness:soon
      mes jambes tremblent et ne me tiennent plus debout | weakness:soon
      pied gauche engourdi depuis ce matin | numbness:routine
      je sens plus mes orteils du pied droit | numbness:routine
      fourmillements et engourdissement dans les deux pieds | numbness:routine
      la plante des pieds comme du carton | numbness:routine
      jambe gauche insensible au toucher | numbness:routine
      j'ai la jambe morte depuis le réveil | numbness:routine
      les orteils tout engourdis | numbness:routine
      plus aucune sensation dans le pied gauche | numbness:routine
      perte de sensibilité à la cuisse droite | numbness:routine
      les pieds endormis tout le temps, même en marchant | numbness:routine
      lèvre encore engourdie après le dentiste | none
      mains engourdies au réveil | none
      pas d'engourdissement ce soir | none
      engourdissement : non | none
      jambe gauche enflée | swelling:urgent
      cheville droite gonflée comme un ballon | swelling:urgent
      le mollet gauche est plus gros que le droit | swelling:urgent
      oedème de la jambe droite | swelling:urgent
      mollet gauche rouge et chaud | swelling:urgent
      les deux chevilles enflées le soir | swelling:soon
      pieds gonflés par la chaleur | swelling:soon
      les chevilles boudinées dans les chaussettes | swelling:soon
      ma mère a les jambes gonflées | none
      pas de gonflement | none
      gonflement : non | none
      doigts gonflés ce matin | none
      paupières gonflées au réveil | none
      mon mari dit que je ronfle très fort | apnea:soon
      ronflements et pauses respiratoires selon ma femme | apnea:soon
      je me suis réveillé en suffoquant | apnea:soon
      réveillée en sursaut, j'étouffais | apnea:soon
      mon chum dit que j'arrête de respirer la nuit | apnea:soon
      somnolence au volant sur le trajet du travail | apnea:soon
      failli m'endormir en conduisant | apnea:soon
      mon mari ronfle comme un tracteur | none
      je ne ronfle pas d'après ma femme | none
      enceinte de 5 mois | pregnancy:routine
      je suis enceinte, 20 SA | pregnancy:routine
      j'allaite encore la petite la nuit | pregnancy:routine
      grossesse de 7 mois, impatiences | pregnancy:routine
      quand j'étais enceinte j'avais déjà les impatiences | none
      ma fille est enceinte | none
      pas enceinte | none
      je sens plus mes fesses et j'ai des fuites urinaires | cauda-equina:urgent+numbness:routine
      engourdi entre les jambes et je peux plus uriner | cauda-equina:urgent+numbness:routine
      le périnée insensible, j'ai mouillé le lit cette nuit | cauda-equina:urgent+numbness:routine
      parties intimes engourdies et incontinence depuis ce matin | cauda-equina:urgent+numbness:routine
      les deux jambes faibles et je fais pipi sur moi | cauda-equina:urgent+weakness:soon
      zone de la selle engourdie et je sens plus quand j'ai envie d'uriner | cauda-equina:urgent+numbness:routine
      faiblesse des deux jambes et rétention urinaire | cauda-equina:urgent+weakness:soon
      # spoken negation, Québec "pis", a patient's own inability
      je ronfle pas, d'après ma femme | none
      j'allaite plus depuis l'été | none
      Je sens plus rien aux fesses ni quand je m'essuie, pis j'ai de la misère à uriner | cauda-equina:urgent+numbness:routine
      je n'arrive plus à lever la jambe droite | weakness:soon
      # a leg that "sleeps", water kept in the legs, breathing that stops, wishes, plain bladder words
      mes pieds dorment depuis ce matin | numbness:routine
      j'ai la jambe qui dort | numbness:routine
      ma jambe gauche s'endort tout le temps | numbness:routine
      les orteils sont comme morts | numbness:routine
      je ne sens presque plus mon pied gauche | numbness:routine
      engourdissement du pied, des fois ça pique | numbness:routine
      pied droit engourdi hier, c'est passé | none
      ma voisine a les pieds engourdis | none
      j'ai peur que mes pieds s'engourdissent | none
      la cheville gauche a doublé de volume | swelling:urgent
      mon pied gauche est tout enflé | swelling:urgent
      enflure au mollet droit | swelling:urgent
      jambe droite plus grosse que la gauche | swelling:urgent
      ma cheville droite a enflé cette nuit | swelling:urgent
      gonflement des chevilles ce soir | swelling:soon
      les pieds gonflés comme des poteaux | swelling:soon
      je retiens l'eau dans les jambes | swelling:soon
      avant j'avais les chevilles gonflées | none
      si mes jambes gonflent je dois appeler | none
      le gonflement est parti | none
      ça ronfle fort d'après mon homme | apnea:soon
      j'arrête de respirer en dormant selon ma conjointe | apnea:soon
      ma femme m'a réveillé parce que je respirais plus | apnea:soon
      réveillé plusieurs fois en manque d'air | apnea:soon
      je me réveille la nuit en cherchant mon souffle | apnea:soon
      je me suis assoupi au volant ce matin | apnea:soon
      mon mari fait des apnées | none
      mon père avait des apnées du sommeil | none
      enceinte de jumeaux, 24 semaines | pregnancy:routine
      j'allaite mon fils de 3 mois | pregnancy:routine
      je donne le sein toutes les 3 heures | pregnancy:routine
      en post-partum et j'allaite | pregnancy:routine
      j'étais enceinte l'an dernier | none
      j'aimerais tomber enceinte l'année prochaine | none
      je pisse sur moi sans m'en rendre compte et les deux jambes sont engourdies | cauda-equina:urgent+numbness:routine
      je sens plus le papier toilette et je retiens plus mes urines | cauda-equina:urgent+numbness:routine
      les fesses et l'entrejambe engourdies, impossible d'uriner depuis hier soir | cauda-equina:urgent+numbness:routine
      les deux jambes sans force et j'ai fait dans ma culotte | cauda-equina:urgent+weakness:soon
      les deux jambes engourdies et je n'ai pas uriné depuis ce matin | cauda-equina:urgent+numbness:routine
      Vous allez rire mais ça me gonfle, ces impatiences | none
      # precision: "faible" as a symptom's strength, other falls, other people, checklists, the past, choking on food
      impatiences faibles dans les jambes ce soir | none
      douleur faible dans les jambes | none
      agitation plus faible dans les jambes que hier | none
      jambes lourdes et agitées ce soir | none
      crampes dans les mollets cette nuit | none
      décharges électriques dans les jambes | none
      besoin de bouger les jambes tout le temps | none
      mon mari a les jambes faibles depuis son opération | none
      je me sens faible aujourd'hui, la grippe | none
      la petite a de la fièvre, elle a les joues enflées | none
      chute de tension en me levant | none
      je suis tombée amoureuse de la marche nordique | none
      faiblesse jambes : non | none
      jambes qui lâchent : oui | weakness:soon
      gonflement cheville : oui à gauche | swelling:urgent
      ronflements : non | none
      aucun engourdissement ni faiblesse | none
      ni faiblesse ni gonflement ce soir | none
      il y a deux ans j'avais la jambe gauche enflée | none
      pas de fuites urinaires, pas d'engourdissement des fesses | none
      il fait une chaleur étouffante | none
      je me suis étouffée en mangeant | none
      mes jambes me donnent des coups la nuit | none
      le chat ronronne sur mes pieds | none
      mes pieds sont froids | none
      # one leg however said, partner reports, weeks and feeds, the seat with bladder words
      gonflement du côté gauche seulement | swelling:urgent
      une seule cheville gonflée, la droite | swelling:urgent
      enflure d'un seul côté, à gauche | swelling:urgent
      le pied gauche a enflé mais pas le droit | swelling:urgent
      gonflée la cheville gauche, pas l'autre | swelling:urgent
      ma jambe gauche est plus grosse que l'autre | swelling:urgent
      mollet droit dur et douloureux | swelling:urgent
      jambe enflée à droite | swelling:urgent
      les deux pieds gonflés pareil | swelling:soon
      oedème des membres inférieurs | swelling:soon
      mes chaussures me serrent ce soir, les deux pieds | swelling:soon
      je ronfle et je me réveille fatigué | apnea:soon
      ma femme dit que j'ai fait des apnées cette nuit | apnea:soon
      je fais des apnées d'après mon mari | apnea:soon
      endormie au feu rouge en rentrant | apnea:soon
      somnolente en voiture, j'ai dû m'arrêter sur une aire pour dormir | apnea:soon
      le bébé bouge beaucoup ce soir, 30 semaines | pregnancy:routine
      enceinte de 3 mois | pregnancy:routine
      je suis enceinte! | pregnancy:routine
      allaitement mixte, tétée à 2h | pregnancy:routine
      fesses insensibles et je me suis uriné dessus | cauda-equina:urgent+numbness:routine
      anesthésie en selle et incontinence urinaire | cauda-equina:urgent+numbness:routine
      je ne sens plus mon anus et je ne sens pas quand je vais à la selle | cauda-equina:urgent+numbness:routine
      entrejambe engourdie et impossible de retenir mes urines | cauda-equina:urgent+numbness:routine
      # text-speak and unaccented
      g les jambes ki lachent dpuis hier | weakness:soon
      jsuis tombée 2 fois jambes en coton | weakness:soon
      mé chevilles sont toute enflée | swelling:soon
      chui enceinte de 4 mois | pregnancy:routine
      jsens pu mes pieds | numbness:routine
      mon homme dit que je ronfle grave | apnea:soon
      cheville gauche enflee depuis hier soir | swelling:urgent
      jambe droite tres faible | weakness:soon
      engourdissement pied gauche | numbness:routine
      les gambettes en guimauve | weakness:soon
      mes quilles ont lâché au marché | weakness:soon
      pied tombant à droite depuis mardi | weakness:soon
      jpeux pu lever la jambe gauche | weakness:soon
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
      ropinirole 0,5 mg | les impatiences commencent de plus en plus tôt | augmentation:soon
      ropinirole 0,5 mg | maintenant ça me prend dès le déjeuner | augmentation:soon
      ropinirole 0,5 mg | ça a gagné les bras | augmentation:soon
      ropinirole 0,5 mg | impatiences dans les bras aussi maintenant | augmentation:soon
      ropinirole 0,5 mg | c'est de pire en pire depuis l'augmentation de la dose | augmentation:soon
      ropinirole 0,5 mg | l'effet dure moins longtemps qu'avant | augmentation:soon
      ropinirole 0,5 mg | ça commence vers 16h30 au lieu de 21h | augmentation:soon
      ropinirole 0,5 mg | le médicament ne fait effet que 2 heures | augmentation:soon
      ropinirole 0,5 mg | les mains s'agitent aussi le soir | augmentation:soon
      ropinirole 0,5 mg | impatiences vers 22h comme d'habitude | none
      ropinirole 0,5 mg | mal au bras après le tennis | none
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
      300 | diarrhée ce matin | magnesium-side-effect:routine
      300 | nausées après le magnésium | magnesium-side-effect:routine
      300 | mal au ventre toute la soirée | magnesium-side-effect:routine
      300 | crampes d'estomac après le comprimé | magnesium-side-effect:routine
      300 | chiasse depuis hier | magnesium-side-effect:routine
      300 | le transit est accéléré depuis le magnésium | magnesium-side-effect:routine
      300 | j'ai eu la colique | magnesium-side-effect:routine
      300 | envie de vomir en me couchant | magnesium-side-effect:routine
      300 | pas de diarrhée | none
      300 | crampes aux mollets | none
      """)
  void readsMagnesiumUpsets(int magnesiumMg, String notes, String expected) {
    assertThat(summary(magnesiumMg, "", notes)).isEqualTo(expected);
  }

  @Test
  void mollet_isNotReadAsAMisspeltMolle() {
    assertThat(summary(null, "", "gonflement cheville droite et douleur mollet à droite")).isEqualTo("swelling:urgent");
  }
}
