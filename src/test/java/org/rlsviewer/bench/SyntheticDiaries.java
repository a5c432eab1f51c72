package org.rlsviewer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes synthetic nightly diaries in format v1 (docs/diary-format.md) for tests and benchmarks:
 * any number of patients, any number of nights, reproducible from a seed. Every row is valid, so a
 * generated file imports with no rejected row. The notes mix ordinary restless-legs wording with
 * negated red flags ("no numbness", "legs not weak") and, on a small share of nights, affirmed ones
 * (one swollen calf, weak legs, pins and needles, gasping), and the snoring and breathing-pause
 * columns are sometimes "yes", so the rule set raises flags as it would on real diaries.
 * All names, ids and notes are made up.
 */
public final class SyntheticDiaries {

  /** The columns written, in order: every column of format v1 except {@code time}. */
  public static final String HEADER = "date,severity,symptom_start,symptom_minutes,relief,bedtime,"
      + "sleep_latency_min,awakenings,wake_time,sleep_quality,caffeine_mg,last_caffeine,alcohol_units,"
      + "exercise_min,magnesium_mg,magnesium_form,medications,supplements,snoring,breathing_pauses,"
      + "side_effects,notes";

  /** The first night of every diary unless told otherwise. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2024, 1, 1);

  private static final String[] GIVEN = {"Alma", "Bruno", "Clara", "Dev", "Edith", "Farid", "Greta", "Hugo",
      "Ines", "Jonas", "Kamala", "Lars", "Mina", "Niall", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tove"};
  private static final String[] FAMILY = {"Ashdown", "Brennick", "Corvel", "Dunmore", "Elstow", "Farrow",
      "Gilchrist", "Harrowby", "Ilsley", "Jessop", "Kettering", "Lowther", "Marchbank", "Northam"};
  private static final String[] RELIEF = {"walking", "stretching", "position", "hot bath", "massage", "none", ""};
  private static final String[] ORDINARY = {
      "legs crawling, had to get up twice",
      "creepy-crawly feeling in both calves, walked it off",
      "urge to move started during the news",
      "tingling in my calves, stretching helped",
      "deep ache in both shins, rubbed them",
      "fidgety legs in the car on the way home",
      "slept better tonight",
      "had to pace the hallway for twenty minutes",
      "jumpy legs after a long day standing",
      "legs restless until about midnight",
      "Slept well.\nHusband says I was calm.",
      "did the ironing standing up to keep moving",
      "cold shower on the legs helped a bit",
      "she said \"stop kicking\", so I got up",
  };
  /** Notes that name a red flag only to deny it; no rule may fire on them. */
  static final List<String> NEGATED = List.of(
      "no numbness, only the urge to move",
      "legs not weak, just jumpy",
      "no swelling today",
      "ankles not swollen",
      "feet are fine, no swelling and no numbness",
      "no pins and needles, just the fidgety feeling",
      "partner says no snoring",
      "no gasping or choking, slept like a log after 2",
      "my legs aren't weak, just fidgety",
      "without any numbness tonight");
  private static final String[] AFFIRMED = {
      "left calf swollen and warm, sore to press",
      "my legs felt weak on the stairs",
      "pins and needles in both feet all evening",
      "woke up gasping twice, wife says I stopped breathing",
      "right ankle puffy and tight after the long drive",
      "numb patch on the outside of my left thigh",
      "legs gave way getting out of the car",
  };

  private SyntheticDiaries() {}

  /** What to generate: one diary of {@code nights} nights, patient number {@code patient} of seed {@code seed}. */
  public record Spec(long seed, int patient, int nights, LocalDate start) {
    public Spec {
      if (nights < 0 || patient < 0) {
        throw new IllegalArgumentException("nights and patient must be 0 or more");
      }
    }

    public Spec(long seed, int patient, int nights) {
      this(seed, patient, nights, DEFAULT_START);
    }
  }

