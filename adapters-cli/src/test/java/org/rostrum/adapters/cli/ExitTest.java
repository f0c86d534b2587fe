package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import org.junit.jupiter.api.Test;
import org.rostrum.adapters.mail.MailImport;
import org.rostrum.core.port.in.ReviewMailUseCase.NotDone;
import org.rostrum.core.rules.RejectionReason;

/** The one table from outcomes to exit codes, every case of it. */
class ExitTest {

  @Test
  void every_refusal_by_a_rule_exits_3() {
    for (RejectionReason reason : RejectionReason.values()) {
      assertThat(Exit.of(reason)).as("%s", reason).isEqualTo(Exit.REFUSED);
    }
  }

  @Test
  void a_held_mail_not_resolved_exits_3_or_2_when_the_command_lacked_its_reason() {
    assertThat(List.of(NotDone.values()).map(Exit::of))
        .containsExactly(Exit.REFUSED, Exit.REFUSED, Exit.USAGE);
    assertThat(List.of(NotDone.values()))
        .containsExactly(NotDone.NOT_HELD, NotDone.RESOLVED, NotDone.NO_REASON);
  }

  @Test
  void an_import_exits_3_when_any_mail_was_refused_or_held_and_0_otherwise() {
    TreeMap<String, Integer> none = TreeMap.empty();
    assertThat(Exit.of(new MailImport.Summary(4, none, 0, 2))).isEqualTo(Exit.DONE);
    assertThat(Exit.of(new MailImport.Summary(4, none, 1, 0))).isEqualTo(Exit.REFUSED);
    assertThat(Exit.of(new MailImport.Summary(4, TreeMap.of("LATE", 1), 0, 0)))
        .as("a late mail needs a person's eye as much as a held one")
        .isEqualTo(Exit.REFUSED);
    assertThat(Exit.of(new MailImport.Summary(0, none, 0, 0))).isEqualTo(Exit.DONE);
  }
}
