package org.rlsviewer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rlsviewer.domain.ReviewDecision;
import org.rlsviewer.domain.ReviewStatus;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;
import org.rlsviewer.service.PatientRecords;
import org.rlsviewer.service.PatientSummary;
import org.rlsviewer.store.DatabaseSettings;
import org.rlsviewer.ui.PatientListTiming;

/**
 * A clinic's database at scale (issue 18, item 6): 10,000 patients with 1,000,000 nights (made
 * once by {@link ClinicDatabase} and kept for later runs), on SQLite and on the PostgreSQL named
 * by {@code RLS_TEST_POSTGRES_URL} (bench/run.sh starts one with .ci/postgres-setup.sh). Each
 * operation runs as the window runs it, through the service, on a database the program has
 * already opened (warm): the patient list, a key typed into its search field, opening a patient
 * from the list, saving a review decision. Medians of several runs.
 */
final class ClinicBench {

  static final int PATIENTS = 10_000;
  static final int QUICK_PATIENTS = 1_000;
  private static final int TEMPLATES = 20;
  private static final int RUNS = 7;
  /** Bump when {@link ClinicDatabase} makes something else, so kept databases are made again. */
  private static final String GENERATION = "clinic-db 2";
  private static final List<String> TYPED = List.of("mer", "haverf", "syn-0421", "zora k");

  private final boolean quick;
  private final int patients;
  private final List<BenchMain.Figure> figures = new ArrayList<>();

  ClinicBench(boolean quick) {
    this.quick = quick;
    this.patients = quick ? QUICK_PATIENTS : PATIENTS;
  }

  List<BenchMain.Figure> run() throws Exception {
    String size = quick ? "clinic_1k_quick" : "clinic_10k";
    Path sqliteFile = BenchData.folder().toAbsolutePath().resolve(size + ".db");
    Optional<DatabaseSettings> sqlite = Optional.of(DatabaseSettings.embedded(sqliteFile));
    Optional<DatabaseSettings> postgresql = Optional.empty();
    String url = System.getenv("RLS_TEST_POSTGRES_URL");
    if (url != null && !url.isBlank()) {
      String user = System.getenv().getOrDefault("RLS_TEST_POSTGRES_USER", "");
      String password = System.getenv().getOrDefault("RLS_TEST_POSTGRES_PASSWORD", "");
      String schema = "bench_" + size;
      String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      postgresql = Optional.of(DatabaseSettings.fromUrl(schemaUrl, user, password));
    }
    // both databases are made (or found kept) at once: SQLite works in this process, PostgreSQL
    // mostly in its server, so a first run waits for the longer of the two, not their sum
    ExecutorService makers = Executors.newFixedThreadPool(2);
    try {
      Future<String> sqliteMade = makers.submit(() -> ready(sqlite.orElseThrow(), "sqlite"));
      Optional<DatabaseSettings> server = postgresql;
      Future<String> postgresqlMade = server.isEmpty() ? null : makers.submit(() -> ready(server.get(), "postgresql"));
      // neither is measured while the other is still being made
      settle(sqliteMade);
      settle(postgresqlMade);
      measure("sqlite", size, sqlite, sqliteMade, "");
      measure("postgresql", size, postgresql, postgresqlMade, "not measured: no PostgreSQL (RLS_TEST_POSTGRES_URL"
          + " unset; bench/run.sh starts one with .ci/postgres-setup.sh where PostgreSQL is installed)");
    } finally {
      makers.shutdown();
    }
    return figures;
  }

  private static void settle(Future<String> making) throws InterruptedException {
    try {
      if (making != null) {
        making.get();
      }
    } catch (ExecutionException e) {
      // reported by measure
    }
  }

