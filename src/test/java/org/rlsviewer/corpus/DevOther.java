package org.rlsviewer.corpus;

import java.util.List;

/** Development templates in German, Spanish and French: the English grammar with each language's words. */
final class DevOther {

  private DevOther() {}

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
        de("de-schwaeche", "weakness:soon")
            .aff("{mein|das} {linkes|rechtes} Bein ist {weggeknickt|eingeknickt} {auf der Treppe|beim Aufstehen|zweimal}",
                "Beine {so schwach|ganz schwach|kraftlos} {heute|am Abend}", "Beinschwäche {seit Montag|wieder|den ganzen Tag}",
                "keine Kraft in den {Beinen|Füßen}", "ziehe das {linke|rechte} Bein nach", "bin {zweimal|heute} gestolpert, Fuß bleibt hängen")
            .hedge("ich glaube, die Beine werden schwächer?", "{vielleicht|eventuell} etwas Schwäche im {linken|rechten} Bein")
            .neg("keine Schwäche", "Beine nicht schwach, nur unruhig", "nie weggeknickt", "ohne Schwäche {heute|}")
            .other("{meine Mutter|mein Mann|Papa} hat {schwache Beine|Beinschwäche}")
            .fear("Angst, dass die Beine {nachgeben|wegknicken} könnten")
            .past("{2018|vor Jahren} ist mir das Bein mal weggeknickt")
            .resolved("die Schwäche ist {weg|wieder gut}"),
        de("de-taubheit", "numbness:routine")
            .aff("{linker|rechter} Fuß {taub|ist taub|wie eingeschlafen}", "Zehen {taub|gefühllos} {seit gestern|wieder}",
                "Taubheitsgefühl im {Fuß|Unterschenkel|Bein}", "ich spüre meine Zehen nicht")
            .hedge("Füße {etwas|ein bisschen} taub, glaube ich")
            .neg("kein Taubheitsgefühl", "Füße nicht taub", "nichts taub", "Taubheit: nein")
            .other("{meine Mutter|mein Mann} hat taube Füße")
            .resolved("die Taubheit ist weg")
            .unrelated("Lippe noch taub vom Zahnarzt"),
        de("de-schwellung-seite", "swelling:urgent")
            .aff("{linke|rechte} Wade {geschwollen|dick|ist angeschwollen}", "{mein|das} {linker|rechter} Knöchel ist geschwollen",
                "Wadenschwellung {links|rechts}", "{linkes|rechtes} Bein dicker als das andere", "Knöchel geschwollen ({links|rechts})",
                "{linke|rechte} Wade rot, warm und schmerzhaft")
            .hedge("ich glaube, die {linke|rechte} Wade ist etwas geschwollen?")
            .neg("keine Schwellung {links|rechts|}", "{linke|rechte} Wade nicht geschwollen")
            .other("{meine Mutter|mein Mann} hat ein geschwollenes Bein")
            .fear("Angst vor Thrombose auf dem Flug")
            .resolved("die Schwellung am {linken|rechten} Knöchel ist {zurückgegangen|weg}"),
        de("de-schwellung-beide", "swelling:soon")
            .aff("{beide Knöchel|Knöchel|Füße} {geschwollen|dick} {am Abend|heute}", "geschwollene {Beine|Knöchel} {wieder|bei der Hitze}",
                "Beine {dick|angeschwollen}")
            .neg("keine Schwellung", "Knöchel nicht geschwollen", "nichts geschwollen")
            .unrelated("geschwollene Mandeln", "Augen geschwollen heute früh"),
        de("de-apnoe", "apnea:soon")
            .aff("{mein Mann|meine Frau|mein Partner} sagt, ich {schnarche|habe geschnarcht} {laut|wie ein Sägewerk}",
                "Atemaussetzer laut {meiner Frau|meinem Mann}", "nach Luft schnappend aufgewacht", "{fast|beinahe} am Steuer eingeschlafen")
            .neg("kein Schnarchen", "keine Atemaussetzer")
            .other("mein Mann schnarcht {wieder|laut}"),
        de("de-cauda", "cauda-equina:urgent numbness:routine")
            .aff("taub im {Gesäß|Schritt|Reithosenbereich} und {konnte nicht Wasser lassen|Blase undicht}")
            .neg("Blase in Ordnung, nichts taub"),
        de("de-augmentation", "augmentation:soon")
            .aff("fängt {früher|schon nachmittags|nach dem Mittagessen} an", "jetzt auch in den Armen", "schlimmer seit die Dosis erhöht wurde")
            .meds("{Pramipexol|Ropinirol|Sifrol} {0,18 mg|0,5 mg|1 mg}|Levodopa", "|Gabapentin 300 mg|Pregabalin"),
        de("de-magnesium", "magnesium-dose:routine")
            .aff("{2 x 200 mg|zweimal 200 mg} Magnesium genommen", "Magnesium 400 mg {abends|zur Nacht}", "Mg {450|500} mg heute")
            .neg("Magnesium 200 mg wie immer", "Mg 150 mg abends")
            .mg("", ""),
        de("de-magnesium-spalte", "magnesium-dose:routine")
            .aff("{Magnesium wie immer|wie immer|normale Nacht}")
            .neg("{Magnesium wie immer|wie immer|normale Nacht}")
            .mg("450|500|600", "150|200|300"),
        de("de-schwangerschaft", "pregnancy:routine")
            .aff("{20.|30.|34.} Schwangerschaftswoche", "ich stille {noch|nachts}", "bin schwanger")
            .neg("nicht schwanger")
            .other("meine Tochter ist schwanger"),
        // ------------------------------------------------------------- Spanish
        es("es-debilidad", "weakness:soon")
            .aff("la pierna {izquierda|derecha} me falló {en la escalera|al levantarme|dos veces}",
                "piernas {muy débiles|sin fuerza|flojas} {hoy|esta noche}", "arrastro la pierna {izquierda|derecha}",
                "{tropecé|me tropiezo} con los pies {dos veces|todo el rato}", "no tengo fuerza en los pies")
            .hedge("creo que las piernas están más débiles{?|}")
            .neg("sin debilidad", "no tengo debilidad", "piernas no débiles, solo inquietas", "nunca me fallan las piernas")
            .other("a mi {madre|marido} le fallan las piernas")
            .fear("miedo de que me fallen las piernas {en el viaje|}")
            .past("en 2018 me falló la pierna una vez")
            .resolved("la debilidad ya se fue"),
        es("es-entumecimiento", "numbness:routine")
            .aff("pie {izquierdo|derecho} {dormido|entumecido}", "{adormecimiento|entumecimiento} en los {pies|dedos}", "no siento los dedos del pie")
            .hedge("quizás un poco de entumecimiento en los pies")
            .neg("sin entumecimiento", "no tengo los pies dormidos", "nada entumecido", "ni entumecimiento ni debilidad")
            .other("mi madre tiene los pies dormidos")
            .unrelated("labio dormido por el dentista"),
        es("es-hinchazon-lado", "swelling:urgent")
            .aff("pantorrilla {izquierda|derecha} hinchada", "tobillo {izquierdo|derecho} {hinchado|inflamado}",
                "la pierna {izquierda|derecha} más {gorda|hinchada} que la otra", "tobillo hinchado ({izq|der|izquierdo|derecho})",
                "pantorrilla {izquierda|derecha} roja, caliente y dolorida")
            .hedge("creo que el tobillo {izquierdo|derecho} está un poco hinchado?")
            .neg("sin hinchazón en la pierna {izquierda|derecha}", "tobillo {izquierdo|derecho} no hinchado")
            .other("mi {madre|marido} tiene la pierna {izquierda|derecha} hinchada")
            .fear("miedo a una trombosis en el vuelo")
            .resolved("la hinchazón del tobillo {izquierdo|derecho} ya bajó"),
        es("es-hinchazon-ambas", "swelling:soon")
            .aff("{tobillos|pies|piernas} {hinchados|hinchadas} {por la noche|hoy|con el calor}", "los dos tobillos hinchados")
            .neg("sin hinchazón", "nada hinchado", "tobillos no hinchados")
            .unrelated("ganglios inflamados", "ojos hinchados esta mañana"),
        es("es-apnea", "apnea:soon")
            .aff("mi {marido|mujer|pareja} dice que {ronco|ronqué} {muchísimo|como un tractor}", "mi {marido|pareja} dice que dejo de respirar",
                "me desperté {ahogándome|sin aire}", "casi me duermo al volante")
            .neg("no ronco, dice mi marido", "sin pausas al respirar")
            .other("mi marido ronca {fatal|mucho}"),
        es("es-cauda", "cauda-equina:urgent weakness:soon")
            .aff("las dos piernas débiles y no pude orinar", "piernas sin fuerza y se me escapó la orina")
            .neg("vejiga bien, piernas bien"),
        es("es-aumento", "augmentation:soon")
            .aff("empieza {más temprano|por la tarde|después de comer}", "ahora también en los brazos", "peor desde que subieron la dosis")
            .meds("{pramipexol|ropinirol|Mirapexin} {0,18 mg|0,5 mg}|levodopa", "|gabapentina 300 mg|pregabalina"),
        es("es-magnesio", "magnesium-side-effect:routine")
            .aff("diarrea {hoy|desde el magnesio}", "{heces blandas|dolor de barriga} con el magnesio")
            .neg("sin diarrea", "estómago bien")
            .mg("150|200|300", "150|200|300"),
        es("es-embarazo", "pregnancy:routine")
            .aff("embarazada de {20|30|32} semanas", "sigo dando el pecho")
            .neg("no estoy embarazada")
            .other("mi hija está embarazada")
            .past("cuando estaba embarazada de mi hijo {tenía las piernas fatal|}"),
        // ------------------------------------------------------------- French
        fr("fr-faiblesse", "weakness:soon")
            .aff("ma jambe {gauche|droite} a lâché {dans l'escalier|en me levant|deux fois}",
                "jambes {très faibles|sans force|en coton} {aujourd'hui|ce soir}", "je traîne la jambe {gauche|droite}",
                "j'ai trébuché {deux fois|dans la rue}", "plus de force dans les pieds")
            .hedge("je crois que mes jambes sont plus faibles{?|}")
            .neg("pas de faiblesse", "jambes pas faibles, juste agitées", "aucune faiblesse", "sans faiblesse {aujourd'hui|}")
            .other("les jambes de ma {mère|sœur} lâchent")
            .fear("peur que mes jambes lâchent {en voyage|}")
            .past("en 2018 ma jambe a lâché une fois")
            .resolved("la faiblesse est partie"),
        fr("fr-engourdissement", "numbness:routine")
            .aff("pied {gauche|droit} {engourdi|insensible}", "engourdissement des {orteils|pieds}", "je ne sens plus mes orteils",
                "{fourmillements|picotements} dans les pieds")
            .hedge("peut-être un peu engourdi au pied {gauche|droit}?")
            .neg("pas d'engourdissement", "pieds pas engourdis", "jamais engourdi", "ni engourdi ni faible")
            .other("ma mère a les pieds engourdis")
            .unrelated("lèvre encore engourdie après le dentiste"),
        fr("fr-gonflement-cote", "swelling:urgent")
            .aff("mollet {gauche|droit} gonflé", "cheville {gauche|droite} {enflée|gonflée}", "la jambe {gauche|droite} plus grosse que l'autre",
                "cheville gonflée ({gauche|droite|G|D})", "mollet {gauche|droit} rouge, chaud et douloureux")
            .hedge("je crois que la cheville {gauche|droite} est un peu gonflée?")
            .neg("pas de gonflement à la jambe {gauche|droite}", "cheville {gauche|droite} pas gonflée")
            .other("mon mari a la jambe {gauche|droite} gonflée")
            .fear("peur d'une phlébite dans l'avion")
            .resolved("le gonflement de la cheville {gauche|droite} a disparu"),
        fr("fr-gonflement-deux", "swelling:soon")
            .aff("{chevilles|pieds|jambes} {gonflées|gonflés|enflées} {le soir|aujourd'hui|avec la chaleur}", "les deux chevilles gonflées")
            .neg("pas de gonflement", "rien de gonflé", "chevilles pas gonflées")
            .unrelated("ganglions gonflés", "yeux gonflés ce matin"),
        fr("fr-apnee", "apnea:soon")
            .aff("mon {mari|conjoint|compagnon} dit que je {ronfle|ronflais} {très fort|comme un tracteur}",
                "mon {mari|conjoint} dit que j'arrête de respirer", "réveillée en {suffoquant|m'étouffant}", "j'ai failli m'endormir au volant")
            .neg("pas de ronflement selon mon mari", "aucune pause respiratoire")
            .other("mon mari ronfle {fort|toute la nuit}"),
        fr("fr-queue-de-cheval", "cauda-equina:urgent numbness:routine")
            .aff("engourdie au niveau {du périnée|des fesses|de l'entrejambe} et {fuites urinaires|je n'arrive plus à uriner}")
            .neg("vessie normale, rien d'engourdi"),
        fr("fr-augmentation", "augmentation:soon")
            .aff("ça commence {plus tôt|dès l'après-midi|après le déjeuner}", "maintenant aussi dans les bras", "pire depuis l'augmentation de la dose")
            .meds("{pramipexole|ropinirole|Sifrol} {0,18 mg|0,5 mg}|lévodopa", "|gabapentine 300 mg|prégabaline"),
        fr("fr-magnesium-rein", "magnesium-kidney:soon")
            .aff("{mon insuffisance rénale|ma maladie rénale} {stade 3|}", "dialyse {mardi|demain}")
            .neg("reins normaux au bilan")
            .mg("150|200|300", "150|200|300"),
        fr("fr-grossesse", "pregnancy:routine")
            .aff("enceinte de {5|6|7} mois", "j'allaite {encore|la nuit}")
            .neg("pas enceinte")
            .other("ma fille est enceinte")
        );
  }
}
