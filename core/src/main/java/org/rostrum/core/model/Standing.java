package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * Why a place stands where it does, for every screen to say it: its kind (points of order first,
 * replies after the list), its tier of precedence if the plenary has tiers ("tier 2 — observer
 * State"), whether it was sent to the end after an absence, and when the request was received.
 *
 * @param round 0, or how many times the speaker was sent to the end after an absence (L3)
 * @param tier the tier, when the plenary orders its statements by tiers
 */
public record Standing(InterventionKind kind, int round, Option<Tier> tier, Instant receivedAt) {

  public Standing {
    requireNonNull(kind, "kind");
    requireNonNull(tier, "tier");
    requireNonNull(receivedAt, "receivedAt");
  }

  /**
   * A tier of precedence, numbered from 1, and what put the request in it: its group statement
   * (groups first), its category, or its level of representation (none stated reads as other).
   */
  public record Tier(
      int number,
      boolean group,
      Option<ParticipantCategory> category,
      Option<RepresentationLevel> level) {
    public Tier {
      requireNonNull(category, "category");
      requireNonNull(level, "level");
    }
  }

  /** The standing of an inscription at its place under a plenary's procedure. */
  public static Standing of(Inscription inscription, Procedure procedure) {
    Registration r = inscription.registration();
    boolean tiers =
        !(procedure.precedence() instanceof Precedence.FirstCome)
            || procedure.groupStatements().exists(Procedure.GroupStatements::first);
    Option<Tier> tier = Option.none();
    if (tiers && r.kind().fromTheList()) {
      boolean group =
          r.kind() == InterventionKind.GROUP_STATEMENT
              && procedure.groupStatements().exists(Procedure.GroupStatements::first);
      Precedence precedence = procedure.precedence();
      tier =
          Option.some(
              new Tier(
                  inscription.place().tier() + 1,
                  group,
                  !group && precedence instanceof Precedence.ByCategory
                      ? Option.some(r.participant().category())
                      : Option.none(),
                  !group && precedence instanceof Precedence.ByLevel
                      ? Option.some(r.level().getOrElse(RepresentationLevel.OTHER))
                      : Option.none()));
    }
    return new Standing(r.kind(), inscription.place().round(), tier, r.receivedAt());
  }
}
