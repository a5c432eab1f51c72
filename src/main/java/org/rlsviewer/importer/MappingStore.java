package org.rlsviewer.importer;

import org.rlsviewer.domain.ColumnMapping;
import org.rlsviewer.domain.DayMonthOrder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.rlsviewer.domain.DiaryField;

/**
 * Saved column mappings, one small UTF-8 text file per mapping ({@code NAME.mapping}, in Java
 * properties syntax) in a folder the caller chooses (the program uses the user's application-data
 * folder). A file that cannot be read is skipped, never fatal.
 */
public final class MappingStore {

  private static final String SUFFIX = ".mapping";

  private final Path directory;

  public MappingStore(Path directory) {
    this.directory = directory;
  }

  /** Saves (or replaces) a mapping under its name, atomically. */
  public void save(ColumnMapping mapping) throws IOException {
    Files.createDirectories(directory);
    Properties text = new Properties();
    text.setProperty("name", mapping.name());
    mapping.dayMonthOrder().ifPresent(o -> text.setProperty("day_month_order",
        o == DayMonthOrder.DAY_FIRST ? "day-first" : "month-first"));
    for (int i = 0; i < mapping.headers().size(); i++) {
      text.setProperty("column." + (i + 1) + ".header", mapping.headers().get(i));
      text.setProperty("column." + (i + 1) + ".target", mapping.targets().get(i).code());
    }
    Path target = fileOf(mapping.name());
    Path temp = Files.createTempFile(directory, "mapping", ".tmp");
    try {
      try (java.io.Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        text.store(out, "RLS Diary Viewer column mapping");
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The mapping saved under a name (case does not matter). */
  public Optional<ColumnMapping> load(String name) {
    return all().stream().filter(m -> m.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  /** Every readable mapping, by name. */
  public List<ColumnMapping> all() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<ColumnMapping> mappings = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
        read(file).ifPresent(mappings::add);
      }
    } catch (IOException | UncheckedIOException unreadableFolder) {
      return List.of();
    }
    return mappings;
  }

  /** The first saved mapping whose header is the given header row. */
  public Optional<ColumnMapping> matching(List<String> headers) {
    return all().stream().filter(m -> m.matches(headers)).findFirst();
  }

  static Optional<ColumnMapping> read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
    List<String> headers = new ArrayList<>();
    List<ColumnMapping.Target> targets = new ArrayList<>();
    for (int i = 1; p.containsKey("column." + i + ".header"); i++) {
      Optional<ColumnMapping.Target> target =
          ColumnMapping.Target.ofCode(p.getProperty("column." + i + ".target", "extra"));
      if (target.isEmpty()) {
        return Optional.empty();
      }
      headers.add(p.getProperty("column." + i + ".header"));
      targets.add(target.get());
    }
    String order = DiaryField.normaliseHeader(p.getProperty("day_month_order", ""));
    Optional<DayMonthOrder> dayMonth = switch (order) {
      case "day_first" -> Optional.of(DayMonthOrder.DAY_FIRST);
      case "month_first" -> Optional.of(DayMonthOrder.MONTH_FIRST);
      default -> Optional.empty();
    };
    try {
      return Optional.of(new ColumnMapping(p.getProperty("name", ""), headers, targets, dayMonth));
    } catch (IllegalArgumentException invalid) {
      return Optional.empty();
    }
  }

  private Path fileOf(String name) {
    return directory.resolve(name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-") + SUFFIX);
  }
}
