package org.rlsviewer.corpus;

import static org.rlsviewer.corpus.Template.Modality.AFFIRMED;
import static org.rlsviewer.corpus.Template.Modality.NEGATED;

import java.util.List;

/**
 * Development personas: whole notes in the styles patients use in forums and app exports (read for
 * their patterns, then written afresh for this program; nothing is copied). Each persona has one
 * voice and its own template.
 */
final class DevPersonas {

  private DevPersonas() {}

  static List<Writer> writers() {
    return List.of(
        new Writer("p-en-rambler", "en", (t, p) -> t),
        new Writer("p-en-nightlog", "en", (t, p) -> t),
        new Writer("p-en-app-export", "en", (t, p) -> t),
        new Writer("p-en-nurse", "en", (t, p) -> t),
        new Writer("p-en-emoji-teen", "en", (t, p) -> Styles.emoji(t.toLowerCase(java.util.Locale.ROOT), p, "😭|💀|🙃|🦵|😤|✨")),
        new Writer("p-de-rentner", "de", (t, p) -> t),
        new Writer("p-es-abuela", "es", (t, p) -> Styles.emoji(Styles.stripAccents(t), p, "🙏|😩|❤️|🦵")),
        new Writer("p-fr-infirmiere", "fr", (t, p) -> t));
  }

  private static Template t(String id, String language, String writer) {
    return new Template(id, language, "").by(writer).bare().rows(25);
  }

