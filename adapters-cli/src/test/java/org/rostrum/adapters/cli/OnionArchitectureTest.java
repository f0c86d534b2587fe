package org.rostrum.adapters.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The hexagon, strictly: every layer holds classes; adapters depend on the core, never on each
 * other; the command line is the composition root, which may wire the other adapters but is held to
 * every other rule; no adapter sees the decider's state or functions, only its two vocabularies
 * (commands and events). Each rule is run on {@code org.rostrum.archfixture}, a miniature with one
 * known breach of each, to show that it catches what it is written for.
 */
class OnionArchitectureTest {

  static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.rostrum");

  static final String FIXTURE = "org.rostrum.archfixture";

  static final JavaClasses BREACHES = new ClassFileImporter().importPackages(FIXTURE);

  /** The onion of the packages under {@code base}. */
  static ArchRule onion(String base) {
    return onionArchitecture()
        .domainModels(base + ".core.model..", base + ".core.rules..")
        .domainServices(
            base + ".core.decider..",
            base + ".core.view..",
            base + ".core.port..",
            base + ".core.text..")
        .applicationServices(base + ".core.service..")
        .adapter("storage", base + ".adapters.storage..")
        .adapter("rest", base + ".adapters.rest..")
        .adapter("mail", base + ".adapters.mail..")
        .adapter("cli", base + ".adapters.cli..")
        // The command line is the composition root: it may wire the other adapters, nothing more.
        .ignoreDependency(
            resideInAPackage(base + ".adapters.cli.."), resideInAPackage(base + ".adapters.."));
  }

  /** No adapter depends on the decider's state or functions; commands and events are vocabulary. */
  static ArchRule deciderStaysInTheCore(String base) {
    String decider = base + ".core.decider";
    return noClasses()
        .that()
        .resideInAPackage(base + ".adapters..")
        .should()
        .dependOnClassesThat(
            describe(
                "the decider's state or functions (not its Command and Event vocabularies)",
                (JavaClass c) ->
                    c.getPackageName().equals(decider)
                        && !vocabulary(c, decider + ".Command")
                        && !vocabulary(c, decider + ".Event")));
  }

  private static boolean vocabulary(JavaClass c, String family) {
    return c.getName().equals(family) || c.getName().startsWith(family + "$");
  }

  static ArchRule nobodyDependsOnTheRoot(String base) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(base + ".adapters.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(base + ".adapters.cli..");
  }

  @Test
  void every_layer_and_adapter_is_imported_so_no_rule_is_vacuous() {
    for (String p :
        new String[] {
          "core.model",
          "core.rules",
          "core.decider",
          "core.view",
          "core.port.in",
          "core.port.out",
          "core.service",
          "adapters.storage",
          "adapters.rest",
          "adapters.mail",
          "adapters.cli"
        }) {
      assertThat(ALL.stream().filter(c -> c.getPackageName().startsWith("org.rostrum." + p)))
          .as("classes in org.rostrum.%s", p)
          .isNotEmpty();
    }
  }

  @Test
  void dependencies_point_inward_and_adapters_do_not_know_each_other() {
    onion("org.rostrum").check(ALL);
  }

  @Test
  void the_onion_catches_an_adapter_that_knows_another_one() {
    assertThatThrownBy(() -> onion(FIXTURE).check(BREACHES))
        .hasMessageContaining("adapters.rest.Leaky")
        .hasMessageContaining("adapters.storage.Store")
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .as("the composition root wiring an adapter is allowed")
                    .doesNotContain("Main.run()> calls constructor <" + FIXTURE));
  }

  @Test
  void no_adapter_sees_the_deciders_state() {
    deciderStaysInTheCore("org.rostrum").check(ALL);
  }

  @Test
  void the_decider_rule_catches_an_adapter_or_the_root_reading_the_state_not_the_vocabulary() {
    assertThatThrownBy(() -> deciderStaysInTheCore(FIXTURE).check(BREACHES))
        .hasMessageContaining("adapters.rest.Leaky")
        .hasMessageContaining("adapters.cli.Main")
        .hasMessageContaining("core.decider.PlenaryState")
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .as("commands are vocabulary")
                    .doesNotContain("adapters.mail.Reader"));
  }

  @Test
  void nothing_depends_on_the_composition_root() {
    nobodyDependsOnTheRoot("org.rostrum").check(ALL);
  }

  @Test
  void the_root_rule_catches_an_adapter_that_reaches_into_the_root() {
    assertThatThrownBy(() -> nobodyDependsOnTheRoot(FIXTURE).check(BREACHES))
        .hasMessageContaining("adapters.rest.Leaky")
        .hasMessageContaining("adapters.cli.Main");
  }
}
