package org.rostrum.adapters.cli;

import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The hexagon: adapters depend on the core, never on each other; only the command line, the
 * composition root, wires them (and so is left out of the adapter rule).
 */
class OnionArchitectureTest {

  static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.rostrum");

  @Test
  void the_core_is_imported_so_the_rule_is_not_vacuous() {
    assertThat(ALL.stream().filter(c -> c.getPackageName().startsWith("org.rostrum.core.")))
        .hasSizeGreaterThan(20);
  }

  @Test
  void dependencies_point_inward_and_adapters_do_not_know_each_other() {
    onionArchitecture()
        .domainModels("org.rostrum.core.model..", "org.rostrum.core.rules..")
        .domainServices("org.rostrum.core.decider..", "org.rostrum.core.port..")
        .applicationServices("org.rostrum.core.service..")
        .adapter("storage", "org.rostrum.adapters.storage..")
        .adapter("rest", "org.rostrum.adapters.rest..")
        .adapter("mail", "org.rostrum.adapters.mail..")
        // The adapters are skeletons until their issues land; the rule must hold as they fill.
        .withOptionalLayers(true)
        // The command line is the composition root: it may use every adapter.
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "the composition root",
                c -> c.getPackageName().startsWith("org.rostrum.adapters.cli")),
            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
        .check(ALL);
  }

  @Test
  void nothing_depends_on_the_composition_root() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that()
        .resideOutsideOfPackage("org.rostrum.adapters.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.rostrum.adapters.cli..")
        .check(ALL);
  }
}