  private void measure(String db, String size, Optional<DatabaseSettings> settings, Future<String> making,
      String whyNot) throws Exception {
    String prefix = size + "." + db + ".";
    String label = quick ? " (quick: " + patients + " patients, not the 10,000 of the target)" : "";
    if (settings.isEmpty()) {
      for (String op : List.of("patient_list", "search_keystroke", "open_patient", "save_decision")) {
        figures.add(new BenchMain.Figure(prefix + op, Double.NaN, "ms", target(op), false, whyNot));
      }
      return;
    }
    try {
      String made;
      try {
        made = making.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
      log(db + ": " + made);
      figures.add(new BenchMain.Figure(prefix + "database", patients, "patients", "", null, made + label));
      operations(prefix, settings.get(), label);
    } catch (Exception e) {
      log(db + " failed: " + e);
      for (String op : List.of("patient_list", "search_keystroke", "open_patient", "save_decision")) {
        figures.add(new BenchMain.Figure(prefix + op, Double.NaN, "ms", target(op), false,
            "not measured: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
  }

  private static String target(String op) {
    return op.equals("patient_list") || op.equals("open_patient") ? "<= 300" : "<= 50";
  }

  private void operations(String prefix, DatabaseSettings settings, String label) throws Exception {
    DiaryLibrary library = DiaryLibrary.stored(PatientRecords.open(new DiaryService(ClinicDatabase.CLOCK, "bench"),
        settings, ClinicDatabase.CLOCK));
    // the window's first listing migrates and warms the connection; then the runs
    long first = System.nanoTime();
    List<PatientSummary> listed = library.keptPatients();
    log(String.format(Locale.ROOT, "first listing (with any migration of the kept database) %.0f ms",
        (System.nanoTime() - first) / 1e6));
    double[] list = new double[quick ? 3 : 5];
    double[] listCpu = new double[list.length];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < list.length; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      listed = library.keptPatients();
      list[i] = (System.nanoTime() - start) / 1e6;
      listCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
    }
    // SQLite works in the calling thread, so its CPU time is the work a quiet machine would wait for;
    // a server's work is in its own processes and not counted here
    add(prefix + "patient_list", median(list), "<= 300", String.format(Locale.ROOT,
        "%d patients listed by the store; CPU time of the calling thread %.0f ms%s", listed.size(), median(listCpu),
        label));

    PatientListTiming window = new PatientListTiming();
    double fill = window.fill(listed);
    List<Double> keys = window.type(TYPED);
    double[] keyMs = keys.stream().mapToDouble(Double::doubleValue).toArray();
    add(prefix + "search_keystroke", median(keyMs), "<= 50", String.format(Locale.ROOT,
        "%d keys typed into the list's search field, longest %.1f ms%s", keyMs.length, max(keyMs), label));
    figures.add(new BenchMain.Figure(prefix + "patient_list_fill_edt", fill, "ms", "", null,
        "putting the listed patients into the window's list, on the EDT" + label));

    List<String> opened = new ArrayList<>();
    double[] open = new double[RUNS];
    double[] openCpu = new double[RUNS];
    List<String> flagKeys = new ArrayList<>();
    for (int i = -2; i < RUNS; i++) {
      String key = ClinicDatabase.key((i + 12) * TEMPLATES % patients + TEMPLATES / 2 - (i & 1));
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      OpenedDiary diary = library.openKept(key).orElseThrow();
      library.reviews().reviewOf(key);
      double ms = (System.nanoTime() - start) / 1e6;
      if (i >= 0) {
        open[i] = ms;
        openCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        opened.add(key + " (" + diary.diary().entries().size() + " nights)");
        flagKeys.add(diary.findings().flags().isEmpty() ? "" : diary.findings().flags().get(0).key());
      }
    }
    add(prefix + "open_patient", median(open), "<= 300", String.format(Locale.ROOT,
        "diary, flags, analysis and review of %s and %d others; CPU time of the calling thread %.0f ms%s",
        opened.get(0), RUNS - 1, median(openCpu), label));
    // the floor: the same kind of diary opened from its file, with no database (import, rules, analysis)
    Path file = ClinicDatabase.templateDiary(TEMPLATES / 2, TEMPLATES,
        Files.createDirectories(BenchData.folder().resolve("clinic-templates")));
    DiaryService service = new DiaryService(ClinicDatabase.CLOCK, "bench");
    double[] fromFile = new double[RUNS];
    for (int i = -2; i < RUNS; i++) {
      long start = System.nanoTime();
      service.open(file);
      if (i >= 0) {
        fromFile[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    figures.add(new BenchMain.Figure(prefix + "open_floor_file", median(fromFile), "ms", "", null,
        "floor: a diary of the same size opened from its CSV file, no database" + label));

    double[] save = new double[RUNS * 2];
    for (int i = 0; i < save.length; i++) {
      String key = ClinicDatabase.key(((i % RUNS) + 12) * TEMPLATES % patients + TEMPLATES / 2 - ((i % RUNS) & 1));
      String flag = flagKeys.get(i % RUNS);
      ReviewStatus status = i < RUNS ? ReviewStatus.ACKNOWLEDGED : ReviewStatus.OPEN;
      long start = System.nanoTime();
      library.reviews().record(key, new ReviewDecision(flag.isEmpty() ? "bench|none" : flag, status, "",
          "bench", "Dr Bench", ClinicDatabase.CLOCK.instant()));
      save[i] = (System.nanoTime() - start) / 1e6;
    }
    add(prefix + "save_decision", median(save), "<= 50", "decision and its audit entry, one transaction" + label);
  }

  private void add(String name, double ms, String target, String note) {
    boolean met = ms <= Double.parseDouble(target.substring(3));
    figures.add(new BenchMain.Figure(name, ms, "ms", target, met, note));
  }

  /** Makes the database unless a complete one of this generation is kept; returns what it holds. */
  private String ready(DatabaseSettings settings, String db) throws Exception {
    if (settings.isEmbedded()) {
      Path file = settings.file().orElseThrow();
      Path marker = file.resolveSibling(file.getFileName() + ".ready");
      if (Files.isRegularFile(marker) && Files.readString(marker).startsWith(GENERATION + ";")) {
        return Files.readString(marker).substring(GENERATION.length() + 1).strip() + ", kept from an earlier run";
      }
      for (String suffix : List.of("", "-wal", "-shm", ".lock", ".ready")) {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      }
      log("making " + file + " (" + patients + " patients)");
      String made = describe(build(settings, db));
      Files.writeString(marker, GENERATION + ";" + made);
      return made;
    }
    String schema = settings.jdbcUrl().substring(settings.jdbcUrl().indexOf("currentSchema=") + 14);
    String base = settings.jdbcUrl().substring(0, settings.jdbcUrl().indexOf("currentSchema=") - 1);
    try (Connection c = DriverManager.getConnection(base, settings.user(), settings.password())) {
      String comment = schemaComment(c, schema);
      if (comment != null && comment.startsWith(GENERATION + ";")) {
        return comment.substring(GENERATION.length() + 1) + ", kept from an earlier run";
      }
      try (Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        st.execute("CREATE SCHEMA " + schema);
      }
      log("making schema " + schema + " (" + patients + " patients)");
      ClinicDatabase.Made made = build(settings, db);
      try (Statement st = c.createStatement()) {
        // what autovacuum does soon after a bulk load on a server; SQLite is left as the program leaves it
        for (String table : tables(c, schema)) {
          st.execute("ANALYZE " + schema + "." + table);
        }
        String text = describe(made);
        st.execute("COMMENT ON SCHEMA " + schema + " IS '" + GENERATION + ";" + text.replace("'", "''") + "'");
        return text;
      }
    }
  }

  private ClinicDatabase.Made build(DatabaseSettings settings, String db) throws Exception {
    // each database's own folder: the two are made at once
    Path work = Files.createDirectories(BenchData.folder().resolve("clinic-templates").resolve(db));
    return ClinicDatabase.build(settings, patients, TEMPLATES, work);
  }

  private static String schemaComment(Connection c, String schema) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = ?")) {
      st.setString(1, schema);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static List<String> tables(Connection c, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement("SELECT tablename FROM pg_tables WHERE schemaname = ?")) {
      st.setString(1, schema);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
    }
    return tables;
  }

  private static String describe(ClinicDatabase.Made m) {
    return String.format(Locale.ROOT, "%d patients, %d nights (%d versions), %d flags, %d decisions, %d audit entries;"
        + " made in %.0f s", m.patients(), m.nights(), m.nightVersions(), m.flags(), m.decisions(), m.auditEntries(),
        m.seconds());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static void log(String message) {
    System.out.println("[bench] clinic " + message);
  }

  /** Runs only these figures: {@code [--quick]}; prints them. */
  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    boolean quick = Arrays.asList(args).contains("--quick");
    for (BenchMain.Figure f : new ClinicBench(quick).run()) {
      System.out.printf(Locale.ROOT, "%-46s %10s %-9s %-7s %-4s %s%n", f.name(), f.value(1), f.unit(), f.target(),
          f.metText(), f.note());
    }
  }
}
