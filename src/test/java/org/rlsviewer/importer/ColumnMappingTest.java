package org.rlsviewer.importer;

import org.rlsviewer.domain.FilePreview;
import org.rlsviewer.domain.ColumnMapping;
import org.rlsviewer.domain.DayMonthOrder;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.DiaryField;
import org.rlsviewer.domain.ImportResult;
import org.rlsviewer.domain.MergedNight;

class ColumnMappingTest {

  @TempDir Path mappings;

  private static final String SHEET = """
      Tag;Uhrzeit;Beine (0-10);Schlaf \\ Notiz;Laune
      03.02.2026;21:00;4;Beine unruhig;gut
      04.02.2026;02:30;7;aufgestanden;schlecht
      04.02.2026;20:00;2;;gut
      """;

  private static ColumnMapping germanSheet() {
    return new ColumnMapping("Frau K. Tabelle",
        List.of("Tag", "Uhrzeit", "Beine (0-10)", "Schlaf \\ Notiz", "Laune"),
        List.of(ColumnMapping.Target.field(DiaryField.DATE), ColumnMapping.Target.ENTRY_TIME,
            ColumnMapping.Target.field(DiaryField.SEVERITY), ColumnMapping.Target.field(DiaryField.NOTES),
            ColumnMapping.Target.EXTRA),
        Optional.of(DayMonthOrder.DAY_FIRST));
  }

  private ImportResult importText(String csv, ImportOptions options) throws Exception {
    return new DiaryImporter().importStream(new ByteArrayInputStream(csv.getBytes(UTF_8)), "sheet.csv", options);
  }

  @Test
  void aSavedMappingReadsBackExactly() throws Exception {
    MappingStore store = new MappingStore(mappings);
    store.save(germanSheet());

    assertThat(store.load("frau k. tabelle")).contains(germanSheet());
    assertThat(store.all()).containsExactly(germanSheet());
    assertThat(Files.readString(mappings.resolve("frau-k.-tabelle.mapping"), UTF_8))
        .contains("column.3.target=severity", "column.2.target=time", "day_month_order=day-first");
  }

  @Test
  void aFileWithTheSameHeaderIsReadWithTheMappingAutomatically() throws Exception {
    new MappingStore(mappings).save(germanSheet());

    ImportResult result = importText(SHEET, ImportOptions.defaults().withMappingsDirectory(mappings));

    assertThat(result.report().format()).isEqualTo("Frau K. Tabelle");
    assertThat(result.report().imported()).isEqualTo(3);
    assertThat(result.diary().entries()).extracting(DiaryEntry::date)
        .containsExactly(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4));
    DiaryEntry first = result.diary().entries().get(0);
    assertThat(first.severity()).as("02:30 on the 4th belongs to the 3rd; worst of 4 and 7").isEqualTo(7);
    assertThat(first.notes()).isEqualTo("Beine unruhig\naufgestanden");
    assertThat(first.extras()).containsEntry("Laune", "gut | schlecht");
    assertThat(result.report().merged()).containsExactly(new MergedNight(LocalDate.of(2026, 2, 3), List.of(2, 3)));
  }

  @Test
  void aMappingNamedByTheCallerIsUsedAndAnUnknownNameIsAClearError() throws Exception {
    new MappingStore(mappings).save(germanSheet());
    String renamedHeader = SHEET.replace("Laune", "Stimmung");
    ImportOptions options = ImportOptions.defaults().withMappingsDirectory(mappings);

    assertThatThrownBy(() -> importText(renamedHeader, options)).isInstanceOf(NotADiaryException.class);
    assertThat(importText(renamedHeader, options.withMapping("Frau K. Tabelle")).report().imported()).isEqualTo(3);
    assertThatThrownBy(() -> importText(renamedHeader, options.withMapping("nobody")))
        .isInstanceOf(NotADiaryException.class)
        .hasMessage("\"sheet.csv\" is not a diary: no saved column mapping is named \"nobody\".");
  }

  @Test
  void aPreviewShowsTheHeaderAndFirstRowsAndWhetherTheLayoutIsKnown() throws Exception {
    Path sheet = mappings.resolve("sheet.csv");
    Files.createDirectories(mappings);
    Files.writeString(sheet, SHEET + "05.02.2026;21:00;3\n", UTF_8);
    ImportOptions options = ImportOptions.defaults().withMappingsDirectory(mappings.resolve("saved"));

    FilePreview before = new DiaryImporter().preview(sheet, options, 3);

    assertThat(before.headers()).containsExactly("Tag", "Uhrzeit", "Beine (0-10)", "Schlaf \\ Notiz", "Laune");
    assertThat(before.rows()).hasSize(3);
    assertThat(before.rows().get(0)).containsExactly("03.02.2026", "21:00", "4", "Beine unruhig", "gut");
    assertThat(before.separator()).isEqualTo("semicolons");
    assertThat(before.isRecognised()).isFalse();

    new MappingStore(mappings.resolve("saved")).save(germanSheet());
    FilePreview after = new DiaryImporter().preview(sheet, options, 10);
    assertThat(after.recognisedAs()).isEqualTo("Frau K. Tabelle");
    assertThat(after.rows()).hasSize(4).last().asList().containsExactly("05.02.2026", "21:00", "3", "", "");
  }

  @Test
  void anUnreadableMappingFileIsSkipped() throws Exception {
    Files.createDirectories(mappings);
    Files.writeString(mappings.resolve("broken.mapping"), "name=broken\ncolumn.1.header=x\ncolumn.1.target=nonsense\n");
    new MappingStore(mappings).save(germanSheet());

    assertThat(new MappingStore(mappings).all()).extracting(ColumnMapping::name).containsExactly("Frau K. Tabelle");
  }

  @Test
  void aMappingNeedsADateAndOneColumnPerField() {
    var date = ColumnMapping.Target.field(DiaryField.DATE);
    assertThatThrownBy(() -> new ColumnMapping("x", List.of("a"), List.of(ColumnMapping.Target.EXTRA), Optional.empty()))
        .hasMessageContaining("date");
    assertThatThrownBy(() -> new ColumnMapping("x", List.of("a", "b"), List.of(date, date), Optional.empty()))
        .hasMessageContaining("more than one column");
    assertThatThrownBy(() -> new ColumnMapping("../evil", List.of("a"), List.of(date), Optional.empty()))
        .hasMessageContaining("mapping name");
  }
}