  static List<Template> templates() {
    return List.of(
        t("en-p-rambler", "en", "p-en-rambler")
            .vl(AFFIRMED, "swelling:urgent", "so I was sat watching telly and the {creepy crawlies|ants under the skin} started around 9 and then "
                + "I noticed my {right|left} ankle was {like a balloon|all puffed up} and the other one wasn't, anyway put my feet up and went to bed about 12")
            .vl(AFFIRMED, "weakness:soon", "went to the shops and on the way back my {legs|knees} just sort of went and I ended up sat on the wall for ten minutes, "
                + "a lady asked if I was ok, legs were {jumping|twitchy} all night after that")
            .vl(AFFIRMED, "apnea:soon", "{Dave|Steve|my other half} says I was snoring and then {going quiet|stopping} for ages and then {snorting|gasping} "
                + "which woke him up, he's been sleeping in the spare room, my legs were bad too but not as bad as last week")
            .vl(NEGATED, "", "legs were awful from about 10, up and down the stairs, tried the soap under the sheet thing my neighbour swears by, "
                + "didn't help, no swelling or anything just the horrible {itchy|crawly} feeling inside")
            .vl(NEGATED, "", "bad night again, my husband says his feet swell when he's on his feet all day so I checked mine and they're fine, "
                + "just the usual {jiggling|kicking}")
            .vl(AFFIRMED, "numbness:routine", "long day, and the {left|right} foot has gone numb on and off since lunch which is new, "
                + "legs restless {from 8|from teatime} as per, got maybe 4 hours"),
        t("en-p-nightlog", "en", "p-en-nightlog")
            .vl(NEGATED, "", "22:{10|40} bed. 23:{15|30} legs started. 01:{05|20} up, walked. 03:00 asleep. sev {6|7}.")
            .vl(AFFIRMED, "swelling:urgent", "22:30 bed. 00:10 up. {L|R} calf {swollen|tight, swollen}, warm. 02:00 asleep. sev {5|6}.")
            .vl(AFFIRMED, "numbness:routine", "23:00 bed. numb {L|R} foot 23:30-00:15. up x{2|3}. sev {4|5}.")
            .vl(NEGATED, "", "23:00 bed. no numb. no swelling. up x{1|2}. sev 3.")
            .vl(AFFIRMED, "apnea:soon", "22:45 bed. woke {02:10|03:40} gasping. up x2. sev {5|6}."),
        t("en-p-app", "en", "p-en-app-export")
            .vl(NEGATED, "", "Mood: {meh|ok|rough} | Activities: {walk|work|tv} | Symptoms: restless legs | Note: {bad evening|standard night}")
            .vl(AFFIRMED, "swelling:soon", "Mood: {meh|ok} | Symptoms: restless legs, swollen ankles | Note: {hot day|long shift}")
            .vl(AFFIRMED, "weakness:soon", "Mood: rough | Symptoms: leg weakness, restless legs | Note: {knee gave way|legs wobbly} on stairs")
            .vl(NEGATED, "", "Mood: good | Symptoms: none | Note: no weakness no numbness")
            .vl(AFFIRMED, "apnea:soon", "Mood: tired | Symptoms: snoring, daytime sleepiness | Note: {nodded off|dozed} at the wheel at a red light"),
        t("en-p-nurse", "en", "p-en-nurse")
            .vl(AFFIRMED, "swelling:urgent", "{Unilateral|Unilat} {L|R} calf oedema, {warm|erythematous}, tender on palpation. RLS sx {moderate|severe}.")
            .vl(AFFIRMED, "swelling:soon", "Bilateral pedal oedema {+|++}, pitting. RLS sx {moderate|mild}.")
            .vl(AFFIRMED, "numbness:routine", "Paraesthesia {L|R} foot, {dorsum|plantar surface}, ~{30|45} min. RLS sx mild.")
            .vl(NEGATED, "", "No oedema. No paraesthesia. Denies weakness. RLS sx {moderate|severe}, PLMs per partner.")
            .vl(AFFIRMED, "weakness:soon", "{L|R} foot drop noted walking to bathroom, power reduced. RLS sx moderate."),
        t("en-p-teen", "en", "p-en-emoji-teen")
            .vl(NEGATED, "", "legs doing the thing again {lol|smh} cant sleep")
            .vl(AFFIRMED, "numbness:routine", "literally cant feel my toes rn on my {left|right} foot")
            .vl(AFFIRMED, "weakness:soon", "legs gave out in pe and i fell over everyone laughed")
            .vl(NEGATED, "", "everyone in my family has swollen ankles apparently, mine r fine tho")
            .vl(AFFIRMED, "apnea:soon", "mum says i snore like a walrus and stop breathing sometimes"),
        t("de-p-rentner", "de", "p-de-rentner")
            .vl(NEGATED, "", "Sehr unruhige Nacht, bin um halb drei aufgestanden und habe Tee gekocht. Die Beine waren nicht geschwollen, nur diese Unruhe.")
            .vl(AFFIRMED, "swelling:urgent", "Heute Abend ist mir aufgefallen, dass die {linke|rechte} Wade deutlich dicker ist als die andere und sich warm anfühlt.")
            .vl(AFFIRMED, "apnea:soon", "Meine Frau sagt, ich hätte in der Nacht mehrmals aufgehört zu atmen und dann laut geschnarcht.")
            .vl(AFFIRMED, "weakness:soon", "Beim Spaziergang ist mir das {linke|rechte} Knie zweimal weggeknickt, ich musste mich am Zaun festhalten."),
        t("es-p-abuela", "es", "p-es-abuela")
            .vl(NEGATED, "", "otra noche sin dormir con las piernas, gracias a Dios no están hinchadas")
            .vl(AFFIRMED, "swelling:urgent", "hija tengo la pierna {izquierda|derecha} hinchada y caliente, la otra normal")
            .vl(AFFIRMED, "numbness:routine", "se me duermen los pies toda la tarde")
            .vl(AFFIRMED, "apnea:soon", "mi marido dice que ronco y que me quedo sin respirar"),
        t("fr-p-infirmiere", "fr", "p-fr-infirmiere")
            .vl(AFFIRMED, "swelling:urgent", "Œdème du mollet {gauche|droit}, chaud, douloureux à la palpation.")
            .vl(AFFIRMED, "swelling:soon", "Œdèmes des membres inférieurs bilatéraux, prenant le godet.")
            .vl(NEGATED, "", "Pas d'œdème. Pas de paresthésies. Pas de déficit moteur. Impatiences {modérées|sévères}.")
            .vl(AFFIRMED, "numbness:routine", "Paresthésies du pied {gauche|droit} pendant 30 min.")
        );
  }
}
