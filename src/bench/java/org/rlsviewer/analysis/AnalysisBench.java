package org.rlsviewer.analysis;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rlsviewer.bench.BenchData;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryAnalysis;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Findings;
import org.rlsviewer.importer.DiaryImporter;

/**
 * Rules and analysis of ten years of nights (what opening a diary does after the import), and the
 * negation-aware note reader alone over the notes of those nights. Lives in the analysis package to
 * reach the package-private {@link NoteReader}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class AnalysisBench {

  /** Nights analysed: ten years. */
  public static final int NIGHTS = 3650;

  private Diary diary;
  private List<String> notes;
  private final DiaryAnalyser rules = new DiaryAnalyser();
  private final SummaryAnalyser summaries = new SummaryAnalyser();

  @Setup
  public void load() throws Exception {
    diary = new DiaryImporter(BenchData.CLOCK).importFile(BenchData.diary(NIGHTS)).diary();
    notes = diary.entries().stream().map(DiaryEntry::notes).filter(n -> !n.isEmpty()).toList();
  }

  /** Flags, suggested tests and key figures, then the sleep, trial and lifestyle summary. */
  @Benchmark
  public void rulesAndAnalysis(Blackhole bh) {
    Findings findings = rules.analyse(diary);
    DiaryAnalysis analysis = summaries.analyse(diary);
    bh.consume(findings);
    bh.consume(analysis);
  }

  @Benchmark
  public void noteReader(Blackhole bh) {
    NoteReader reader = NoteReader.builtIn();
    for (String note : notes) {
      bh.consume(reader.read(note));
    }
  }

  /** Entries analysed per run and characters of notes read per run, for the rates. */
  public static long[] sizes() throws Exception {
    AnalysisBench b = new AnalysisBench();
    b.load();
    return new long[] {b.diary.entries().size(), b.notes.stream().mapToLong(String::length).sum()};
  }
}
