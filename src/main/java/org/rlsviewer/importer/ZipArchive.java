package org.rlsviewer.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip file (an export archive, or the package of an .xlsx or .ods workbook) read in place: entries
 * are never written anywhere by name. What is unpacked is bounded: each entry's inflated bytes are
 * counted as they are read (the sizes the archive claims are not trusted), and the largest reads of
 * all entries together may not pass the import's size limit, so a zip bomb stops early. Entries whose
 * names climb out of the archive ({@code ../}, absolute paths) are ignored.
 */
final class ZipArchive implements AutoCloseable {

  private static final int MAX_ENTRIES = 20_000;

  private final ZipFile zip;
  private final long maxBytes;
  private final Map<String, Long> unpacked = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private int unsafeNames;

  private ZipArchive(ZipFile zip, long maxBytes) throws PackedFileException {
    this.zip = zip;
    this.maxBytes = maxBytes;
    int count = 0;
    var entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (++count > MAX_ENTRIES) {
        throw new PackedFileException("holds more than " + MAX_ENTRIES + " files, far more than any export.");
      }
      if (!isSafe(entry.getName())) {
        unsafeNames++;
      } else if (!entry.isDirectory()) {
        names.add(entry.getName());
      }
    }
  }

  static ZipArchive open(Path file, long maxBytes) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new PackedFileException("is a damaged zip archive.");
    }
    try {
      return new ZipArchive(zip, maxBytes);
    } catch (PackedFileException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  /** A name that stays inside the archive: relative, no {@code ..} part, no drive, no NUL. */
  static boolean isSafe(String name) {
    String n = name.replace('\\', '/');
    if (n.isEmpty() || n.startsWith("/") || n.indexOf('\0') >= 0 || n.matches("^[A-Za-z]:.*")) {
      return false;
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** The safe names of the files in the archive, in archive order. */
  List<String> names() {
    return Collections.unmodifiableList(names);
  }

  int unsafeNames() {
    return unsafeNames;
  }

  boolean has(String name) {
    return names.contains(name);
  }

  /** A name compared without case, as Windows and macOS zip tools may change it. */
  Optional<String> find(String name) {
    return names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
  }

  /** Opens a safe entry; reading past the size budget throws a {@link PackedFileException}. */
  InputStream open(String name) throws IOException {
    ZipEntry entry = names.contains(name) ? zip.getEntry(name) : null;
    if (entry == null) {
      throw new PackedFileException("is damaged: its part " + name + " is missing.");
    }
    try {
      return new Bounded(zip.getInputStream(entry), name);
    } catch (ZipException e) {
      throw new PackedFileException("is damaged: its part " + name + " cannot be unpacked.");
    }
  }

  /** Reads a small entry whole (a mimetype, a manifest); bounded like every read. */
  String readText(String name) throws IOException {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  static String extension(String name) {
    String base = name.substring(name.replace('\\', '/').lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private long budgetLeftFor(String name) {
    long others = 0;
    for (Map.Entry<String, Long> e : unpacked.entrySet()) {
      if (!e.getKey().equals(name)) {
        others += e.getValue();
      }
    }
    return maxBytes - others;
  }

  private PackedFileException bomb() {
    return new PackedFileException("unpacks to more than " + Math.max(1, maxBytes / (1024 * 1024))
        + " MB, far more than any diary (it may be a \"zip bomb\"), so it was not read further.");
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** Counts an entry's inflated bytes against the budget. */
  private final class Bounded extends FilterInputStream {
    private final String name;
    private final long limit;
    private long read;

    Bounded(InputStream in, String name) {
      super(in);
      this.name = name;
      this.limit = budgetLeftFor(name);
    }

    @Override
    public int read() throws IOException {
      int b = unzipping(() -> super.read());
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = unzipping(() -> super.read(buffer, offset, length));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws PackedFileException {
      read += n;
      unpacked.merge(name, read, Math::max);
      if (read > limit) {
        throw bomb();
      }
    }
  }

  private interface Read {
    int run() throws IOException;
  }

  private static int unzipping(Read read) throws IOException {
    try {
      return read.run();
    } catch (ZipException e) {
      throw new PackedFileException("is damaged: part of it cannot be unpacked.");
    } catch (java.io.EOFException e) {
      throw new PackedFileException("is damaged: it ends early.");
    }
  }
}
