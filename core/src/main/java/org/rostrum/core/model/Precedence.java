package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * The order of a segment's statements: first come, first served (the default), or tiers — by the
 * participant's category or by the level of representation — with first come, first served within a
 * tier (P1) and a higher tier never behind a lower one (P2). A participant in no tier comes after
 * every tier.
 */
public sealed interface Precedence {

  /** The tier a request stands in, from 0 (first); always 0 for first come, first served. */
  int tierOf(Registration registration);

  /** How many tiers there are, counting the one after all of them for those in none. */
  int tiers();

  /** First come, first served: one tier. */
  record FirstCome() implements Precedence {
    @Override
    public int tierOf(Registration registration) {
      return 0;
    }

    @Override
    public int tiers() {
      return 1;
    }
  }

  /** Tiers by category ("States Parties, then observer States, then …"). */
  record ByCategory(List<Set<ParticipantCategory>> order) implements Precedence {
    public ByCategory {
      requireNonNull(order, "order");
      distinct(order);
    }

    @Override
    public int tierOf(Registration registration) {
      int i = order.indexWhere(tier -> tier.contains(registration.participant().category()));
      return i < 0 ? order.size() : i;
    }

    @Override
    public int tiers() {
      return order.size() + 1;
    }
  }

  /**
   * Tiers by level of representation (Heads of State or Government, then Ministers, …); a request
   * that does not say its level is read as {@link RepresentationLevel#OTHER}.
   */
  record ByLevel(List<Set<RepresentationLevel>> order) implements Precedence {
    public ByLevel {
      requireNonNull(order, "order");
      distinct(order);
    }

    @Override
    public int tierOf(Registration registration) {
      RepresentationLevel level = registration.level().getOrElse(RepresentationLevel.OTHER);
      int i = order.indexWhere(tier -> tier.contains(level));
      return i < 0 ? order.size() : i;
    }

    @Override
    public int tiers() {
      return order.size() + 1;
    }
  }

  static Precedence firstCome() {
    return new FirstCome();
  }

  /** The tiers by level of UN practice: one level each, in order. */
  static Precedence byLevel() {
    return new ByLevel(
        List.of(RepresentationLevel.values()).map(l -> io.vavr.collection.HashSet.of(l)));
  }

  private static <T> void distinct(List<? extends Set<T>> order) {
    Option<T> twice =
        order.flatMap(s -> s).groupBy(t -> t).filter(g -> g._2.size() > 1).keySet().headOption();
    if (twice.isDefined()) {
      throw new IllegalArgumentException("in two tiers: " + twice.get());
    }
    if (order.exists(Set::isEmpty)) {
      throw new IllegalArgumentException("a tier names at least one member");
    }
  }
}
