package org.rlsviewer.app;

import picocli.CommandLine.Option;

/** {@code --db URL}: the patient database of {@code import} and {@code patients}, before their name or after it. */
final class DatabaseOption {

  @Option(names = "--db", paramLabel = "URL",
      description = "The patient database: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (docs/storage.md).")
  String url;
}
