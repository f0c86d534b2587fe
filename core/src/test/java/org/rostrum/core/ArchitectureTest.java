package org.rostrum.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core is pure: it depends on the JDK, Vavr, Immutables and itself, and reads no clock. */
class ArchitectureTest {

  static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.rostrum.core");

  @Test
  void the_rule_is_not_vacuous_every_core_package_has_classes() {
    for (String p : new String[] {"model", "rules", "decider", "port.in", "port.out", "service"}) {
      assertThat(CORE.stream().filter(c -> c.getPackageName().equals("org.rostrum.core." + p)))
          .as("classes in org.rostrum.core.%s", p)
          .isNotEmpty();
    }
  }

  @Test
  void core_depends_only_on_the_jdk_vavr_immutables_and_itself() {
    classes()
        .that()
        .resideInAPackage("org.rostrum.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.vavr..", "org.immutables..", "org.rostrum.core..")
        .check(CORE);
  }

  @Test
  void the_rules_read_no_clock_time_is_an_argument() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.rostrum.core.model..", "org.rostrum.core.rules..", "org.rostrum.core.decider..")
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(java.time.Clock.class)
        .check(CORE);
  }

  @Test
  void the_rules_and_the_decider_know_nothing_of_ports_or_services() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.rostrum.core.model..", "org.rostrum.core.rules..", "org.rostrum.core.decider..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.rostrum.core.port..", "org.rostrum.core.service..")
        .check(CORE);
  }

  @Test
  void values_do_not_depend_on_rules_or_the_decider() {
    noClasses()
        .that()
        .resideInAPackage("org.rostrum.core.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.rostrum.core.rules..", "org.rostrum.core.decider..")
        .check(CORE);
  }
}
