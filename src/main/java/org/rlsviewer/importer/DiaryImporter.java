package org.rlsviewer.importer;

import org.rlsviewer.domain.FilePreview;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rlsviewer.domain.ImportResult;

/**
 * Reads a diary export into a diary and its import report: the program's own diary format v1
 * (docs/diary-format.md) in any common spreadsheet dialect, the known app exports, and layouts with
 * a saved column mapping (docs/import-formats.md).
 *
 * <p>A file is read in passes rather than held in memory: first its bytes (binary data, size,
 * encoding), then its rows, surveying its dates on the way (read again when they are not ISO; an
 * app export's dates are surveyed in a pass of their own first). A file is held in memory once
 * only when it comes as a stream.
 */
public final class DiaryImporter {

  /**
   * The start of the report's remark naming the language of the month names read, when it is not
   * English ("Dates read in Polish (month names such as ...).").
   */
  public static final String DATES_READ_IN = CalendarNames.REMARK_PREFIX;

  private final Clock clock;

  /** Dates after tomorrow by the system clock are rejected ({@link PlausibleDates}). */
  public DiaryImporter() {
    this(Clock.systemDefaultZone());
  }

  /** @param clock says what tomorrow is: later dates are rejected ({@link PlausibleDates}) */
  public DiaryImporter(Clock clock) {
    this.clock = clock;
  }

