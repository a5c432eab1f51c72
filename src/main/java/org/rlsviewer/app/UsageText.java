package org.rlsviewer.app;

/**
 * The text of {@code --help}: an interface that users and the README rely on, printed exactly as it stands.
 * Each command's own {@code --help} is made by picocli from the annotations of its class.
 */
final class UsageText {

  static final String TEXT = """
        RLS Diary Viewer: review a restless-legs symptom diary and write a visit summary.

        Usage:
          java -jar rls-diary-viewer.jar [DIARY.csv]
              Open the window, with the diary if one is given.
          java -jar rls-diary-viewer.jar --db URL [DIARY.csv]
              Open the window on a clinic's database (docs/storage.md).
          java -jar rls-diary-viewer.jar --no-store [DIARY.csv]
              Open the window for this session only: nothing opened is kept in the
              patient database (to try the samples). Without a display, the window
              cannot open: one line on stderr, exit code 1.
          java -jar rls-diary-viewer.jar --smoke-test DIARY.csv
              Check an installation: open the window with the diary (kept for this
              session only), wait until its nights show and one frame is painted, print
              the result and exit: 0 when all of that happened, 1 otherwise.
          java -jar rls-diary-viewer.jar check DIARY.csv [OPTIONS]
              Print the import report: first line "imported N, rejected M" (N counts
              the file's data rows, rows merged into one night included), then
              "format F, nights K, from DATE to DATE" (F: rls-diary, daylio, bearable,
              sleep-cycle, flaredown or a saved mapping's name), then one line per
              rejected row, "line L: reason". When lab results lie beside the diary
              (NAME.labs.csv, else labs.csv; docs/rules.md), then "labs.csv: imported N,
              rejected M" and its rejected lines.
          java -jar rls-diary-viewer.jar flags DIARY.csv [OPTIONS]
              Print the flags as CSV with the header
              date,rule,severity,field,evidence,certainty, one row per flag and caution,
              severity urgent, soon, routine or info (rule ids: weakness, numbness,
              swelling, apnea, cauda-equina, augmentation, magnesium-dose,
              magnesium-kidney, magnesium-side-effect, magnesium-interaction, pregnancy,
              aggravating-medication), certainty definite or possible (possible: words
              the reader could not confidently set aside; review them).
          java -jar rls-diary-viewer.jar summary [--caffeine-cutoff HH:mm] DIARY.csv
              Print the diary summary as plain text, one section each: key figures; red
              flags, cautions (grouped by rule, with nights and certainty) and suggested tests
              with reasons, as on the PDF's page one; weekly table, magnesium trial,
              lifestyle, gaps. The trial section has one line per
              measure and period, "severity: improved|no clear change|worse|not enough data"
              (likewise awakenings, sleep latency, sleep quality), then its numbers: medians,
              Hodges-Lehmann shift with 95% CI, Mann-Whitney p. Caffeine after the cut-off
              (default 15:00) counts as late.
          java -jar rls-diary-viewer.jar report --out SUMMARY.pdf [--paper a4|letter]
                                                [--password-file FILE] [--without SECTIONS] DIARY.csv
              Write the PDF visit summary (PDF/A-2b, A4 unless --paper letter). The file is
              written to a temporary file first and moved into place, so a failure never
              leaves a half-written file. --password-file encrypts it (AES-256) with the
              password on the file's first line; an encrypted PDF is not PDF/A. --without
              leaves out sections after page one, comma-separated: charts, trial, weekly,
              lifestyle, flagged-nights, notes, sources.
          flags, summary and report also take a range of nights:
              --last N                       the diary's last N nights
              --from YYYY-MM-DD --to YYYY-MM-DD   (either end may be left open)
              --since-last-visit             the nights from the --last-visit day on
              Flags, figures, statistics and the PDF then cover only those nights, and
              the PDF states the range.
          summary and report also take --last-visit YYYY-MM-DD, the day of the patient's
              last visit: nights before it are what that visit saw. The summary (section
              "Changes since the last visit") and the PDF's first page then compare them with
              the nights since: nights logged, median severity, awakenings and latency, and
              the flags new, still reported or not reported since.
          java -jar rls-diary-viewer.jar evaluate [--negex ANNOTATIONS.tsv] [--notes LABELLED.tsv|DIR]...
                  [--mismatches]
              Measure the negation reader on NegEx-style annotated sentences (tab-separated:
              Report No., Concept, Sentence, Negation) and print
              "negation precision P recall R f1 F" for the class Negated, with published
              figures to compare; and/or the rules on labelled diary notes (precision and
              recall per rule:urgency, per rule and per language, and the swelling urgency
              confusion; --notes may be repeated or name a directory of *.tsv files;
              --mismatches lists the notes where rules and labels disagree; format in
              docs/rules.md and docs/note-corpus.md).
          Options for flags, report and evaluate:
              --rules RULES.txt  analyse with this rule file instead of the built-in rule set
              (docs/rules.md); an invalid file is reported line by line, exit code 2.
          java -jar rls-diary-viewer.jar import [--db URL] [--same-patient|--new-patient[=ID]] [import options] DIARY.csv...
              Keep each diary in the patient database, merged by night with the patient's
              earlier exports; prints one line per file, "FILE: import I, nights added A,
              changed C, unchanged U, rows rejected R" or "FILE: already imported (import I),
              nothing changed". The database is the embedded one in the user's data folder
              unless --db (jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB) or Preferences name
              another; see docs/storage.md. A file whose patient id is kept for another name
              or birth date is not imported (exit code 5) until --same-patient (update the
              kept details) or --new-patient[=ID] (a different person under a new id) says.
          java -jar rls-diary-viewer.jar patients [--db URL]
              List the kept patients as CSV: key,patient_id,name,open_flags,last_night,imports.
          java -jar rls-diary-viewer.jar --help | --version

        Import options (OPTIONS; for check, flags, summary and report):
          --day-first | --month-first   how to read dates like 05/01/2026 when the
                                        file's own dates do not settle it
          --mapping NAME                read the file with a saved column mapping
          --max-mb N                    refuse files larger than N MB (default 200;
                                        8192 for an Apple Health export)
          --sheet NAME|N                the sheet of an .xlsx or .ods workbook to read
                                        (default: the first that looks like a diary)
          --person ID                   import this person's rows of an export that
                                        holds several persons (Flaredown user_id)

        Exit codes: 0 success (check, flags and summary: the file is a diary, even with rejected
        rows); 1 the summary could not be written or the database failed; 2 the file is missing
        or not a diary; 3 the dates could be day/month or month/day (add --day-first or
        --month-first) or the file holds several persons (add --person ID);
        64 the command line was wrong.

        The diary format is described in docs/diary-format.md. This program is decision
        support: it shows what the diary says and why a rule fired; it does not diagnose.""";

  private UsageText() {}
}
