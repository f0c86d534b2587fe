package org.rostrum.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rostrum.core.TestPlenaries;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.out.AccessTokens;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.port.out.JournalProof;

/** Tokens and the record's proof go through their use cases, which check what they are given. */
class AccessAndRecordServiceTest {

  static final PlenaryId ASP23 = PlenaryId.of("asp23-cooperation");

  /** Tokens kept in a map, as the store keeps their hashes. */
  static final class MapTokens implements AccessTokens {
    final Map<String, Grant> issued = new HashMap<>();

    @Override
    public String issue(Grant grant) {
      String token = "t" + issued.size();
      issued.put(token, grant);
      return token;
    }

    @Override
    public Option<Grant> find(String token) {
      return Option.of(issued.get(token));
    }
  }

  @Test
  void a_token_issued_is_found_with_its_grant_and_a_blank_or_unknown_one_is_not() {
    AccessService access = new AccessService(new MapTokens());
    Grant chair = new Grant(Role.CHAIR, Option.some(ASP23), Option.none());
    String token = access.issue(chair);
    assertThat(access.grantOf(token)).contains(chair);
    assertThat(access.grantOf("nope")).isEmpty();
    assertThat(access.grantOf(" ")).isEmpty();
    assertThat(access.grantOf(null)).isEmpty();
  }

  @Test
  void the_proof_of_a_known_plenary_is_the_stores_and_an_unknown_plenary_is_named() {
    JournalProof.Proof intact = new JournalProof.Proof(3, "abc", Option.none(), Option.none());
    JournalProof store =
        new JournalProof() {
          @Override
          public String canonical(Event event) {
            return "{\"segment\":\"I\"}";
          }

          @Override
          public Proof verify(PlenaryId plenary) {
            return intact;
          }
        };
    RecordService record =
        new RecordService(store, InMemoryPlenaryCatalog.of(TestPlenaries.asp23()));
    assertThat(record.verify(ASP23)).isEqualTo(intact);
    assertThat(record.verify(ASP23).intact()).isTrue();
    assertThat(record.canonical(new Event.ListClosed(SegmentId.of("I"))))
        .isEqualTo("{\"segment\":\"I\"}");
    assertThatThrownBy(() -> record.verify(PlenaryId.of("other")))
        .isInstanceOf(UnknownPlenaryException.class)
        .hasMessageContaining("other");
  }
}
