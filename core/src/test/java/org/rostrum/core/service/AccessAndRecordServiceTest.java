package org.rostrum.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rostrum.core.TestPlenaries;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.out.AccessTokens;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Issued;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.port.out.JournalProof;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.RejectionReason;

/** Tokens and the record's proof go through their use cases, which check what they are given. */
class AccessAndRecordServiceTest {

  static final PlenaryId ASP23 = PlenaryId.of("asp23-cooperation");

  /** Tokens kept in a map, as the store keeps their hashes. */
  static final class MapTokens implements AccessTokens {
    final Map<String, Issued> issued = new LinkedHashMap<>();

    @Override
    public String issue(Grant grant) {
      String token = "t" + issued.size();
      issued.put(token, new Issued("id" + issued.size(), grant, T, Option.none()));
      return token;
    }

    @Override
    public Option<Grant> find(String token) {
      return Option.of(issued.get(token)).filter(i -> i.revokedAt().isEmpty()).map(Issued::grant);
    }

    @Override
    public String idOf(String token) {
      return Option.of(issued.get(token)).map(Issued::id).getOrElse("unknown");
    }

    @Override
    public Seq<Issued> issued() {
      return List.ofAll(issued.values());
    }

    @Override
    public boolean revoke(String id, Instant at) {
      for (Map.Entry<String, Issued> e : issued.entrySet()) {
        Issued i = e.getValue();
        if (i.id().equals(id) && i.revokedAt().isEmpty()) {
          e.setValue(new Issued(i.id(), i.grant(), i.createdAt(), Option.some(at)));
          return true;
        }
      }
      return false;
    }
  }

  static final Instant T = Instant.parse("2024-12-02T09:00:00Z");

  final AccessService access =
      new AccessService(
          new MapTokens(),
          InMemoryPlenaryCatalog.of(TestPlenaries.asp23()),
          Clock.fixed(T, ZoneOffset.UTC));

  @Test
  void a_token_issued_is_found_with_its_grant_until_revoked_and_a_blank_or_unknown_one_is_not() {
    Grant chair = new Grant(Role.CHAIR, Option.some(ASP23), Option.none());
    String token = access.issue(chair).get().secret();
    assertThat(access.grantOf(token)).contains(chair);
    assertThat(access.actorOf(token).map(Actor::describe)).contains("token:id0 (chair)");
    assertThat(access.actorOf("nope")).isEmpty();
    assertThat(access.grantOf("nope")).isEmpty();
    assertThat(access.grantOf(" ")).isEmpty();
    assertThat(access.grantOf(null)).isEmpty();
    assertThat(access.tokens().map(Issued::id)).containsExactly("id0");
    assertThat(access.revoke("id0")).isTrue();
    assertThat(access.revoke("id0")).as("revoked once").isFalse();
    assertThat(access.revoke(" ")).isFalse();
    assertThat(access.grantOf(token)).isEmpty();
    assertThat(access.tokens().head().revokedAt()).contains(T);
  }

  @Test
  void a_registrant_token_names_a_participant_of_the_roster_kept_under_the_rosters_name() {
    Grant chile =
        new Grant(Role.REGISTRANT, Option.some(ASP23), Option.some("la délégation du Chili"));
    assertThat(access.issue(chile).get().grant().participant()).contains("Chile");
    Rejection atlantis =
        access
            .issue(new Grant(Role.REGISTRANT, Option.some(ASP23), Option.some("Atlantis")))
            .getLeft();
    assertThat(atlantis.reason()).isEqualTo(RejectionReason.INVALID);
    Rejection typo =
        access
            .issue(new Grant(Role.REGISTRANT, Option.some(ASP23), Option.some("Germny")))
            .getLeft();
    assertThat(((Rejection.Invalid) typo).suggestions()).startsWith("DEU");
    assertThat(access.issue(new Grant(Role.REGISTRANT, Option.some(ASP23), Option.none())))
        .as("a registrant acts for someone")
        .isEmpty();
    assertThat(access.issue(new Grant(Role.REGISTRANT, Option.none(), Option.some("Chile"))))
        .as("for a plenary whose roster says who")
        .isEmpty();
    assertThat(access.tokens()).hasSize(1);
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

          @Override
          public Option<Inclusion> inclusion(PlenaryId plenary, String receipt) {
            return Option.none();
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
