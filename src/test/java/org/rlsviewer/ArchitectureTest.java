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

/** Keeps the layers of docs/architecture.md honest: pure layers below ui, ui only through the service, nothing depends on app. */
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
        .whereLayer("Importer").mayOnlyBeAccessedByLayers("Service", "App")
        .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Service", "App")
        .whereLayer("Report").mayOnlyBeAccessedByLayers("Service", "App")
        .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "App")
        .withOptionalLayers(true)
        .because("each layer sees only those below it: the pure layers serve the service, and app, which wires everything");
    rule.check(classes);
  }

  @Test
  void uiSeesOnlyServiceAndDomain() {
    noClasses().that().resideInAPackage("org.rlsviewer.ui..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.rlsviewer.importer..", "org.rlsviewer.analysis..", "org.rlsviewer.report..",
            "org.rlsviewer.store..", "org.rlsviewer.app..")
        .because("the window opens, analyses, stores and issues diaries only through the service, so the command"
            + " line and the window cannot drift apart")
        .check(classes);
  }

  @Test
  void domainUsesOnlyTheJavaPlatform() {
    noClasses().that().resideInAPackage("org.rlsviewer.domain..")
        .should().dependOnClassesThat()
        .resideOutsideOfPackages("org.rlsviewer.domain..", "java..")
        .because("the domain is plain records every layer shares")
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
        .because("only the window is Swing; the rest runs headless on the command line and in tests")
        .check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.rlsviewer.(*)..").should().beFreeOfCycles()
        .allowEmptyShould(true)
        .because("a cycle between packages would make the layers meaningless")
        .check(classes);
  }
}
