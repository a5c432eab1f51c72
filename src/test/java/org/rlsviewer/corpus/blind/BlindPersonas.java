package org.rlsviewer.corpus.blind;

import static org.rlsviewer.corpus.Template.Modality.AFFIRMED;
import static org.rlsviewer.corpus.Template.Modality.NEGATED;

import java.util.List;
import java.util.Locale;
import org.rlsviewer.corpus.Styles;
import org.rlsviewer.corpus.Template;
import org.rlsviewer.corpus.Writer;

/**
 * Blind personas: whole notes in forum and app-export styles, written afresh for this program.
 * Not to be read by anyone changing the reader.
 */
final class BlindPersonas {

  private BlindPersonas() {}

  static List<Writer> writers() {
    return List.of(
        new Writer("p-en-capslock", "en", (t, p) -> t.toUpperCase(Locale.ROOT)),
        new Writer("p-en-esl", "en", (t, p) -> t),
        new Writer("p-en-txt", "en", (t, p) -> t.toLowerCase(Locale.ROOT)),
        new Writer("p-en-venter", "en", (t, p) -> t),
        new Writer("p-en-tracker", "en", (t, p) -> t),
        new Writer("p-de-sms", "de", (t, p) -> t.toLowerCase(Locale.GERMAN)),
        new Writer("p-es-mama", "es", (t, p) -> t),
        new Writer("p-fr-ado", "fr", (t, p) -> Styles.stripAccents(t.toLowerCase(Locale.FRENCH))));
  }

  private static Template t(String id, String language, String writer) {
    return new Template(id, language, "").by(writer).bare().rows(25);
  }

  static List<Template> templates() {
    return List.of(
        t("en-bp-capslock", "en", "p-en-capslock")
            .vl(AFFIRMED, "swelling:urgent", "{LEFT|RIGHT} LEG HUGE TONIGHT!!! THE OTHER ONE NORMAL. {GP ON MONDAY|CALLING 111 IF WORSE}")
            .vl(AFFIRMED, "weakness:soon", "LEGS WENT FROM UNDER ME IN THE {KITCHEN|GARDEN}. {HATE THIS|FED UP}!!")
            .vl(NEGATED, "", "WORST NIGHT {EVER|IN WEEKS}. UP {4|5} TIMES. NO SWELLING NO NUMBNESS JUST THE {JUMPING|CRAWLING}!!")
            .vl(AFFIRMED, "apnea:soon", "WIFE SAYS I {STOPPED BREATHING|WAS CHOKING} AGAIN. {SHE WAS SCARED|SHE WOKE ME}.")
            .vl(NEGATED, "", "{MUM|DAD} FELL AGAIN TODAY, ME FINE, LEGS JUST RESTLESS"),
        t("en-bp-esl", "en", "p-en-esl")
            .vl(AFFIRMED, "swelling:urgent", "I am having swelling in {left|right} leg since two days, other leg is normal")
            .vl(AFFIRMED, "numbness:routine", "my foot is sleeping all the evening, {left|right} side, I cannot feel it")
            .vl(AFFIRMED, "weakness:soon", "legs have no power, I am falling down {one time|two times} this week")
            .vl(NEGATED, "", "the legs is moving all night, no swelling, no numb, only the bad feeling")
            .vl(AFFIRMED, "apnea:soon", "my wife she say I make big noise sleeping and stop the breath"),
        t("en-bp-txt", "en", "p-en-txt")
            .vl(AFFIRMED, "swelling:urgent", "{L|R} calf mega swollen n hot, other 1 fine, kinda freaking out")
            .vl(NEGATED, "", "legs r awful again, nt swollen or numb tho just twitchy af")
            .vl(AFFIRMED, "numbness:routine", "toes gone numb again idk y")
            .vl(AFFIRMED, "apnea:soon", "bf says i snore n stop breathin sumtimes {lol|tbh}")
            .vl(NEGATED, "", "bf snores like a chainsaw, i dont"),
        t("en-bp-venter", "en", "p-en-venter")
            .vl(AFFIRMED, "swelling:urgent", "{Honestly|Seriously} at the end of my rope. The {left|right} calf is now noticeably bigger than the other and "
                + "it aches like someone kicked it, and on top of that the usual electric eels in both legs from nine onwards.")
            .vl(AFFIRMED, "weakness:soon", "Another night of the legs doing the tango. Worse, my {left|right} foot keeps flopping when I walk, "
                + "caught it on the rug twice and nearly went flying.")
            .vl(NEGATED, "", "People keep telling me it's all in my head. It isn't. Legs on fire with the itch-you-can't-reach feeling until 3, "
                + "no numbness, no swelling, nothing you can see, which is the worst part.")
            .vl(AFFIRMED, "augmentation:soon swelling:soon", "On ropinirole for two years and now it's starting before dinner and creeping into my arms. "
                + "Ankles puffy too.")
            .vl(NEGATED, "", "My sister has the same thing and her feet go numb, mine never have thank god. Restless till 2."),
        t("en-bp-tracker", "en", "p-en-tracker")
            .vl(NEGATED, "", "weakness:0 numbness:0 swelling:0 snoring:0 urge:{6|7|8}")
            .vl(AFFIRMED, "numbness:routine", "weakness:0 numbness:1 swelling:0 snoring:0 urge:{5|6}")
            .vl(AFFIRMED, "swelling:soon", "weakness:0 numbness:0 swelling:1 snoring:0 urge:{4|7}")
            .vl(AFFIRMED, "apnea:soon", "weakness:0 numbness:0 swelling:0 snoring:1 urge:{3|5}")
            .vl(AFFIRMED, "weakness:soon", "weakness:1 numbness:0 swelling:0 snoring:0 urge:{5|8}"),
        t("de-bp-sms", "de", "p-de-sms")
            .vl(AFFIRMED, "swelling:urgent", "{li|re} wade voll dick und warm, die andere normal, mist")
            .vl(NEGATED, "", "beine wieder unruhig bis 3, nix geschwollen nix taub")
            .vl(AFFIRMED, "weakness:soon", "knie {2x|zweimal} eingeknickt heut, blöd")
            .vl(AFFIRMED, "apnea:soon", "freundin sagt ich schnarch wie n bär und hör auf zu atmen"),
        t("es-bp-mama", "es", "p-es-mama")
            .vl(AFFIRMED, "swelling:urgent", "Noche fatal. Además la pierna {izquierda|derecha} la tengo como un tronco, la otra no.")
            .vl(NEGATED, "", "Noche fatal otra vez, las piernas no paran, pero nada hinchado ni dormido.")
            .vl(AFFIRMED, "pregnancy:routine", "Con la barriga de {7|8} meses las piernas peor que nunca.")
            .vl(AFFIRMED, "numbness:routine", "Se me quedan los pies dormidos al sentarme a coser."),
        t("fr-bp-ado", "fr", "p-fr-ado")
            .vl(AFFIRMED, "swelling:urgent", "mollet {gauche|droit} trop gonflé et chaud, l'autre normal, jsuis pas bien")
            .vl(NEGATED, "", "jambes qui bougent toute la nuit, rien de gonflé rien d'engourdi")
            .vl(AFFIRMED, "weakness:soon", "mes jambes ont lâché en sport jsuis tombée")
            .vl(AFFIRMED, "apnea:soon", "ma soeur dit que je ronfle et que j'arrête de respirer")
        );
  }
}
