package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Opening a store skips Flyway when the schema is current: "current" must be the newest file. */
class SchemaVersionTest {

  @Test
  void the_schema_version_the_store_checks_is_the_newest_migration() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      int newest =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.matches("V\\d+__.*\\.sql"))
              .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
              .max()
              .orElseThrow();
      assertThat(Store.SCHEMA_VERSION).isEqualTo(Integer.toString(newest));
    }
  }
}
