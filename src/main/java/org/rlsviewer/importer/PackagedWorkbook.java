package org.rlsviewer.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A workbook stored as parts of a zip package (xlsx, ods): its sheet names and remarks, found on opening. */
abstract class PackagedWorkbook implements Workbook {

  final ZipArchive zip;
  final List<String> names = new ArrayList<>();
  final List<String> remarks = new ArrayList<>();
  private final String format;

  PackagedWorkbook(ZipArchive zip, String format) {
    this.zip = zip;
    this.format = format;
  }

  @Override
  public final String format() {
    return format;
  }

  @Override
  public final List<String> sheetNames() {
    return List.copyOf(names);
  }

  @Override
  public final List<String> remarks() {
    return List.copyOf(remarks);
  }

  @Override
  public final void close() throws IOException {
    zip.close();
  }
}
