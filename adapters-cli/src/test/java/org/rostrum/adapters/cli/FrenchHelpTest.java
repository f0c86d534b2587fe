package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command's own texts in French too: every command's description, footer, option and parameter
 * is translated (none left in English), and a command line that cannot be parsed is answered in the
 * reader's language.
 */
class FrenchHelpTest {

  static List<CommandSpec> commands(CommandLine cli) {
    return List.of(cli.getCommandSpec())
        .appendAll(
            List.ofAll(cli.getSubcommands().values())
                .filter(c -> c.getCommandSpec().parent() == cli.getCommandSpec())
                .flatMap(FrenchHelpTest::commands));
  }

  static String text(String[] lines) {
    return String.join("\n", lines);
  }

  @Test
  void every_command_option_and_parameter_has_its_french_text() {
    List<CommandSpec> english = commands(Rostrum.commandLine(new Rostrum()));
    CommandLine french = Rostrum.commandLine(new Rostrum());
    french.setResourceBundle(ResourceBundle.getBundle(Rostrum.HELP, Locale.FRENCH));
    List<CommandSpec> translated = commands(french);
    assertThat(translated.map(CommandSpec::qualifiedName))
        .isEqualTo(english.map(CommandSpec::qualifiedName))
        .hasSizeGreaterThan(18);
    SoftAssertions softly = new SoftAssertions();
    for (int i = 0; i < english.size(); i++) {
      CommandSpec en = english.get(i);
      CommandSpec fr = translated.get(i);
      String name = en.qualifiedName();
      softly
          .assertThat(text(fr.usageMessage().description()))
          .as("%s: description", name)
          .isNotEqualTo(text(en.usageMessage().description()));
      if (en.usageMessage().footer().length > 0) {
        softly
            .assertThat(text(fr.usageMessage().footer()))
            .as("%s: footer", name)
            .isNotEqualTo(text(en.usageMessage().footer()));
      }
      for (String line : fr.usageMessage().footer()) {
        softly.assertThat(line.length()).as("%s: footer line “%s”", name, line).isLessThan(80);
      }
      List<ArgSpec> enArgs = List.ofAll(en.args());
      List<ArgSpec> frArgs = List.ofAll(fr.args());
      for (int a = 0; a < enArgs.size(); a++) {
        String enText = text(enArgs.get(a).description());
        if (!enText.isEmpty()) {
          softly
              .assertThat(text(frArgs.get(a).description()))
              .as("%s %s", name, enArgs.get(a).paramLabel())
              .isNotEmpty()
              .isNotEqualTo(enText);
        }
      }
    }
    softly.assertAll();
  }

  record Run(int code, String out, String err) {}

  static Run rostrum(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Rostrum.run(args, new PrintWriter(out), new PrintWriter(err), Clock.systemUTC());
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void the_help_is_in_the_language_asked() {
    assertThat(rostrum("--lang", "fr", "register", "--help").out())
        .startsWith("Utilisation : rostrum register")
        .contains("Enregistre une demande de parole")
        .contains("Le segment demandé.");
    assertThat(rostrum("register", "--help", "--lang=en").out())
        .startsWith("Usage: rostrum register")
        .contains("Records one request for the floor");
    assertThat(rostrum("--lang", "fr", "--help").out()).contains("Commandes :");
  }

  @Test
  void a_command_line_that_cannot_be_parsed_is_answered_in_the_language_asked() {
    Run missing = rostrum("--lang", "fr", "register", "--segment", "I");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo(
            """
            Il manque une option obligatoire : --participant=NAME
            Voir : rostrum register --help
            """);
    assertThat(rostrum("--lang", "en", "register").err())
        .startsWith("Required options are missing: --segment=I|II, --participant=NAME\n");
    Run unknown = rostrum("--lang", "fr", "regster");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .startsWith("Commande inconnue : regster\nVouliez-vous dire : register")
        .endsWith("Voir : rostrum --help\n");
    assertThat(rostrum("--lang", "fr", "serve", "--port", "abc").err())
        .startsWith("Valeur invalide pour --port : « abc »");
    assertThat(rostrum("--lang", "fr", "list", "--colour", "red").err())
        .startsWith("Option inconnue : --colour");
    assertThat(
            rostrum("--lang", "en", "review", "accept", "--participant", "Japan", "--segment", "II")
                .err())
        .startsWith("A required parameter is missing: ID");
  }
}
