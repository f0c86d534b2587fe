package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Precedence;
import org.rostrum.core.rules.Messages;

/** The plenary's precedence as the API names it, for each kind of precedence the core has. */
class PlenariesResourceTest {

  static final Messages FRENCH = Messages.in(Language.FR, ZoneId.of("Europe/Amsterdam"));

  @Test
  void the_api_names_every_precedence_of_the_core() {
    // Precedence is sealed: a fourth kind fails here until PlenariesResource.precedence names it.
    assertThat(List.of(Precedence.class.getPermittedSubclasses()).map(Class::getSimpleName))
        .containsExactlyInAnyOrder("FirstCome", "ByCategory", "ByLevel");
    assertThat(PlenariesResource.precedence(Precedence.firstCome(), FRENCH).toString())
        .isEqualTo("{\"order\":\"FIRST_COME\"}");
    assertThat(PlenariesResource.precedence(Precedence.byLevel(), FRENCH).at("/order").asText())
        .isEqualTo("BY_LEVEL");
  }

  @Test
  void tiers_by_category_name_their_categories_in_the_readers_language() {
    ObjectNode byCategory =
        PlenariesResource.precedence(
            new Precedence.ByCategory(
                List.of(
                    HashSet.of(ParticipantCategory.STATE_PARTY),
                    HashSet.of(ParticipantCategory.CIVIL_SOCIETY, ParticipantCategory.COURT))),
            FRENCH);
    assertThat(byCategory.at("/order").asText()).isEqualTo("BY_CATEGORY");
    assertThat(byCategory.at("/tiers/0/0/name").asText()).isEqualTo("État partie");
    assertThat(byCategory.at("/tiers/1").findValuesAsText("code"))
        .containsExactly("COURT", "CIVIL_SOCIETY");
  }
}
