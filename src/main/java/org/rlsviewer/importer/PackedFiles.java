package org.rlsviewer.importer;

import org.rlsviewer.domain.FilePreview;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.ImportResult;

/**
 * Files that come packed: a workbook (.xlsx, .ods: zip packages read by {@link XlsxWorkbook} and
 * {@link OdsWorkbook}), a zipped export (its diary file found inside and read like the same file
 * given plainly, so every format the importer knows is found in a zip too), and a password-protected
 * Office workbook (refused with one clear message).
 */
final class PackedFiles {

  /**
   * Names an app gives the file that holds its data inside its zipped export, compared without case
   * on the entry's last path part. Formats added to the importer add their names here.
   */
  static final List<String> KNOWN_EXPORT_NAMES = List.of(
      "sleep-export.csv", "export.xml", "sleepdata.csv", "daylio_export.csv", "bearable-export.csv");
  /**
   * Extensions of files that may hold a diary, when the archive holds exactly one such file (a zip,
   * to say that it is nested).
   */
  static final List<String> DIARY_EXTENSIONS =
      List.of("csv", "tsv", "txt", "xlsx", "xlsm", "ods", "xml", "json", "zip");

  /** Reads a file that is not packed: the importer's plain path. */
  interface PlainReader {
    ImportResult read(Path file, String sourceName, ImportOptions options)
        throws IOException, NotADiaryException, AmbiguousDayMonthOrderException;
  }

  private PackedFiles() {}

  /** True when the file starts like a zip or an Office compound file, which this class reads. */
  static boolean isPacked(byte[] head) {
    return isZip(head) || isCompoundFile(head);
  }

