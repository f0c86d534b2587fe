package org.rostrum.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The core is pure: it depends on the JDK, Vavr, Immutables and itself, and reads no clock anywhere
 * (time is an argument; services hold an injected {@link java.time.Clock}). Each rule is also run
 * on {@code org.rostrum.archfixture}, which breaks it on purpose, to show that it can fail.
 */
class ArchitectureTest {

  static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.rostrum.core");

  static final JavaClasses BREACHES =
      new ClassFileImporter().importPackages("org.rostrum.archfixture");

  @Test
  void the_rule_is_not_vacuous_every_core_package_has_classes() {
    for (String p :
        new String[] {
          "model", "rules", "decider", "view", "port.in", "port.out", "service", "text"
        }) {
      assertThat(CORE.stream().filter(c -> c.getPackageName().equals("org.rostrum.core." + p)))
          .as("classes in org.rostrum.core.%s", p)
          .isNotEmpty();
    }
  }

  static ArchRule pure(String base) {
    return classes()
        .that()
        .resideInAPackage(base + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.vavr..", "org.immutables..", base + "..");
  }

  @Test
  void core_depends_only_on_the_jdk_vavr_immutables_and_itself() {
    pure("org.rostrum.core").check(CORE);
  }

  @Test
  void the_purity_rule_catches_a_dependency_outside_the_allow_list() {
    assertThatThrownBy(() -> pure("org.rostrum.archfixture").check(BREACHES))
        .hasMessageContaining("Leaky")
        .hasMessageContaining("org.junit");
  }

  /** Any read of the time: {@code now()} of any java.time type, the system clocks, the JVM's. */
  static final DescribedPredicate<JavaMethodCall> READS_THE_TIME =
      DescribedPredicate.describe(
          "a read of the clock (now() of java.time, Clock.system*, currentTimeMillis, nanoTime)",
          call -> {
            String owner = call.getTargetOwner().getPackageName();
            String name = call.getName();
            return (owner.equals("java.time") && name.equals("now"))
                || (call.getTargetOwner().isEquivalentTo(java.time.Clock.class)
                    && name.startsWith("system"))
                || (call.getTargetOwner().isEquivalentTo(System.class)
                    && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
          });

  static ArchRule noClock(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + "..")
        .should()
        .callMethodWhere(READS_THE_TIME);
  }

  @Test
  void the_core_reads_no_clock_time_is_an_argument() {
    noClock("org.rostrum.core").check(CORE);
  }

  @Test
  void the_clock_rule_catches_every_kind_of_clock_read() {
    assertThatThrownBy(() -> noClock("org.rostrum.archfixture").check(BREACHES))
        .hasMessageContaining("Instant.now()")
        .hasMessageContaining("LocalDate.now(")
        .hasMessageContaining("ZonedDateTime.now(")
        .hasMessageContaining("System.currentTimeMillis()")
        .hasMessageContaining("System.nanoTime()")
        .hasMessageContaining("Clock.systemUTC()");
  }

  @Test
  void the_rules_and_the_decider_know_nothing_of_ports_services_or_views() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.rostrum.core.model..", "org.rostrum.core.rules..", "org.rostrum.core.decider..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.rostrum.core.port..", "org.rostrum.core.service..", "org.rostrum.core.view..")
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
