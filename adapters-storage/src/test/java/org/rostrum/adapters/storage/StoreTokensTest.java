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
}
