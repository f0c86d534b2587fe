package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.rostrum.core.port.in.ReviewMailUseCase.NotDone;
import org.rostrum.core.rules.RejectionReason;

/** The one table from outcomes to HTTP statuses, every case of it (ADR 21). */
class OutcomesTest {

  @Test
  void every_refusal_by_a_rule_is_422_but_a_missing_request_404_and_a_stale_change_409() {
    for (RejectionReason reason : RejectionReason.values()) {
      int expected =
          switch (reason) {
            case NOT_FOUND -> 404;
            case STALE -> 409;
            default -> 422;
          };
      assertThat(Outcomes.status(reason)).as("%s", reason).isEqualTo(expected);
    }
  }

  @Test
  void a_held_mail_not_resolved_is_404_409_or_400() {
    assertThat(List.of(NotDone.values()).map(Outcomes::status)).containsExactly(404, 409, 400);
  }
}
