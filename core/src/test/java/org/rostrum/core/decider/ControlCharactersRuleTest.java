package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.rostrum.core.decider.Event.RegistrationInscribed;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.Rejection.Invalid.Problem;

/** R10: a name, a speaker or a group never carries a line break or another control character. */
class ControlCharactersRuleTest {

  static final RegistrationRequest FRANCE = DeciderTest.request("France", "I", 2);

  static Rejection.Invalid refused(RegistrationRequest request) {
    Event event = Steps.decide(Steps.initial(), request).head();
    assertThat(event).isInstanceOf(RegistrationRejected.class);
    return (Rejection.Invalid) ((RegistrationRejected) event).rejection();
  }

  @Test
  void a_name_speaker_or_group_with_a_control_character_is_invalid_and_says_which() {
    Rejection.Invalid name =
        refused(RegistrationRequest.builder().from(FRANCE).participant("Fra\u0000nce").build());
    assertThat(name.problem()).isEqualTo(Problem.CONTROL_CHARACTER);
    assertThat(name.seen()).isEqualTo("France");
    assertThat(name.expected()).isEqualTo("U+0000");

    Rejection.Invalid speaker =
        refused(
            RegistrationRequest.builder()
                .from(FRANCE)
                .speaker(Option.some("Ms. Dupont\r\nMr. Martin"))
                .build());
    assertThat(speaker.seen()).isEqualTo("Ms. Dupont Mr. Martin");
    assertThat(speaker.expected()).isEqualTo("U+000D");
    assertThat(Messages.in(Language.EN, Generators.ASP23.zone()).explain(speaker))
        .contains("“Ms. Dupont Mr. Martin”")
        .contains("U+000D")
        .contains("R10");
    assertThat(Messages.in(Language.FR, Generators.ASP23.zone()).explain(speaker))
        .contains("caractère de contrôle (U+000D)");

    Rejection.Invalid group =
        refused(
            RegistrationRequest.builder()
                .from(FRANCE)
                .onBehalfOf(Option.some("the \u0085African Group"))
                .build());
    assertThat(group.expected()).isEqualTo("U+0085");

    Rejection.Invalid lone =
        refused(
            RegistrationRequest.builder()
                .from(FRANCE)
                .speaker(Option.some("x".repeat(50) + "\uD800"))
                .build());
    assertThat(lone.expected()).isEqualTo("U+D800");
    assertThat(lone.seen()).isEqualTo("x".repeat(40) + "…");
  }

  @Test
  void line_ends_around_a_name_are_trimmed_as_spaces_are() {
    RegistrationRequest padded =
        RegistrationRequest.builder()
            .from(FRANCE)
            .participant("France\r\n")
            .speaker(Option.some("\tMs. Dupont\n"))
            .build();
    Event event = Steps.decide(Steps.initial(), padded).head();
    assertThat(event).isInstanceOf(RegistrationInscribed.class);
    assertThat(((RegistrationInscribed) event).registration().speaker()).contains("Ms. Dupont");
  }
}
