package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a real process: exit codes and streams as a shell sees them. */
class CliProcessTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run rostrum(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Rostrum.class.getName());
    command.addAll(List.of(args));
    command.add("--db");
    command.add(dir.resolve("rostrum.db").toString());
    command.add("--lang");
    command.add("en");
    Process p = new ProcessBuilder(command).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void exit_codes_reach_the_shell_and_no_stack_trace_reaches_the_user() throws Exception {
    assertThat(rostrum("list").code()).isEqualTo(4);
    assertThat(rostrum("init").code()).isEqualTo(0);
    Run inscribed =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "France",
            "--received-at",
            "2024-12-04T09:00");
    assertThat(inscribed.code()).isEqualTo(0);
    assertThat(inscribed.out()).startsWith("Inscribed #1: France");
    Run late =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "Chile",
            "--received-at",
            "2024-12-05T00:00:00+01:00");
    assertThat(late.code()).isEqualTo(3);
    Run usage = rostrum("regster");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("register");
    for (Run run : List.of(inscribed, late, usage)) {
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(rostrum("verify").out()).contains("chain is intact");
  }
}