  /** The diary as text, the same for the same spec. */
  public static String text(Spec spec) {
    StringBuilder out = new StringBuilder(spec.nights() * 120 + 256);
    try {
      write(spec, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the diary to a file (UTF-8) and returns it. */
  public static Path write(Spec spec, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(spec, w);
    }
    return file;
  }

  /** Writes {@code patients} diaries of {@code nights} nights each into a folder, one file per patient. */
  public static List<Path> writeCohort(long seed, int patients, int nights, Path folder) throws IOException {
    List<Path> files = new ArrayList<>(patients);
    for (int p = 0; p < patients; p++) {
      files.add(write(new Spec(seed, p, nights), folder.resolve(String.format(Locale.ROOT, "patient-%04d.csv", p))));
    }
    return files;
  }

  /** The number of characters of notes a diary holds (for notes-per-second figures). */
  public static long noteChars(Spec spec) {
    Night night = new Night(random(spec));
    long chars = 0;
    for (int i = 0; i < spec.nights(); i++) {
      Night.Row row = night.next(i);
      chars += row.skipped ? 0 : row.note.length();
    }
    return chars;
  }

  private static SplittableRandom random(Spec spec) {
    return new SplittableRandom(spec.seed() * 1_000_003L + spec.patient());
  }

  private static void write(Spec spec, Appendable out) throws IOException {
    SplittableRandom who = new SplittableRandom(spec.seed() * 31 + spec.patient() + 7);
    out.append(String.format(Locale.ROOT, "# patient_id: SYN-%05d%n", spec.patient()));
    out.append("# name: ").append(GIVEN[who.nextInt(GIVEN.length)]).append(' ')
        .append(FAMILY[who.nextInt(FAMILY.length)]).append('\n');
    out.append(String.format(Locale.ROOT, "# birth_date: %d-%02d-%02d%n", 1940 + who.nextInt(50),
        1 + who.nextInt(12), 1 + who.nextInt(28)));
    out.append("# sex: ").append(who.nextBoolean() ? "F" : "M").append('\n');
    out.append("# source: synthetic diary generator, seed ").append(Long.toString(spec.seed())).append('\n');
    out.append(HEADER).append('\n');
    Night night = new Night(random(spec));
    LocalDate date = spec.start();
    for (int i = 0; i < spec.nights(); i++, date = date.plusDays(1)) {
      Night.Row row = night.next(i);
      if (row.skipped) {
        continue;
      }
      out.append(date.toString()).append(',').append(row.cells).append(quote(row.note)).append('\n');
    }
  }

  private static String quote(String note) {
    if (note.isEmpty()) {
      return "";
    }
    boolean needs = note.indexOf(',') >= 0 || note.indexOf('"') >= 0 || note.indexOf('\n') >= 0;
    return needs ? '"' + note.replace("\"", "\"\"") + '"' : note;
  }

  /** One patient's nights, drawn in order from one random stream so a diary is reproducible. */
  private static final class Night {
    private final SplittableRandom r;
    private final int baseline;
    private final int trialStart;
    private final boolean snorer;

    Night(SplittableRandom r) {
      this.r = r;
      this.baseline = 4 + r.nextInt(4);
      this.trialStart = 14;
      this.snorer = r.nextInt(5) == 0;
    }

    record Row(boolean skipped, String cells, String note) {}

    Row next(int index) {
      // Draw the same numbers whether or not the night is skipped, so the notes stay in step.
      boolean skipped = r.nextInt(40) == 0;
      boolean onMagnesium = index >= trialStart && r.nextInt(20) != 0;
      int severity = Math.max(0, Math.min(10, baseline - (onMagnesium && index >= trialStart + 7 ? 2 : 0)
          + r.nextInt(5) - 2));
      StringBuilder c = new StringBuilder(128);
      cell(c, severity);
      if (severity == 0) {
        c.append(",,");
        r.nextInt(60);
        r.nextInt(90);
      } else {
        c.append(time(20 + r.nextInt(3), r.nextInt(60))).append(',');
        c.append(20 + severity * 10 + r.nextInt(30)).append(',');
      }
      c.append(RELIEF[r.nextInt(RELIEF.length)]).append(',');
      c.append(time(22 + r.nextInt(2), r.nextInt(60))).append(',');
      cell(c, 10 + severity * 6 + r.nextInt(20));
      cell(c, severity / 3 + r.nextInt(2));
      c.append(time(6 + r.nextInt(2), r.nextInt(60))).append(',');
      cell(c, Math.max(1, Math.min(5, 5 - severity / 2 + r.nextInt(2))));
      int caffeine = r.nextInt(4) * 80;
      cell(c, caffeine);
      c.append(caffeine == 0 ? "" : time(10 + r.nextInt(8), r.nextInt(60))).append(',');
      c.append(r.nextInt(4) == 0 ? "1.5" : Integer.toString(r.nextInt(3))).append(',');
      cell(c, r.nextInt(7) * 10);
      int dose = 200 + r.nextInt(3) * 50 + (r.nextInt(50) == 0 ? 200 : 0);
      if (onMagnesium) {
        cell(c, dose);
        c.append("glycinate,");
      } else {
        c.append(",,");
      }
      c.append(r.nextInt(30) == 0 ? "paracetamol 500mg," : ",");
      c.append(r.nextInt(10) == 0 ? "iron," : ",");
      boolean snored = snorer && r.nextInt(3) == 0;
      boolean pause = snored && r.nextInt(6) == 0;
      c.append(snored ? "yes" : "no").append(',').append(pause ? "yes" : "no").append(',');
      c.append(onMagnesium && r.nextInt(40) == 0 ? "loose stools," : ",");
      return new Row(skipped, c.toString(), note());
    }

    private String note() {
      int kind = r.nextInt(100);
      if (kind < 45) {
        return "";
      }
      if (kind < 80) {
        return ORDINARY[r.nextInt(ORDINARY.length)];
      }
      if (kind < 96) {
        return NEGATED.get(r.nextInt(NEGATED.size()));
      }
      return AFFIRMED[r.nextInt(AFFIRMED.length)];
    }

    private static void cell(StringBuilder c, int value) {
      c.append(value).append(',');
    }

    private static String time(int hour, int minute) {
      return String.format(Locale.ROOT, "%02d:%02d", hour % 24, minute);
    }
  }

  /**
   * Command line: {@code SEED PATIENTS NIGHTS OUT} writes a cohort into folder OUT (one patient:
   * OUT is the file).
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: SyntheticDiaries SEED PATIENTS NIGHTS OUT");
      System.exit(2);
    }
    long seed = Long.parseLong(args[0]);
    int patients = Integer.parseInt(args[1]);
    int nights = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]);
    if (patients == 1) {
      write(new Spec(seed, 0, nights), out);
    } else {
      writeCohort(seed, patients, nights, out);
    }
  }
}
