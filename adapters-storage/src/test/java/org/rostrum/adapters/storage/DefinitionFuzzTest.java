package org.rostrum.adapters.storage;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.rostrum.core.model.Plenary;

/**
 * The plenary definition reader on any text (issue 22): it answers a plenary or a {@link
 * DefinitionException} listing the problems, and nothing else escapes — no exception of the YAML
 * parser, no failure of the model's checks, no overflow, no hang. The seeds are the bundled
 * definitions and a few broken ones ({@code DefinitionFuzzTestInputs}); a plain build replays them,
 * CI fuzzes from them (JAZZER_FUZZ=1).
 */
class DefinitionFuzzTest {

  @FuzzTest(maxDuration = "40s")
  void definitions(byte[] data) {
    String yaml = new String(data, StandardCharsets.UTF_8);
    try {
      Plenary plenary = PlenaryDefinitions.parse(yaml, "fuzz.yaml");
      if (plenary.segments().isEmpty()) {
        throw new AssertionError("a plenary read without a segment");
      }
    } catch (DefinitionException expected) {
      if (expected.problems().isEmpty()) {
        throw new AssertionError("a refused definition names no problem", expected);
      }
    }
  }
}