  static boolean isPacked(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return isPacked(in.readNBytes(8));
    }
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) && (b[3] == 4 || b[3] == 6);
  }

  private static boolean isCompoundFile(byte[] b) {
    return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
        && (b[3] & 0xFF) == 0xE0;
  }

  /** Reads a packed file; {@code nested} for a file found inside an archive (which may not be one). */
  static ImportResult read(Path file, String name, ImportOptions options, PlainReader plain, boolean nested)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    if (Files.size(file) > options.maxBytes()) {
      throw NotADiaryException.tooLarge(name, Math.max(1, options.maxBytes() / (1024 * 1024)));
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    if (isCompoundFile(head)) {
      return compoundFile(file, name, options, plain);
    }
    try (ZipArchive zip = ZipArchive.open(file, options.maxBytes())) {
      Optional<Workbook> book = workbook(zip, name);
      if (book.isPresent()) {
        ImportResult result = new SpreadsheetImport(book.get(), name, options).read();
        options.progress().accept(Files.size(file));
        return result;
      }
      if (nested) {
        throw new NotADiaryException("\"" + name + "\" is not a diary: it is a zip archive inside a zip archive;"
            + " unpack the outer archive first.");
      }
      return fromArchive(zip, file, name, options, plain);
    } catch (PackedFileException e) {
      throw e.toNotADiary(name);
    }
  }

  /** Previews a file that is not packed: the importer's plain path. */
  interface PlainPreview {
    FilePreview preview(Path file, String sourceName) throws IOException, NotADiaryException;
  }

  /** The header and first rows of a packed file's diary, for mapping its columns by hand. */
  static FilePreview preview(Path file, String name, ImportOptions options, int maxRows, PlainPreview plain)
      throws IOException, NotADiaryException {
    try (ZipArchive zip = ZipArchive.open(file, options.maxBytes())) {
      Optional<Workbook> book = workbook(zip, name);
      if (book.isPresent()) {
        return new SpreadsheetImport(book.get(), name, options).preview(maxRows);
      }
      String entry = diaryEntry(zip, name);
      return unpacked(zip, entry, copy -> {
        String entryName = entry.substring(entry.lastIndexOf('/') + 1);
        if (isPacked(copy)) {
          try (ZipArchive inner = ZipArchive.open(copy, options.maxBytes())) {
            Optional<Workbook> innerBook = workbook(inner, entryName);
            if (innerBook.isEmpty()) {
              throw new NotADiaryException("\"" + name + "\" is not a diary: it is a zip archive inside a zip"
                  + " archive; unpack the outer archive first.");
            }
            return new SpreadsheetImport(innerBook.get(), entryName, options).preview(maxRows);
          }
        }
        return plain.preview(copy, entryName);
      });
    } catch (PackedFileException e) {
      throw e.toNotADiary(name);
    } catch (AmbiguousDayMonthOrderException notAsked) {
      throw new IllegalStateException(notAsked);
    }
  }

  private interface WithCopy<T> {
    T apply(Path copy) throws IOException, NotADiaryException, AmbiguousDayMonthOrderException;
  }

  /**
   * Unpacks one entry (within the size limit) to a private folder, keeping its own file name for
   * the readers that look at it, and removes it again after use.
   */
  private static <T> T unpacked(ZipArchive zip, String entry, WithCopy<T> use)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    Path folder = Files.createTempDirectory("rls-unpacked-");
    Path copy = folder.resolve(localName(entry.substring(entry.lastIndexOf('/') + 1)));
    try {
      try (InputStream in = zip.open(entry); OutputStream out = Files.newOutputStream(copy)) {
        in.transferTo(out);
      }
      return use.apply(copy);
    } finally {
      Files.deleteIfExists(copy);
      Files.deleteIfExists(folder);
    }
  }

  /** The sheet names of a workbook; empty for any other file. */
  static List<String> sheetNames(Path file, ImportOptions options) throws IOException, NotADiaryException {
    if (!isPacked(file)) {
      return List.of();
    }
    try (InputStream in = Files.newInputStream(file)) {
      if (!isZip(in.readNBytes(8))) {
        return List.of();
      }
    }
    try (ZipArchive zip = ZipArchive.open(file, options.maxBytes())) {
      Optional<Workbook> book = workbook(zip, file.getFileName().toString());
      return book.map(Workbook::sheetNames).orElse(List.of());
    } catch (PackedFileException e) {
      throw e.toNotADiary(String.valueOf(file.getFileName()));
    }
  }

  private static Optional<Workbook> workbook(ZipArchive zip, String name) throws IOException, NotADiaryException {
    if (XlsxWorkbook.isXlsx(zip)) {
      return Optional.of(XlsxWorkbook.open(zip));
    }
    if (OdsWorkbook.isOds(zip)) {
      if (OdsWorkbook.isEncrypted(zip)) {
        throw passwordProtected(name);
      }
      return Optional.of(OdsWorkbook.open(zip));
    }
    return Optional.empty();
  }

  private static NotADiaryException passwordProtected(String name) {
    return new NotADiaryException("\"" + name + "\" cannot be read: it is a password-protected workbook."
        + " Open it in the spreadsheet program, save a copy without the password, and import that copy.");
  }

  /**
   * An Office compound file: a password-protected .xlsx/.ods keeps its package encrypted inside one
   * ("EncryptedPackage"); anything else of the kind is an old .xls or .doc, refused as before.
   */
  private static ImportResult compoundFile(Path file, String name, ImportOptions options, PlainReader plain)
      throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    String ext = ZipArchive.extension(name);
    if (ext.equals("xlsx") || ext.equals("xlsm") || ext.equals("ods") || holdsEncryptedPackage(file)) {
      throw passwordProtected(name);
    }
    return plain.read(file, name, options);
  }

  private static boolean holdsEncryptedPackage(Path file) throws IOException {
    byte[] marker = "EncryptedPackage".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      byte[] carry = new byte[0];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        byte[] window = new byte[carry.length + n];
        System.arraycopy(carry, 0, window, 0, carry.length);
        System.arraycopy(buffer, 0, window, carry.length, n);
        if (indexOf(window, marker) >= 0) {
          return true;
        }
        carry = java.util.Arrays.copyOfRange(window, Math.max(0, window.length - marker.length), window.length);
      }
    }
    return false;
  }

  private static int indexOf(byte[] data, byte[] marker) {
    outer:
    for (int i = 0; i + marker.length <= data.length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (data[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** A zipped export: its diary file is unpacked (within the size limit) and read as given plainly. */
  private static ImportResult fromArchive(ZipArchive zip, Path file, String name, ImportOptions options,
      PlainReader plain) throws IOException, NotADiaryException, AmbiguousDayMonthOrderException {
    String entry = diaryEntry(zip, name);
    String entryName = entry.substring(entry.lastIndexOf('/') + 1);
    ImportResult inner = unpacked(zip, entry, copy -> isPacked(copy)
        ? read(copy, entryName, options, plain, true)
        : plain.read(copy, entryName, options));
    ImportReport r = inner.report();
    List<String> warnings = new ArrayList<>();
    warnings.add("Read \"" + entry + "\" from the zip archive.");
    if (zip.unsafeNames() > 0) {
      warnings.add("Ignored " + org.rlsviewer.domain.figures.FigureFormat.plural(zip.unsafeNames(), "file name")
          + " in the archive that point" + (zip.unsafeNames() == 1 ? "s" : "") + " outside it.");
    }
    warnings.addAll(r.warnings());
    return new ImportResult(inner.diary(), new ImportReport(name, r.dataRows(), r.imported(), r.rejected(),
        warnings, r.format(), r.merged()));
  }

  /** The entry's name made safe as a file name on any system: letters, digits, {@code . _ -} and spaces. */
  static String localName(String entryName) {
    String safe = entryName.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
    if (safe.length() > 100) {
      safe = safe.substring(safe.length() - 100);
    }
    return safe.isEmpty() || safe.startsWith(".") ? "entry" + safe : safe;
  }

  /** The archive's diary: a known export name, else its only file that may hold one. */
  static String diaryEntry(ZipArchive zip, String name) throws NotADiaryException {
    for (String known : KNOWN_EXPORT_NAMES) {
      Optional<String> found = zip.names().stream()
          .filter(n -> !ignored(n))
          .filter(n -> n.substring(n.lastIndexOf('/') + 1).equalsIgnoreCase(known))
          .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
    }
    List<String> candidates = zip.names().stream()
        .filter(n -> !ignored(n))
        .filter(n -> DIARY_EXTENSIONS.contains(ZipArchive.extension(n)))
        .toList();
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String prefix = "\"" + name + "\" is not a diary: it is a zip archive ";
    if (candidates.isEmpty()) {
      throw new NotADiaryException(prefix + "with no diary file in it (no CSV, spreadsheet or export file).");
    }
    throw new NotADiaryException(prefix + "with several files that could be the diary ("
        + candidates.stream().limit(8).map(n -> "\"" + n + "\"").collect(Collectors.joining(", "))
        + (candidates.size() > 8 ? " and " + (candidates.size() - 8) + " more" : "")
        + "); unpack it and open the diary file.");
  }

  /** macOS resource forks and hidden files are never the diary. */
  private static boolean ignored(String entry) {
    String base = entry.substring(entry.lastIndexOf('/') + 1);
    return entry.startsWith("__MACOSX/") || base.startsWith(".") || base.toLowerCase(Locale.ROOT).equals("readme.txt");
  }
}
