package org.rlsviewer.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rlsviewer.domain.LabResult;
import org.rlsviewer.domain.RejectedRow;

/**
 * Reads an optional lab results file kept beside a diary: optional {@code # patient_id: X} lines,
 * a header {@code date,test,value,unit},
 * then one result per line (ISO dates, a decimal point). Test names are read loosely
 * ("Transferrin saturation", "TSAT", "tsat %") and stored by canonical name; a bad line is
 * rejected with its line number and never costs the lines after it.
 */
public final class LabsCsv {

  /**
   * The file name read (empty when none), the results, the lines rejected, and the patient id of
   * a {@code # patient_id: X} line (empty when the file names none).
   */
  public record Result(String source, List<LabResult> labs, List<RejectedRow> rejected, String patientId) {

    public Result {
      source = source == null ? "" : source;
      labs = List.copyOf(labs);
      rejected = List.copyOf(rejected);
      patientId = patientId == null ? "" : patientId.strip();
    }

    /** No lab results file. */
    public static Result none() {
      return new Result("", List.of(), List.of(), "");
    }
  }

  /** Canonical test names by the loose names a clinic may write. */
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("ferritin", "ferritin"), Map.entry("serum ferritin", "ferritin"),
      Map.entry("tsat", "tsat"), Map.entry("transferrin saturation", "tsat"), Map.entry("tsat %", "tsat"),
      Map.entry("iron", "iron"), Map.entry("serum iron", "iron"), Map.entry("tibc", "tibc"),
      Map.entry("egfr", "egfr"), Map.entry("creatinine", "creatinine"), Map.entry("magnesium", "magnesium"),
      Map.entry("serum magnesium", "magnesium"), Map.entry("b12", "b12"), Map.entry("vitamin b12", "b12"),
      Map.entry("hba1c", "hba1c"), Map.entry("glucose", "glucose"), Map.entry("folate", "folate"));

  private LabsCsv() {}

  /** Reads the file (UTF-8, a byte-order mark is ignored). */
  public static Result read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Result r = read(in);
      return new Result(file.getFileName().toString(), r.labs(), r.rejected(), r.patientId());
    }
  }

  static Result read(BufferedReader in) throws IOException {
    List<LabResult> labs = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    String line;
    int n = 0;
    boolean header = true;
    String patientId = "";
    while ((line = in.readLine()) != null) {
      n++;
      String raw = n == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
      if (raw.startsWith("#")) {
        String meta = raw.substring(1).strip();
        if (meta.toLowerCase(Locale.ROOT).startsWith("patient_id:")) {
          patientId = meta.substring("patient_id:".length()).strip();
        }
        continue;
      }
      if (raw.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        if (!raw.strip().toLowerCase(Locale.ROOT).replace(" ", "").startsWith("date,test,value")) {
          rejected.add(new RejectedRow(n, "expected the header date,test,value,unit", raw));
          return new Result("", labs, rejected, patientId);
        }
        continue;
      }
      String[] f = raw.split(",", -1);
      if (f.length < 3 || f.length > 4) {
        rejected.add(new RejectedRow(n, "expected 3 or 4 comma-separated fields", raw));
        continue;
      }
      String test = NAMES.get(f[1].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      if (test == null) {
        rejected.add(new RejectedRow(n, "unknown test '" + f[1].strip() + "'", raw));
        continue;
      }
      try {
        LocalDate date = LocalDate.parse(f[0].strip());
        double value = Double.parseDouble(f[2].strip());
        if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
          throw new NumberFormatException();
        }
        labs.add(new LabResult(test, value, f.length == 4 ? f[3] : "", date));
      } catch (DateTimeParseException e) {
        rejected.add(new RejectedRow(n, "date '" + f[0].strip() + "' is not YYYY-MM-DD", raw));
      } catch (NumberFormatException e) {
        rejected.add(new RejectedRow(n, "value '" + f[2].strip() + "' is not a number of 0 or more", raw));
      }
    }
    return new Result("", labs, rejected, patientId);
  }
}
