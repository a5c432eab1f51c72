package org.rlsviewer.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rlsviewer.analysis.RuleEngine.Candidate;

/**
 * The variants of the {@code swelling} trigger on one night. A hot, red or tender calf counts as a
 * sign of one leg even without the word swollen ("left calf hot and red", "calf tender to touch");
 * so does calf or leg pain when one side is named. Swelling of one leg is read by
 * {@link LateralityReader} (side words anywhere in the clause, comparisons with the other leg).
 */
final class SwellingRule {

  static final String CALF_ALONE = "calf-alone";
  private static final Set<String> CALF_WORDS = Set.of("calf", "calves", "leg", "shin", "thigh",
      "wade", "waden", "wadl", "wädli", "bein", "unterschenkel", "schienbein", "oberschenkel", "pantorrilla",
      "pantorrillas", "gemelo", "gemelos", "pierna", "chamorro", "muslo", "espinilla", "mollet", "mollets", "jambe",
      "cuisse", "tibia");
  /** "a warm bath for my calf", "keep the leg warm", "hot water bottle": a remedy, not a sign. */
  private static final Pattern REMEDY = Pattern.compile(
      "(?i)\\b(?:a|an|the|some|keep|kept|keeping|keeps)\\s+(?:hot|warm|red)\\b"
          + "|\\b(?:hot|warm)\\s+(?:bath|baths|water|shower|showers|pack|packs|towel|compress|bottle|wheat|pad|blanket"
          + "|weather|room|soak|tub|drink|milk|tea|flannel|gel|cream|rub)\\b|\\bred\\s+(?:wine|meat|sock|socks)\\b"
          // the same remedies in German, Spanish and French: "Wärmflasche", "bolsa de agua caliente", "bouillotte"
          + "|(?iuU)\\bw(?:\u00e4|ae)rm(?:flasche|kissen|pflaster|salbe|bad|dusche)\\b|\\bkirschkernkissen\\b|\\brotlicht\\b"
          + "|\\b(?:warme[sn]?|hei(?:\u00df|ss)e[sn]?)\\s+(?:bad|dusche|wickel|kompresse|umschl\u00e4ge|umschlag|flasche|kissen|socken)\\b"
          + "|\\b(?:agua|bolsa|bolsita|ba\u00f1o|ducha|compresa|pa\u00f1o|toalla|manta|almohadilla|gel|crema|pomada)s?"
          + "\\s+(?:de\\s+agua\\s+)?(?:caliente|calientes|tibia|tibio|templada|templado)\\b"
          + "|\\bbouillotte\\b|\\beau\\s+(?:chaude|ti\u00e8de)\\b|\\b(?:bain|douche|compresse|serviette|gant|coussin|cr\u00e8me|gel)s?"
          + "\\s+(?:tr\u00e8s\\s+)?(?:chaude?s?|ti\u00e8des?)\\b|\\b(?:vino\\s+tinto|vin\\s+rouge|rotwein)\\b");
  private SwellingRule() {}

  static List<Candidate> candidates(String variant, NightReading night) {
    NightReading.Found breath = first(night.flaggable("breathless"));
    boolean breathless = breath != null;
    List<NightReading.Found> calfSigns = calfSignsOfOneLeg(night);
    NightReading.Found calfSign = first(night.flaggable("calf-signs"));
    if (calfSign == null) {
      calfSign = first(calfSigns);
    }
    boolean calfSignsNamed = calfSign != null;
    List<Candidate> out = new ArrayList<>();
    for (NightReading.Found f : night.flaggable(RuleEngine.SWELLING)) {
      if (bitten(night, f) || CauseWords.otherPartBefore(night.entry().text(f.field()), f.mention().start(), f.mention().end())) {
        continue;
      }
      Laterality side = f.mention().laterality();
      if (side == Laterality.BOTH && measured(f)) {
        continue; // "calf circumference R 38 / L 38": a measurement counts only when one leg is the bigger
      }
      boolean fires = switch (variant) {
        case "breathless" -> breathless;
        case "calf-signs" -> calfSignsNamed;
        case "one-leg" -> side.oneLeg();
        case "both-legs" -> side == Laterality.BOTH;
        default -> side == Laterality.UNSPECIFIED;
      };
      if (fires) {
        NightReading.Found support = switch (variant) {
          case "breathless" -> breath;
          case "calf-signs" -> calfSign;
          default -> null;
        };
        out.add(candidate(night, f, support));
      }
    }
    if (variant.equals("calf-signs")) {
      calfSigns.forEach(f -> out.add(candidate(night, f, null)));
    } else if (variant.equals("breathless") && breathless) {
      NightReading.Found support = breath;
      calfSigns.forEach(f -> out.add(candidate(night, f, support)));
    }
    return out;
  }