  /** Reads a file with the default options; its name becomes the report's source name. */
  public ImportResult importFile(Path file)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return importFile(file, ImportOptions.defaults());
  }

  /** Reads a file; its name becomes the report's source name. */
  public ImportResult importFile(Path file, ImportOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    String name = sourceName(file);
    if (PackedFiles.isPacked(file)) {
      return PackedFiles.read(file, name, options, this::importText, false);
    }
    return importText(file, name, options);
  }

  /** A file that is text, not a workbook or archive. */
  private ImportResult importText(Path file, String name, ImportOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    TextEncoding encoding = checkedEncoding(file, name, options);
    // interrupting the reading thread cancels the import at its next block
    return plausible(read(name, options, encoding,
        withProgress -> new InterruptibleInputStream(Files.newInputStream(file)), Files.size(file)));
  }

  private static String sourceName(Path file) {
    Path fileName = file.getFileName();
    return fileName == null ? file.toString() : fileName.toString();
  }

  /**
   * The size limit that applies to this file: the options' limit, or a tracker's larger default
   * when the file is such an export and no limit was given (an Apple Health export is often over a
   * gigabyte and is read as a stream). Reads at most the file's first few kilobytes.
   */
  public static long sizeLimit(Path file, ImportOptions options) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(FileSniffer.SAMPLE_BYTES);
    }
    return TrackerFormat.sizeLimit(sourceName(file), head, options.maxBytes());
  }

  /** The checks every read of a file starts with (binary data, size), then its text encoding. */
  private static TextEncoding checkedEncoding(Path file, String name, ImportOptions options)
      throws IOException, NotADiaryException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(FileSniffer.SAMPLE_BYTES);
    }
    refuseBinary(head, name);
    long limit = TrackerFormat.sizeLimit(name, head, options.maxBytes());
    if (Files.size(file) > limit) {
      throw NotADiaryException.tooLarge(name, megabytes(limit));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return encoding(in, name);
    }
  }

  /**
   * The header and first rows of a file, for mapping its columns by hand; the same checks (binary
   * data, size, encoding) as an import come first.
   */
  public FilePreview preview(Path file, ImportOptions options, int maxRows) throws IOException, NotADiaryException {
    String name = sourceName(file);
    if (PackedFiles.isPacked(file)) {
      return PackedFiles.preview(file, name, options, maxRows,
          (unpacked, entryName) -> previewText(unpacked, entryName, options, maxRows));
    }
    return previewText(file, name, options, maxRows);
  }

  private static FilePreview previewText(Path file, String name, ImportOptions options, int maxRows)
      throws IOException, NotADiaryException {
    TextEncoding encoding = checkedEncoding(file, name, options);
    Optional<MappingStore> mappings = options.mappingsDirectory().map(MappingStore::new);
    return new DiaryReader(name, textSource(options, encoding, withProgress -> Files.newInputStream(file)),
        encoding.fallback(), options, mappings).preview(maxRows);
  }

  /** Reads a stream to its end with the default options; does not close it. */
  public ImportResult importStream(InputStream in, String sourceName)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    return importStream(in, sourceName, ImportOptions.defaults());
  }

  /** Reads a stream to its end (holding its bytes once); does not close it. */
  public ImportResult importStream(InputStream in, String sourceName, ImportOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxBytes() + 1));
    if (PackedFiles.isPacked(Arrays.copyOf(bytes, Math.min(bytes.length, 8)))) {
      if (bytes.length > options.maxBytes()) {
        throw NotADiaryException.tooLarge(sourceName, megabytes(options.maxBytes()));
      }
      return importPackedBytes(bytes, sourceName, options);
    }
    refuseBinary(Arrays.copyOf(bytes, Math.min(bytes.length, FileSniffer.SAMPLE_BYTES)), sourceName);
    if (bytes.length > options.maxBytes()) {
      throw NotADiaryException.tooLarge(sourceName, megabytes(options.maxBytes()));
    }
    TextEncoding encoding = encoding(new ByteArrayInputStream(bytes), sourceName);
    return plausible(read(sourceName, options, encoding, withProgress -> new InterruptibleInputStream(new ByteArrayInputStream(bytes)),
        bytes.length));
  }

  private ImportResult plausible(ImportResult read) {
    return LongCells.remark(PlausibleDates.apply(read, LocalDate.now(clock)));
  }

  /** A workbook or archive given as a stream is read from a private temporary copy. */
  private ImportResult importPackedBytes(byte[] bytes, String sourceName, ImportOptions options)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    Path copy = Files.createTempFile("rls-import-", ".packed");
    try {
      Files.write(copy, bytes);
      return PackedFiles.read(copy, sourceName, options, this::importText, false);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /**
   * The sheets of a workbook (.xlsx, .ods), for choosing one ({@link ImportOptions#withSheet});
   * empty for any other file.
   */
  public List<String> sheetNames(Path file, ImportOptions options) throws IOException, NotADiaryException {
    return PackedFiles.sheetNames(file, options);
  }

  private interface ByteSource {
    InputStream open(boolean withProgress) throws IOException;
  }

  private static ImportResult read(
      String name, ImportOptions options, TextEncoding encoding, ByteSource bytes, long size)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    DiaryReader.TextSource text = textSource(options, encoding, bytes);
    Optional<TrackerFormat> tracker = options.mappingName().isPresent() ? Optional.empty()
        : TrackerFormat.detect(name, head(text));
    if (tracker.isPresent()) {
      try (java.io.Reader in = text.open(true)) {
        ImportResult result = TrackerImport.read(tracker.get(), name, in, java.time.ZoneId.systemDefault());
        options.progress().accept(size);
        return result;
      }
    }
    Optional<MappingStore> mappings = options.mappingsDirectory().map(MappingStore::new);
    ImportResult result = new DiaryReader(name, text, encoding.fallback(), options, mappings).read();
    options.progress().accept(size);
    return result;
  }

  /** The first characters of the text, to recognise a tracker's export. */
  private static String head(DiaryReader.TextSource text) throws IOException {
    try (java.io.Reader in = text.open(false)) {
      char[] chars = new char[FileSniffer.SAMPLE_BYTES];
      int n = in.read(chars);
      int total = Math.max(0, n);
      while (n > 0 && total < chars.length) {
        n = in.read(chars, total, chars.length - total);
        total += Math.max(0, n);
      }
      return new String(chars, 0, total);
    }
  }

  private static DiaryReader.TextSource textSource(ImportOptions options, TextEncoding encoding, ByteSource bytes) {
    return withProgress -> {
      InputStream in = bytes.open(withProgress);
      in.skipNBytes(encoding.bomLength());
      if (withProgress) {
        in = new CountingInputStream(in, encoding.bomLength(), options.progress());
      }
      if (encoding.fallback()) {
        return new LineByLineDecoder(new java.io.BufferedInputStream(in, 1 << 16));
      }
      return new BufferedReader(new InputStreamReader(in, encoding.charset().newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    };
  }

  private static void refuseBinary(byte[] head, String name) throws NotADiaryException {
    Optional<String> binary = FileSniffer.binaryKind(head);
    if (binary.isPresent()) {
      throw NotADiaryException.binary(name, binary.get());
    }
  }

  /** The encoding, checking the rest of the bytes for NUL bytes on the way. */
  private static TextEncoding encoding(InputStream in, String name) throws IOException, NotADiaryException {
    byte[] head = in.readNBytes(FileSniffer.SAMPLE_BYTES);
    TextEncoding mark = TextEncoding.fromMark(head);
    if (mark != null && mark.isUtf16()) {
      return mark;
    }
    int bom = mark == null ? 0 : mark.bomLength();
    TextEncoding found = TextEncoding.utf8OrFallback(Arrays.copyOfRange(head, bom, head.length), in,
        (chunk, plain, length) -> {
          Optional<String> nul = FileSniffer.nulKind(chunk, plain, length);
          if (nul.isPresent()) {
            throw NotADiaryException.binary(name, nul.get());
          }
        });
    return new TextEncoding(found.charset(), bom, found.fallback());
  }

  private static long megabytes(long bytes) {
    return Math.max(1, bytes / (1024 * 1024));
  }
}
