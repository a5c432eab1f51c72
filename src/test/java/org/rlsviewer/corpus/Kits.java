package org.rlsviewer.corpus;

import java.util.List;

/**
 * Neutral slots per language, shared by both parts. A filler never fires a rule on its own nor
 * changes what a template's phrase means: no leg side, no swelling, weakness, numbness, tingling,
 * calf pain, gut upset, kidney, pregnancy, snoring or medicine words.
 */
public final class Kits {

  private Kits() {}

  public static Kit of(String language) {
    return switch (language) {
      case "en" -> new Kit("en", List.of(
          "creepy crawly feeling in my legs {all evening|till 2am|again}",
          "the usual urge to move",
          "legs jumpy {till 2am|all evening|from 10pm}",
          "had to walk up and down the landing",
          "up {2|3|4} times",
          "got maybe {4|5} hours sleep",
          "hot bath helped a bit",
          "stretching didn't do much",
          "couldn't settle {at all|for ages}",
          "restless {again|as usual}",
          "cramp in my foot around 3am",
          "kicked the duvet off",
          "coffee after dinner, my own fault",
          "one glass of wine",
          "watched telly till late",
          "tired today",
          "walked the dog {in the morning|after tea}",
          "severity {5|6|7}/10"),
          List.of("last night", "tonight", "this evening", "since {Monday|Tuesday|the weekend}",
              "around {2|3|4}am", "today", "this morning"),
          List.of(". ", ". ", ", ", " - ", "; ", " and ", ", but ", "... ", " + "),
          "||||amlodipine 5mg|metformin 500mg|ferrous sulfate 200mg|paracetamol|atorvastatin 20mg|levothyroxine 50mcg|omeprazole 20mg|vitamin D",
          "|||||200|150|300|250", 35);
      case "de" -> new Kit("de", List.of(
          "Unruhe in den Beinen {wie immer|bis 2 Uhr|den ganzen Abend}",
          "der übliche Bewegungsdrang",
          "Beine zappelig {bis Mitternacht|ab 22 Uhr}",
          "musste {zweimal|dreimal|viermal} aufstehen",
          "bin im Flur auf und ab gelaufen",
          "nur {4|5} Stunden geschlafen",
          "warmes Bad hat etwas geholfen",
          "Dehnen hat nicht viel gebracht",
          "konnte lange nicht einschlafen",
          "Krampf im Fuß gegen 3 Uhr",
          "Kaffee nach dem Essen, selbst schuld",
          "heute müde",
          "Stärke {5|6|7}/10"),
          List.of("letzte Nacht", "heute Abend", "seit {Montag|Dienstag|dem Wochenende}", "gegen {2|3|4} Uhr", "heute",
              "heute früh"),
          List.of(". ", ". ", ", ", " - ", "; ", " und ", ", aber "),
          "|||Ramipril 5 mg|Metformin 500|Eisentabletten|L-Thyroxin 50|Ibuprofen 400|Pantoprazol",
          "|||||200|150|300|250", 20);
      case "es" -> new Kit("es", List.of(
          "piernas inquietas {otra vez|toda la noche|hasta las 2}",
          "las ganas de mover las piernas de siempre",
          "me levanté {dos|tres|cuatro} veces",
          "caminé por el pasillo",
          "dormí solo {4|5} horas",
          "un baño caliente ayudó un poco",
          "estirar no sirvió de mucho",
          "no pude dormirme hasta tarde",
          "calambre en el pie hacia las 3",
          "café después de cenar, culpa mía",
          "hoy cansada",
          "intensidad {5|6|7}/10"),
          List.of("anoche", "esta noche", "desde el {lunes|martes|fin de semana}", "hacia las {2|3|4}", "hoy",
              "esta mañana"),
          List.of(". ", ". ", ", ", " - ", "; ", " y ", ", pero "),
          "|||enalapril 10 mg|metformina 850|hierro|paracetamol|omeprazol|levotiroxina",
          "|||||200|150|300|250", 20);
      case "fr" -> new Kit("fr", List.of(
          "jambes sans repos {encore|toute la soirée|jusqu'à 2h}",
          "le besoin de bouger habituel",
          "impatiences dans les jambes",
          "levée {deux|trois|quatre} fois",
          "j'ai marché dans le couloir",
          "dormi {4|5} heures seulement",
          "un bain chaud a un peu aidé",
          "les étirements n'ont pas servi à grand-chose",
          "impossible de m'endormir avant 2h",
          "crampe au pied vers 3h",
          "café après le dîner, ma faute",
          "fatiguée aujourd'hui",
          "intensité {5|6|7}/10"),
          List.of("hier soir", "cette nuit", "depuis {lundi|mardi|le week-end}", "vers {2|3|4}h", "aujourd'hui",
              "ce matin"),
          List.of(". ", ". ", ", ", " - ", "; ", " et ", ", mais "),
          "|||ramipril 5 mg|metformine|fer|Doliprane|oméprazole|Levothyrox",
          "|||||200|150|300|250", 20);
      default -> throw new IllegalArgumentException(language);
    };
  }
}
