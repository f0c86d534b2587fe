package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.AccessTokens;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Role;

class StoreTokensTest {

  @TempDir Path dir;

  @Test
  void a_token_is_shown_once_and_only_its_hash_is_kept() {
    Store store = TestStores.sqlite(dir.resolve("tokens.db"));
    AccessTokens tokens = store.tokens();
    Grant chile =
        new Grant(
            Role.REGISTRANT, Option.some(PlenaryId.of("asp23-cooperation")), Option.some("Chile"));
    String token = tokens.issue(chile);
    String secretariat = tokens.issue(new Grant(Role.SECRETARIAT, Option.none(), Option.none()));

    assertThat(token).startsWith("rst_").hasSizeGreaterThan(40).isNotEqualTo(secretariat);
    assertThat(tokens.find(token)).contains(chile);
    assertThat(tokens.find(secretariat).map(Grant::role)).contains(Role.SECRETARIAT);
    assertThat(tokens.find("rst_forged")).isEmpty();
    assertThat(tokens.find("")).isEmpty();
    String stored =
        store
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT group_concat(token_hash || role || coalesce(participant, '')) FROM api_token")
                        .mapTo(String.class)
                        .one());
    assertThat(stored).doesNotContain(token).contains(Hashes.sha256(token));
    store.close();
  }

  @Test
  void a_revoked_token_is_refused_by_every_instance_within_a_second_and_listed_as_revoked()
      throws Exception {
    Path file = dir.resolve("revoke.db");
    Store one = TestStores.sqlite(file);
    Store two = TestStores.sqlite(file);
    Grant chair =
        new Grant(Role.CHAIR, Option.some(PlenaryId.of("asp23-cooperation")), Option.none());
    String token = one.tokens().issue(chair);
    assertThat(two.tokens().find(token)).as("known to the other instance").contains(chair);

    String id = one.tokens().issued().single().id();
    assertThat(id).hasSize(12).isEqualTo(Hashes.sha256(token).substring(0, 12));
    assertThat(one.tokens().revoke(id, java.time.Instant.parse("2024-12-05T14:00:00Z"))).isTrue();
    assertThat(one.tokens().revoke(id, java.time.Instant.parse("2024-12-05T14:00:01Z")))
        .as("revoked once")
        .isFalse();
    assertThat(one.tokens().revoke("not-an-id", java.time.Instant.EPOCH)).isFalse();
    assertThat(one.tokens().find(token)).as("at once where it was revoked").isEmpty();
    long until = System.nanoTime() + 1_500_000_000L;
    while (two.tokens().find(token).isDefined() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(two.tokens().find(token)).as("within a second elsewhere").isEmpty();
    assertThat(two.tokens().issued().single().revokedAt())
        .contains(java.time.Instant.parse("2024-12-05T14:00:00Z"));
    one.close();
    two.close();
  }

  @Test
  void on_postgresql_too_a_revoked_token_is_refused_by_another_instance_within_a_second()
      throws Exception {
    Store one = TestStores.postgres();
    Store two = TestStores.postgres();
    Grant chair = new Grant(Role.CHAIR, Option.none(), Option.none());
    String token = one.tokens().issue(chair);
    assertThat(two.tokens().find(token)).contains(chair);
    String id = Hashes.sha256(token).substring(0, 12);
    assertThat(one.tokens().revoke(id, java.time.Instant.parse("2024-12-05T14:00:00Z"))).isTrue();
    long until = System.nanoTime() + 1_500_000_000L;
    while (two.tokens().find(token).isDefined() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(two.tokens().find(token)).isEmpty();
    assertThat(two.tokens().issued().find(t -> t.id().equals(id)).get().revokedAt()).isNotEmpty();
    one.close();
    two.close();
  }
}
