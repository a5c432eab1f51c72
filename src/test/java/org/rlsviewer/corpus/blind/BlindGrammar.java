package org.rlsviewer.corpus.blind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rlsviewer.corpus.Styles;
import org.rlsviewer.corpus.Template;
import org.rlsviewer.corpus.Writer;

/** The blind part: scored, never read while changing the reader (docs/note-corpus.md). */
public final class BlindGrammar {

  private BlindGrammar() {}

  public static List<Template> templates() {
    List<Template> all = new ArrayList<>(BlindEnglish.templates());
    all.addAll(BlindOther.templates());
    // fewer rows per template than the development part, for a split of about 60/40
    all.forEach(t -> t.rows(t.language().equals("en") ? 28 : 16));
    all.addAll(BlindPersonas.templates());
    return all;
  }

  public static List<Writer> styles() {
    return List.of(
        new Writer("en-caps", "en", (t, p) -> t.toUpperCase(Locale.ROOT) + (p.chance(0.5) ? "!!" : "")),
        new Writer("en-typo", "en", (t, p) -> Styles.slip(Styles.slip(t, p, 0.8, Styles::swapLetters), p, 0.5,
            Styles::dropLetter)),
        new Writer("en-nonnative", "en", (t, p) -> Styles.replaceWords(t.replaceAll("(?i)\\b(the|a|an) ", ""), "I'm=I am|can't=cannot|"
            + "today=this day|last night=yesterday night")),
        new Writer("en-abbrev", "en", (t, p) -> Styles.replaceWords(t, "left=L|right=R|both legs=bilat legs|"
            + "and=+|with=w/|hours=hrs|minutes=mins")),
        new Writer("en-rambling", "en", (t, p) -> p.oneOf("so |ok so |well |anyway ") + t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1)
            + p.oneOf(", not sure if that matters|, anyway that's tonight|, will mention it at the appointment|")),
        new Writer("de-ohne-umlaute", "de", (t, p) -> Styles.stripAccents(t).replace("ß", "ss")),
        new Writer("de-gross", "de", (t, p) -> t.toUpperCase(Locale.GERMAN)),
        new Writer("de-emoji", "de", (t, p) -> Styles.emoji(t, p, "😩|😴|🦵|🙈|😬")),
        new Writer("es-sms", "es", (t, p) -> Styles.replaceWords(t, "que=q|porque=xq|por=x|también=tb|muy=mu|"
            + "para=pa|nada=na")),
        new Writer("es-minusculas", "es", (t, p) -> Styles.terse(t)),
        new Writer("fr-sans-accents", "fr", (t, p) -> Styles.stripAccents(t)),
        new Writer("fr-majuscules", "fr", (t, p) -> t.toUpperCase(Locale.FRENCH)));
  }

  public static List<Writer> personas() {
    return BlindPersonas.writers();
  }
}
