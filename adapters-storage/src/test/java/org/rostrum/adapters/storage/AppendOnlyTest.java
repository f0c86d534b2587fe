package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The program never deletes and never rewrites a record: the only statement that changes a row
 * moves the journal's head forward. The views kept for one-shot commands (ADR 0025) are a cache
 * beside the record, in a table of their own, and only that table's rows are replaced. The outbox
 * and the watched folders' positions are working state beside the record (ADR 0027): a reply's
 * delivery state changes, never what it says nor to whom.
 */
class AppendOnlyTest {

  @Test
  void no_statement_of_the_store_deletes_or_rewrites_a_record() throws IOException {
    List<String> statements;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      statements =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.endsWith("Snapshots.java"))
              .filter(f -> !f.endsWith("StoreOutbox.java"))
              .filter(f -> !f.endsWith("StorePositions.java"))
              .map(AppendOnlyTest::read)
              .flatMap(text -> text.lines())
              .map(l -> l.toUpperCase(Locale.ROOT))
              .filter(
                  l -> l.contains("\"DELETE ") || l.contains("\"UPDATE ") || l.contains("TRUNCATE"))
              .toList();
    }
    assertThat(statements).hasSize(1);
    assertThat(statements.get(0))
        .contains(
            "UPDATE JOURNAL_HEAD SET HEAD_SEQ = :SEQ, HEAD_HASH = :HASH WHERE PLENARY = :ID AND HEAD_SEQ");
  }

  @Test
  void the_outbox_changes_a_replys_delivery_never_its_words_nor_its_recipient() {
    String outbox = read(Path.of("src/main/java/org/rostrum/adapters/storage/StoreOutbox.java"));
    List<String> changes =
        outbox
            .lines()
            .map(l -> l.toUpperCase(Locale.ROOT))
            .filter(l -> l.contains("\"UPDATE ") || l.contains("DELETE") || l.contains("TRUNCATE"))
            .toList();
    assertThat(changes).hasSize(5).allMatch(l -> l.contains("\"UPDATE OUTBOX SET "));
    String upper = outbox.toUpperCase(Locale.ROOT);
    for (String column :
        List.of("MESSAGE", "MESSAGE_ID", "RECIPIENT", "SUBJECT", "REPLY_KEY", "RECORDED_AT")) {
      assertThat(upper).doesNotContain("SET " + column + " =").doesNotContain(", " + column + " =");
    }
    List<String> positions =
        read(Path.of("src/main/java/org/rostrum/adapters/storage/StorePositions.java"))
            .lines()
            .map(l -> l.toUpperCase(Locale.ROOT))
            .filter(l -> l.contains("\"UPDATE ") || l.contains("DELETE") || l.contains("TRUNCATE"))
            .toList();
    assertThat(positions).hasSize(1).allMatch(l -> l.contains("UPDATE MAILBOX_POSITION SET"));
  }

  @Test
  void the_kept_views_change_their_own_table_only() {
    List<String> changes =
        read(Path.of("src/main/java/org/rostrum/adapters/storage/Snapshots.java"))
            .lines()
            .map(l -> l.toUpperCase(Locale.ROOT))
            .filter(
                l ->
                    l.contains("DELETE ")
                        || l.contains("UPDATE ")
                        || l.contains("INSERT ")
                        || l.contains("TRUNCATE"))
            .filter(l -> l.contains("\""))
            .toList();
    assertThat(changes)
        .hasSize(3)
        .allMatch(l -> l.contains("VIEW_SNAPSHOT") || l.contains("ON CONFLICT (PLENARY, VIEW)"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
