package org.rlsviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThirdPartyLicencesTest {

  @ParameterizedTest(name = "{0} is listed under {1}")
  @CsvSource(delimiter = '|', textBlock = """
      org.apache.pdfbox:pdfbox     | Apache License, Version 2.0
      com.formdev:flatlaf          | Apache License, Version 2.0
      org.jfree:jfreechart         | GNU Lesser General Public Licence
      com.opencsv:opencsv          | Apache License, Version 2.0
      de.rototor.pdfbox:graphics2d | Apache License, Version 2.0
      info.picocli:picocli         | Apache License, Version 2.0
      """)
  void theGeneratedListNamesEachBundledLibraryWithItsLicence(String coordinates, String licence) {
    assertThat(ThirdPartyLicences.bundled())
        .filteredOn(library -> library.coordinates().equals(coordinates))
        .singleElement()
        .satisfies(library -> {
          assertThat(library.licences()).containsExactly(licence);
          assertThat(library.version()).matches("\\d+(\\.\\d+)+");
        });
  }

  @Test
  void theGeneratedListHoldsNoTestLibrary() {
    assertThat(ThirdPartyLicences.bundled())
        .extracting(ThirdPartyLicences.Library::coordinates)
        .isNotEmpty()
        .noneMatch(c -> c.startsWith("org.junit") || c.startsWith("org.assertj")
            || c.startsWith("com.tngtech") || c.startsWith("org.verapdf"));
  }

  @Test
  void aLineWithTwoLicencesKeepsBothAndOddLinesAreSkipped() {
    List<ThirdPartyLicences.Library> parsed = ThirdPartyLicences.parse(List.of(
        "",
        "Lists of 2 third-party dependencies.",
        "     (Eclipse Public License 2.0) (GNU General Public License, version 2 with the GNU Classpath Exception)"
            + " Some Lib (org.example:some-lib:1.2.3 - https://example.org/some-lib)",
        "     (MIT License) Tiny (org.example:tiny:0.9 - no url defined)"));

    assertThat(parsed)
        .extracting(ThirdPartyLicences.Library::name, ThirdPartyLicences.Library::coordinates,
            ThirdPartyLicences.Library::version, ThirdPartyLicences.Library::licenceText)
        .containsExactly(
            tuple("Some Lib", "org.example:some-lib", "1.2.3",
                "Eclipse Public License 2.0 / GNU General Public License, version 2 with the GNU Classpath Exception"),
            tuple("Tiny", "org.example:tiny", "0.9", "MIT License"));
  }
}
