package org.rlsviewer.corpus.blind;

import static org.rlsviewer.corpus.Template.Modality.AFFIRMED;

import java.util.List;
import org.rlsviewer.corpus.Template;

/** Blind templates in German, Spanish and French. Not to be read by anyone changing the reader. */
final class BlindOther {

  private BlindOther() {}

  private static Template de(String id, String labels) {
    return new Template(id, "de", labels);
  }

  private static Template es(String id, String labels) {
    return new Template(id, "es", labels);
  }

  private static Template fr(String id, String labels) {
    return new Template(id, "fr", labels);
  }

  static List<Template> templates() {
    return List.of(
        // ------------------------------------------------------------- German
        de("de-b-schwaeche", "weakness:soon")
            .aff("die Beine {tragen mich nicht|tragen mich kaum} {mehr|heute}", "der {linke|rechte} Fuß {schleift|klatscht auf}",
                "kann nicht auf {Zehenspitzen|den Fersen} stehen", "{bin gestürzt|hingefallen}, die Beine haben nachgegeben",
                "Muskelschwund am {linken|rechten} Oberschenkel")
            .neg("keine Stürze", "Beine tragen gut", "Zehenspitzenstand geht problemlos")
            .other("{Oma|mein Vater} ist {gestürzt|hingefallen}")
            .resolved("die Beine tragen wieder, alles normal"),
        de("de-b-taub", "numbness:routine")
            .aff("Füße {pelzig|wie Watte|gefühllos}", "kein Gefühl in den Zehen", "{linke|rechte} Fußsohle taub")
            .neg("Füße nicht pelzig", "Gefühl in den Füßen normal", "weder taub noch schwach")
            .other("mein Mann hat pelzige Füße"),
        de("de-b-schwellung-seite", "swelling:urgent")
            .aff("Schwellung nur {links|rechts}", "{links|rechts} dicker als {rechts|links}", "{li.|re.} Knöchel geschwollen",
                "Unterschenkel {links|rechts} heiß und rot", "Knöchel geschwollen, {links|rechts} schlimmer",
                "{linke|rechte} Wade geschwollen und {Atemnot|Brustschmerzen}")
            .hedge("{linker|rechter} Knöchel vielleicht etwas dicker?")
            .neg("keine Schwellung, beide Seiten gleich")
            .fear("Sorge wegen Thrombose {nach der Reise|}")
            .resolved("Schwellung {links|rechts} abgeklungen"),
        de("de-b-schwellung-beide", "swelling:soon")
            .aff("Wasser in den Beinen", "{Elefantenfüße|dicke Füße} am Abend", "Ödeme an beiden Knöcheln")
            .neg("keine Ödeme", "kein Wasser in den Beinen")
            .unrelated("Lymphknoten geschwollen"),
        de("de-b-apnoe", "apnea:soon")
            .aff("Atemaussetzer {laut Partnerin|laut meinem Mann}", "{am Steuer|beim Autofahren} eingenickt", "Epworth {12|15}",
                "mit Herzrasen und Luftnot aufgewacht")
            .neg("Epworth {5|8}", "kein Schnarchen laut meiner Frau")
            .other("mein Mann hat Schlafapnoe"),
        de("de-b-cauda", "cauda-equina:urgent weakness:soon")
            .aff("beide Beine schwach und {Blase undicht|kann den Stuhl nicht halten}")
            .neg("Blase und Darm normal"),
        de("de-b-aug", "augmentation:soon")
            .aff("Unruhe jetzt schon {ab 14 Uhr|nachmittags}", "geht jetzt bis in die Arme", "Wirkung hält nur noch {2|3} Stunden")
            .meds("{Sifrol|Pramipexol|Ropinirol|Neupro} {0,35 mg|2 mg}|Restex", "|Pregabalin|Ropinirol abgesetzt im März"),
        de("de-b-mg", "magnesium-side-effect:routine")
            .aff("Durchfall {seit dem Magnesium|heute}", "{Bauchkrämpfe|Übelkeit} nach Magnesium")
            .neg("Verdauung normal")
            .mg("200|300", "200|300"),
        de("de-b-mg-niere", "magnesium-kidney:soon")
            .aff("{Niereninsuffizienz|chronische Nierenerkrankung} Stadium {3|4}", "Dialyse {morgen|am Dienstag}")
            .neg("Nierenwerte in Ordnung")
            .mg("150|200", "150|200"),
        // ------------------------------------------------------------- Spanish
        es("es-b-debilidad", "weakness:soon")
            .aff("las piernas no me sostienen", "el pie {izquierdo|derecho} se me cae al caminar", "no puedo ponerme de puntillas",
                "me caí {en el baño|dos veces}, las piernas se doblaron", "flojera en las piernas")
            .neg("las piernas me sostienen bien", "sin caídas")
            .other("mi abuela se cayó")
            .resolved("ya camino normal, la debilidad pasó"),
        es("es-b-hormigueo", "numbness:routine")
            .aff("no siento los pies", "hormigueo en los {pies|dedos}", "pies {como de corcho|acorchados}")
            .neg("ningún hormigueo", "sin adormecimiento")
            .other("mi hermana tiene hormigueo"),
        es("es-b-hinchazon-lado", "swelling:urgent")
            .aff("hinchazón solo en la {izquierda|derecha}", "pierna {izq|der} más gruesa", "pantorrilla {izquierda|derecha} roja y caliente",
                "tobillos hinchados, peor el {izquierdo|derecho}", "pierna {izquierda|derecha} hinchada y me falta el aire")
            .hedge("quizás el tobillo {izquierdo|derecho} un poco hinchado?")
            .neg("nada de hinchazón en ninguna pierna")
            .fear("me da miedo tener un trombo")
            .resolved("ya se deshinchó la pierna {izquierda|derecha}"),
        es("es-b-hinchazon-ambas", "swelling:soon")
            .aff("retención de líquidos en las piernas", "pies como {globos|botas} por la noche")
            .neg("sin retención de líquidos")
            .unrelated("amígdalas inflamadas"),
        es("es-b-apnea", "apnea:soon")
            .aff("ronquidos {fuertes|tremendos} según mi pareja", "me quedo {dormido|dormida} conduciendo", "me desperté con el corazón a mil y sin aire")
            .neg("ni ronquidos ni pausas")
            .other("mi padre tiene apnea"),
        es("es-b-magnesio-dosis", "magnesium-dose:routine")
            .aff("magnesio {2 x 200 mg|400 mg} hoy", "tomé {500|450} mg de magnesio")
            .neg("magnesio 200 mg como siempre")
            .mg("", ""),
        es("es-b-aggr", "aggravating-medication:routine")
            .aff("tomé {Dormidina|difenhidramina} para dormir")
            .neg("dejé la sertralina {en 2021|hace un año}"),
        // ------------------------------------------------------------- French
        fr("fr-b-faiblesse", "weakness:soon")
            .aff("mes jambes ne me portent plus", "le pied {gauche|droit} tombe quand je marche", "je n'arrive pas à marcher sur les talons",
                "chute {dans la salle de bain|ce matin}, les jambes ont flanché")
            .neg("pas de chute", "les jambes me portent bien")
            .other("ma grand-mère est tombée")
            .resolved("la faiblesse a disparu, tout est rentré dans l'ordre"),
        fr("fr-b-engourdi", "numbness:routine")
            .aff("je ne sens plus mes pieds", "pieds {cartonnés|comme du coton}", "{fourmillements|picotements} dans les orteils")
            .neg("aucun fourmillement", "sensibilité normale")
            .other("mon mari a les pieds engourdis"),
        fr("fr-b-gonflement-cote", "swelling:urgent")
            .aff("pied {gauche|droit} plus gros que l'autre", "gonflement seulement à {gauche|droite}", "mollet {gauche|droit} rouge et chaud",
                "chevilles gonflées, surtout la {gauche|droite}", "jambe {gauche|droite} enflée et je suis essoufflée")
            .hedge("peut-être la cheville {gauche|droite} un peu enflée?")
            .neg("aucun gonflement des deux côtés")
            .fear("peur de faire une phlébite")
            .resolved("le mollet {gauche|droit} a dégonflé"),
        fr("fr-b-gonflement-deux", "swelling:soon")
            .aff("jambes lourdes et gonflées", "rétention d'eau dans les chevilles")
            .neg("pas de rétention d'eau")
            .unrelated("amygdales gonflées"),
        fr("fr-b-apnee", "apnea:soon")
            .aff("je ronfle {comme un sonneur|très fort} d'après mon conjoint", "somnolence au volant, j'ai dû m'arrêter", "Epworth à {13|16}")
            .neg("Epworth à {4|7}", "pas de ronflement")
            .other("mon père fait de l'apnée du sommeil"),
        fr("fr-b-mg", "magnesium-dose:routine")
            .aff("magnésium {2 x 200 mg|400 mg} aujourd'hui")
            .neg("magnésium 150 mg comme d'habitude")
            .mg("", ""),
        fr("fr-b-mg-digestif", "magnesium-side-effect:routine")
            .aff("diarrhée {depuis le magnésium|aujourd'hui}", "maux de ventre avec le magnésium")
            .neg("transit normal")
            .mg("150|300", "150|300"),
        fr("fr-b-cauda", "cauda-equina:urgent numbness:routine")
            .vl(AFFIRMED, "cauda-equina:urgent numbness:routine", "fesses engourdies et {fuites urinaires|je ne sens plus quand je dois uriner}")
            .neg("vessie normale")
        );
  }
}
