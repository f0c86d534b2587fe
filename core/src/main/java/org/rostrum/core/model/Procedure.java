package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The procedure of a plenary beyond its list of statements: which other kinds of intervention it
 * takes, with their limits, and the precedence of its statements. By default none — first come,
 * first served, statements only — as the ASP 23 plenary on cooperation.
 */
@Value.Immutable
public interface Procedure {

  /** Points of order, if the plenary takes them (PO1, PO2). */
  @Value.Default
  default Option<PointsOfOrder> pointsOfOrder() {
    return Option.none();
  }

  /** The right of reply, if the plenary grants it (RR1, RR2). */
  @Value.Default
  default Option<RightOfReply> rightOfReply() {
    return Option.none();
  }

  /** Statements on behalf of a group, if the plenary takes them as a kind of their own. */
  @Value.Default
  default Option<GroupStatements> groupStatements() {
    return Option.none();
  }

  @Value.Default
  default Precedence precedence() {
    return Precedence.firstCome();
  }

  /** Points of order, with their limit (the plenary's speaking limit if none). */
  record PointsOfOrder(Option<Duration> limit) {
    public PointsOfOrder {
      requireNonNull(limit, "limit");
      positive(limit);
    }
  }

  /** Where replies are taken: after each segment's list, or after the plenary's last one. */
  enum ReplyScope {
    SEGMENT,
    PLENARY
  }

  /**
   * The right of reply: at most {@code perParticipant} replies per participant per item (a segment,
   * or the plenary), the first with {@code limits[0]}, the second with {@code limits[1]}…, any
   * further with the last limit.
   */
  record RightOfReply(int perParticipant, List<Duration> limits, ReplyScope scope) {
    public RightOfReply {
      requireNonNull(limits, "limits");
      requireNonNull(scope, "scope");
      if (perParticipant < 1) {
        throw new IllegalArgumentException("at least one reply per participant: " + perParticipant);
      }
      if (limits.isEmpty()) {
        throw new IllegalArgumentException("a right of reply has a limit");
      }
      limits.forEach(l -> positive(Option.some(l)));
    }

    /** The limit of a participant's {@code ordinal}-th reply (from 1). */
    public Duration limit(int ordinal) {
      return limits.get(Math.min(Math.max(ordinal, 1), limits.size()) - 1);
    }
  }

  /**
   * Statements on behalf of a group: the group is recorded, the limit is their own if given, and
   * with {@code first} they come before the national statements.
   */
  record GroupStatements(Option<Duration> limit, boolean first) {
    public GroupStatements {
      requireNonNull(limit, "limit");
      positive(limit);
    }
  }

  /** Whether the plenary takes interventions of this kind. */
  default boolean allows(InterventionKind kind) {
    return switch (kind) {
      case STATEMENT -> true;
      case POINT_OF_ORDER -> pointsOfOrder().isDefined();
      case RIGHT_OF_REPLY -> rightOfReply().isDefined();
      case GROUP_STATEMENT -> groupStatements().isDefined();
    };
  }

  /** The kinds the plenary takes, statements first. */
  default List<InterventionKind> kinds() {
    return List.of(InterventionKind.values()).filter(this::allows);
  }

  /**
   * The time given to an intervention of this kind: its own limit, or {@code standard}; for a
   * reply, the limit of the participant's {@code ordinal}-th reply.
   */
  default Duration limit(InterventionKind kind, int ordinal, Duration standard) {
    return switch (kind) {
      case STATEMENT -> standard;
      case POINT_OF_ORDER -> pointsOfOrder().flatMap(PointsOfOrder::limit).getOrElse(standard);
      case RIGHT_OF_REPLY -> rightOfReply().map(r -> r.limit(ordinal)).getOrElse(standard);
      case GROUP_STATEMENT -> groupStatements().flatMap(GroupStatements::limit).getOrElse(standard);
    };
  }

  /**
   * The tier a statement stands in (from 0): group statements first when the procedure says so,
   * then the precedence's tiers. Points of order and replies are ordered by their kind alone.
   */
  default int tierOf(Registration registration) {
    if (!registration.kind().fromTheList()) {
      return 0;
    }
    boolean groupsFirst = groupStatements().exists(GroupStatements::first);
    if (groupsFirst && registration.kind() == InterventionKind.GROUP_STATEMENT) {
      return 0;
    }
    return precedence().tierOf(registration) + (groupsFirst ? 1 : 0);
  }

  /** Statements only, first come, first served. */
  static Procedure statementsOnly() {
    return ImmutableProcedure.builder().build();
  }

  static ImmutableProcedure.Builder builder() {
    return ImmutableProcedure.builder();
  }

  private static void positive(Option<Duration> limit) {
    if (limit.exists(l -> l.isNegative() || l.isZero())) {
      throw new IllegalArgumentException("a limit is positive: " + limit.get());
    }
  }
}
