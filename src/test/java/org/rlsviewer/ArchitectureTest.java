package org.rlsviewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of ARCHITECTURE.md honest: pure layers below ui, nothing depends on app. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.rlsviewer");
  }

  @Test
  void layersDependOnlyDownwards() {
    ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Domain").definedBy("org.rlsviewer.domain..")
        .layer("Importer").definedBy("org.rlsviewer.importer..")
        .layer("Analysis").definedBy("org.rlsviewer.analysis..")
        .layer("Report").definedBy("org.rlsviewer.report..")
        .layer("Store").definedBy("org.rlsviewer.store..")
        .layer("Service").definedBy("org.rlsviewer.service..")
        .layer("Ui").definedBy("org.rlsviewer.ui..")
        .layer("App").definedBy("org.rlsviewer.app..")
        .whereLayer("App").mayNotBeAccessedByAnyLayer()
        .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
        .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "App")
        .whereLayer("Importer").mayOnlyBeAccessedByLayers("Service", "Ui", "App")
        .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Service", "Ui", "App")
        .whereLayer("Report").mayOnlyBeAccessedByLayers("Service", "Ui", "App")
        .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "Ui", "App")
        .withOptionalLayers(true);
    rule.check(classes);
  }

  @Test
  void domainUsesOnlyTheJavaPlatform() {
    noClasses().that().resideInAPackage("org.rlsviewer.domain..")
        .should().dependOnClassesThat()
        .resideOutsideOfPackages("org.rlsviewer.domain..", "java..")
        .check(classes);
  }

  @Test
  void pureLayersNeverTouchSwing() {
    noClasses().that()
        .resideInAnyPackage("org.rlsviewer.domain..", "org.rlsviewer.importer..",
            "org.rlsviewer.analysis..", "org.rlsviewer.report..", "org.rlsviewer.store..",
            "org.rlsviewer.service..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("javax.swing..", "java.awt.event..", "org.jfree.chart.swing..",
            "com.formdev.flatlaf..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jfree.chart.ChartPanel")
        .check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.rlsviewer.(*)..").should().beFreeOfCycles()
        .allowEmptyShould(true)
        .check(classes);
  }
}
