package org.rostrum.adapters.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link JournalChild} process and what it said. */
final class Children {

  final Process process;
  final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final Thread reader;

  private Children(Process process) {
    this.process = process;
    this.reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process was killed mid-line: what was read is what was acknowledged
              }
            });
    reader.start();
  }

  static Children start(String location, String plenary, int threads, int count)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                JournalChild.class.getName(),
                location,
                plenary,
                Integer.toString(threads),
                Integer.toString(count))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    return new Children(builder.start());
  }

  /** Ends the process as a power cut would: SIGKILL, no shutdown hook, no flush. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    reader.join(5_000);
  }

  void await() throws InterruptedException {
    process.waitFor();
    reader.join(5_000);
  }

  List<String> acks() {
    synchronized (lines) {
      return lines.stream().filter(l -> l.startsWith("ACK ")).map(l -> l.substring(4)).toList();
    }
  }

  String order() {
    synchronized (lines) {
      return lines.stream()
          .filter(l -> l.startsWith("ORDER "))
          .map(l -> l.substring(6))
          .findFirst()
          .orElseThrow(() -> new AssertionError("the child did not finish: " + lines));
    }
  }
}
