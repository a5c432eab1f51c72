package org.rlsviewer.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.service.StoredReviewArchive;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.store.StoredPatient;

/**
 * Makes a clinic's patient database for the benchmarks: {@code patients} patients with 100 nights
 * each on average (10,000 patients give 1,000,000 current nights), their imports with the original
 * files, flags, review decisions, visits and audit entries. The first {@code templates} patients
 * go through the program itself (two imports of {@link SyntheticDiaries} diaries, the second a
 * re-export that changes two weeks of nights, some decisions, opens and a PDF export); every other
 * patient is a copy of one of them under a new id and name, made in the database with
 * {@code INSERT ... SELECT} so that a million nights take seconds, not an evening of imports.
 * The same statements run on SQLite and PostgreSQL. Reproducible: the same seed gives the same database.
 */
public final class ClinicDatabase {

  /** The seed of the benchmarks' diaries (as in the bench's BenchData). */
  public static final long SEED = 20261125L;
  /** "Now" as the benchmarks read diaries: in the year 2400, so no generated night is in the future. */
  public static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2400-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);

  /** What was made. */
  public record Made(int patients, long nights, long nightVersions, long flags, long decisions, long auditEntries,
      double seconds) {}

  private static final String[] GIVEN = {"Ada", "Benedikt", "Carys", "Dario", "Elin", "Fenna", "Gideon",
      "Hanne", "Ivo", "Jorun", "Kasimir", "Liesel", "Matteo", "Nell", "Oskar", "Petra", "Rafe", "Saskia", "Tobit",
      "Ulla", "Viggo", "Wenna", "Yusuf", "Zora"};
  private static final String[] FAMILY = {"Abernethy", "Blackwood", "Castellan", "Dewhurst", "Eskdale",
      "Fairbairn", "Greythorne", "Haverford", "Inchcape", "Kilbride", "Langstaff", "Merriweather", "Netherby",
      "Oakenshaw", "Pendleton", "Quarrington", "Rosebery", "Stanwick", "Thistlewood", "Underhill", "Vexford",
      "Wetherall", "Yarborough", "Zetland", "Ashcombe", "Brightwell", "Coldstream", "Dunwich", "Everleigh",
      "Foxley", "Glenholme", "Hartwell", "Ivybridge", "Kingsmere", "Lockerby", "Mossgiel", "Northcote"};

  private ClinicDatabase() {}

  /** The average number of nights of patient {@code t} of {@code templates}: 50 to 150, 100 on average. */
  static int nightsOf(int t, int templates) {
    int half = Math.max(1, templates / 2);
    if (templates % 2 == 1 && t == templates / 2) {
      return 100;
    }
    return t < half ? 100 - (half - t) * 50 / half : 100 + (t - (templates - half) + 1) * 50 / half;
  }

  /** The patient's key in the store: the id from the diary's header, as the program keys it. */
  static String key(int patient) {
    return "id:" + id(patient);
  }

  private static String id(int patient) {
    return String.format(Locale.ROOT, "SYN-%05d", patient);
  }

  /** Makes the database, which must be new (no tables); diaries for the templates are written to {@code work}. */
  public static Made build(DatabaseSettings settings, int patients, int templates, Path work) throws Exception {
    long began = System.nanoTime();
    templates = Math.min(templates, patients);
    DiaryService service = new DiaryService(CLOCK, "bench");
    PatientRecords records = PatientRecords.open(service, withoutWaitingForTheDisk(settings), CLOCK);
    for (int t = 0; t < templates; t++) {
      keepTemplate(records, t, templates, work);
    }
    long copying = System.nanoTime();
    try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
      BulkLoad load = BulkLoad.begin(c, settings.isEmbedded());
      copyTemplates(c, patients, templates);
      load.finish();
      long counting = System.nanoTime();
      System.out.printf(Locale.ROOT, "[bench] clinic %s: templates %.1f s, copies %.1f s%n",
          settings.isEmbedded() ? "sqlite" : "postgresql", (copying - began) / 1e9, (counting - copying) / 1e9);
      return count(c, patients, (System.nanoTime() - began) / 1e9);
    }
  }

  /** Writes template {@code t}'s first diary into {@code work} (the same file every time) and returns it. */
  public static Path templateDiary(int t, int templates, Path work) throws java.io.IOException {
    LocalDate start = SyntheticDiaries.DEFAULT_START.plusDays(7L * t);
    return SyntheticDiaries.write(new SyntheticDiaries.Spec(SEED, t, nightsAsked(t, templates), start),
        work.resolve(String.format(Locale.ROOT, "template-%03d.csv", t)));
  }

  /** One night in 40 is skipped by the generator: ask for that many more. */
  private static int nightsAsked(int t, int templates) {
    return (int) Math.round(nightsOf(t, templates) * 40 / 39.0);
  }

  /**
   * The same database, opened so that a commit does not wait for the disk: the templates' few
   * hundred small transactions each waited for a flush. What is written is the same; only a crash
   * while the database is being made could lose it (and it is then made again).
   */
  static DatabaseSettings withoutWaitingForTheDisk(DatabaseSettings settings) {
    String url = settings.jdbcUrl();
    String more = url.contains("?") ? "&" : "?";
    return settings.isEmbedded()
        ? new DatabaseSettings(url + more + "synchronous=OFF", "", "", settings.file())
        : new DatabaseSettings(url + more + "options=-c%20synchronous_commit%3Doff", settings.user(),
            settings.password(), settings.file());
  }

  /** Two imports, decisions on some flags (one changed twice), two opens and a PDF export, all as the program does them. */
  private static void keepTemplate(PatientRecords records, int t, int templates, Path work) throws Exception {
    Path first = templateDiary(t, templates, work);
    records.importAndOpen(first);
    int nights = nightsAsked(t, templates);
    LocalDate start = SyntheticDiaries.DEFAULT_START.plusDays(7L * t);
    // The same patient's later export: its last two weeks overlap and read differently, so those
    // nights get a second version and the first stays in their history.
    Path again = SyntheticDiaries.write(new SyntheticDiaries.Spec(SEED, t, 14, start.plusDays(nights - 14L)),
        work.resolve(String.format(Locale.ROOT, "template-%03d-again.csv", t)));
    records.importAndOpen(again);
    String key = key(t);
    StoredReviewArchive reviews = records.reviews();
    StoredPatient kept = records.patient(key).orElseThrow();
    List<Flag> flags = kept.currentFlags();
    for (int i = 0; i < flags.size(); i += 2) {
      ReviewStatus status = i % 4 == 0 ? ReviewStatus.ACKNOWLEDGED : ReviewStatus.DISMISSED;
      reviews.record(key, new ReviewDecision(flags.get(i).key(), status, status == ReviewStatus.DISMISSED
          ? "explained by a known cause" : "", "", "Dr Bench", CLOCK.instant()));
    }
    if (!flags.isEmpty()) {
      reviews.record(key, new ReviewDecision(flags.get(0).key(), ReviewStatus.OPEN, "", "second look", "Dr Bench",
          CLOCK.instant()));
    }
    records.openPatient(key);
    records.openPatient(key);
    LocalDate last = kept.merged().diary().entries().get(kept.merged().diary().entries().size() - 1).date();
    records.recordPdfExport(key, last.minusDays(55), last);
  }

  /** Every patient from the templates' count on is a copy of template {@code p % templates}. */
  private static void copyTemplates(Connection c, int patients, int templates) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TEMPORARY TABLE bench_copy (patient_id BIGINT NOT NULL, template_id BIGINT NOT NULL)");
    }
    List<long[]> templateRows = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement("SELECT id, review_version FROM patient WHERE patient_key = ?")) {
      for (int t = 0; t < templates; t++) {
        st.setString(1, key(t));
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          templateRows.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
    }
    try (PreparedStatement st = c.prepareStatement("INSERT INTO patient (patient_key, external_id, name, birth_date,"
        + " sex, created_at, review_version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int p = templates; p < patients; p++) {
        st.setString(1, key(p));
        st.setString(2, id(p));
        st.setString(3, GIVEN[p % GIVEN.length] + " " + FAMILY[(p / GIVEN.length) % FAMILY.length]);
        st.setString(4, LocalDate.of(1935 + p % 60, 1 + p % 12, 1 + p % 28).toString());
        st.setString(5, p % 2 == 0 ? "F" : "M");
        st.setString(6, CLOCK.instant().toString());
        st.setLong(7, templateRows.get(p % templates)[1]);
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement find = c.prepareStatement("SELECT id FROM patient WHERE patient_key = ?");
        PreparedStatement st = c.prepareStatement("INSERT INTO bench_copy (patient_id, template_id) VALUES (?, ?)")) {
      for (int p = templates; p < patients; p++) {
        find.setString(1, key(p));
        try (ResultSet rs = find.executeQuery()) {
          rs.next();
          st.setLong(1, rs.getLong(1));
        }
        st.setLong(2, templateRows.get(p % templates)[0]);
        st.addBatch();
      }
      st.executeBatch();
    }
    try (Statement st = c.createStatement()) {
      for (String sql : copyStatements()) {
        long t = System.nanoTime();
        st.executeUpdate(sql);
        System.out.printf(Locale.ROOT, "[bench] clinic copy %.1f s: %s%n", (System.nanoTime() - t) / 1e9,
            sql.substring(0, Math.min(40, sql.length())));
      }
      st.execute("DROP TABLE bench_copy");
    }
  }

  /**
   * Copies each template's rows to its copies. A copied import keeps its file but gets its own
   * checksum (the template's, then ":" and the copy's id), which also finds it again for its nights.
   */
  private static List<String> copyStatements() {
    String importColumns = "file_name, file_size, file_format, imported_at, imported_by, data_rows,"
        + " imported_rows, rejected_rows, nights_added, nights_changed, nights_unchanged, metadata, extra_columns,"
        + " original_gzip, device_source";
    String copyImport = " JOIN diary_import i ON i.id = x.import_id"
        + " JOIN diary_import n ON n.sha256 = i.sha256 || ':' || CAST(m.patient_id AS TEXT)";
    String nightColumns = "night, is_current, fingerprint, source_line, severity, symptom_start, symptom_minutes,"
        + " relief, bedtime, sleep_latency_min, awakenings, wake_time, sleep_quality, caffeine_mg, last_caffeine,"
        + " alcohol_units, exercise_min, magnesium_mg, magnesium_form, medications, supplements, snoring,"
        + " breathing_pauses, side_effects, notes, extras";
    String flagColumns = "flag_key, is_current, rule_id, rule_set_version, title, urgency, night, evidence_field,"
        + " matched, field_text, match_start, match_end, rationale, basis, certainty";
    String decisionColumns = "flag_key, status, reason, review_comment, reviewer, decided_at, recorded_by,"
        + " review_version";
    return List.of(
        "INSERT INTO diary_import (patient_id, sha256, " + importColumns + ")"
            + " SELECT m.patient_id, i.sha256 || ':' || CAST(m.patient_id AS TEXT), " + prefixed("i", importColumns)
            + " FROM bench_copy m JOIN diary_import i ON i.patient_id = m.template_id ORDER BY m.patient_id, i.id",
        "INSERT INTO import_warning (import_id, seq, message) SELECT n.id, x.seq, x.message"
            + " FROM bench_copy m JOIN diary_import t ON t.patient_id = m.template_id"
            + " JOIN import_warning x ON x.import_id = t.id"
            + " JOIN diary_import n ON n.sha256 = t.sha256 || ':' || CAST(m.patient_id AS TEXT)",
        "INSERT INTO night_entry (patient_id, import_id, " + nightColumns + ")"
            + " SELECT m.patient_id, n.id, " + prefixed("x", nightColumns)
            + " FROM bench_copy m JOIN night_entry x ON x.patient_id = m.template_id" + copyImport
            + " ORDER BY m.patient_id, x.id",
        "INSERT INTO flag (patient_id, import_id, " + flagColumns + ")"
            + " SELECT m.patient_id, n.id, " + prefixed("x", flagColumns)
            + " FROM bench_copy m JOIN flag x ON x.patient_id = m.template_id" + copyImport
            + " ORDER BY m.patient_id, x.id",
        "INSERT INTO review_decision (patient_id, " + decisionColumns + ")"
            + " SELECT m.patient_id, " + prefixed("x", decisionColumns)
            + " FROM bench_copy m JOIN review_decision x ON x.patient_id = m.template_id ORDER BY m.patient_id, x.id",
        "INSERT INTO visit (patient_id, visited_at, first_night, last_night, how, recorded_by)"
            + " SELECT m.patient_id, x.visited_at, x.first_night, x.last_night, x.how, x.recorded_by"
            + " FROM bench_copy m JOIN visit x ON x.patient_id = m.template_id ORDER BY m.patient_id, x.id",
        "INSERT INTO audit_event (occurred_at, actor, action, patient_ref, detail)"
            + " SELECT x.occurred_at, x.actor, x.action, m.patient_id, x.detail"
            + " FROM bench_copy m JOIN audit_event x ON x.patient_ref = m.template_id ORDER BY m.patient_id, x.id");
  }

  private static String prefixed(String alias, String columns) {
    StringBuilder out = new StringBuilder();
    for (String column : columns.split(",")) {
      out.append(out.length() == 0 ? "" : ", ").append(alias).append('.').append(column.strip());
    }
    return out.toString();
  }

  private static Made count(Connection c, int patients, double seconds) throws SQLException {
    return new Made(patients, number(c, "SELECT COUNT(*) FROM night_entry WHERE is_current = TRUE"),
        number(c, "SELECT COUNT(*) FROM night_entry"), number(c, "SELECT COUNT(*) FROM flag WHERE is_current = TRUE"),
        number(c, "SELECT COUNT(*) FROM review_decision"), number(c, "SELECT COUNT(*) FROM audit_event"), seconds);
  }

  private static long number(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