  private static NightReading.Found first(List<NightReading.Found> found) {
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * Calf signs that stand for themselves: a hot, red, warm or tender calf (or one named leg), or a
   * painful calf or leg with one side named; not a remedy ("a hot bath for my calf").
   */
  static List<NightReading.Found> calfSignsOfOneLeg(NightReading night) {
    List<NightReading.Found> out = new ArrayList<>();
    for (NightReading.Found f : night.flaggable(CALF_ALONE)) {
      boolean calf = words(f).contains("calf");
      if ((calf || f.mention().laterality().oneLeg()) && !remedy(night, f) && !bitten(night, f)) {
        out.add(f);
      }
    }
    for (NightReading.Found f : night.flaggable("calf-signs")) {
      if (f.mention().laterality().oneLeg() && words(f).stream().anyMatch(CALF_WORDS::contains)
          && !remedy(night, f) && !bitten(night, f)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Words of a leg measurement (accents taken off): a tape, not a symptom, unless one side is bigger. */
  private static final Set<String> MEASURE_WORDS = Set.of("circumference", "girth", "circ", "measured", "measure",
      "measuring", "measurement", "measurements", "taped", "tape", "tapes", "cm", "cms", "inches", "gemessen", "nachgemessen",
      "vermessen", "perimetro", "contorno", "circunferencia", "medi", "mido", "medido", "medida", "medidas",
      "midiendo", "medimos", "mide", "perimetre", "tour", "circonference", "mesure", "mesures", "mesuree",
      "mesurees", "mesurer", "mesurant");

  private static boolean measured(NightReading.Found f) {
    // a figure in the words themselves ("calves: left 38, right 38") is a girth too
    return f.mention().matched().chars().anyMatch(Character::isDigit) || words(f).stream().map(w -> Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", ""))
        .anyMatch(w -> MEASURE_WORDS.contains(w) || w.endsWith("umfang") || w.startsWith("umfangs"));
  }

  /** The mention's words as read (hidden characters and look-alike letters taken out), not as written. */
  private static List<String> words(NightReading.Found f) {
    String read = TextNormaliser.normalise(f.mention().matched()).text();
    return List.of(read.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
  }

  private static boolean remedy(NightReading night, NightReading.Found f) {
    String text = night.entry().text(f.field());
    int from = Math.max(0, f.mention().start() - 12);
    int to = Math.min(text.length(), f.mention().end() + 16);
    return REMEDY.matcher(text.substring(from, to)).find();
  }

  private static boolean bitten(NightReading night, NightReading.Found f) {
    return CauseWords.localCauseAround(night.entry().text(f.field()), f.mention().start(), f.mention().end());
  }

  /** A flag on the words {@code f}, possible when they or the supporting words are not certain. */
  private static Candidate candidate(NightReading night, NightReading.Found f, NightReading.Found support) {
    return new Candidate(night.evidence(f), Map.of("side", RuleEngine.sideWords(f.mention().laterality())),
        RuleEngine.certainty(f, support));
  }
}
