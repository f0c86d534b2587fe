package org.rostrum.core.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Predicate;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.Outbox;

/** An outbox held in memory, for embedders that keep no store and for tests. */
public final class InMemoryOutbox implements Outbox {

  private record Held(Reply reply, Option<String> sender, Instant claimedUntil) {}

  private List<Held> replies = List.empty();

  @Override
  public synchronized long record(PlenaryId plenary, Draft draft, Instant at) {
    Option<Held> before =
        replies.find(
            h ->
                h.reply().plenary().equals(plenary) && h.reply().draft().key().equals(draft.key()));
    if (before.isDefined()) {
      return before.get().reply().id();
    }
    long id = replies.count(h -> h.reply().plenary().equals(plenary)) + 1L;
    replies =
        replies.append(
            new Held(
                new Reply(
                    plenary, id, draft, State.PENDING, 0, Option.none(), at, at, Option.none()),
                Option.none(),
                Instant.MIN));
    return id;
  }

  @Override
  public synchronized Seq<Reply> all(PlenaryId plenary) {
    return replies.map(Held::reply).filter(r -> r.plenary().equals(plenary));
  }

  @Override
  public synchronized Option<Reply> find(PlenaryId plenary, long id) {
    return all(plenary).find(r -> r.id() == id);
  }

  @Override
  public synchronized Seq<Reply> due(Instant now, int limit) {
    return replies
        .filter(
            h ->
                h.reply().state() == State.PENDING
                    && !h.reply().nextAttempt().isAfter(now)
                    && (h.sender().isEmpty() || h.claimedUntil().isBefore(now)))
        .map(Held::reply)
        .take(limit);
  }

  @Override
  public synchronized boolean claim(
      PlenaryId plenary, long id, String sender, Instant now, Instant until) {
    Option<Held> found = held(plenary, id);
    if (found.isEmpty()
        || found.get().reply().state() != State.PENDING
        || (found.get().sender().isDefined() && !found.get().claimedUntil().isBefore(now))) {
      return false;
    }
    replace(found.get(), new Held(found.get().reply(), Option.some(sender), until));
    return true;
  }

  @Override
  public synchronized int release(Predicate<String> gone) {
    List<Held> freed = replies.filter(h -> h.sender().exists(gone));
    freed.forEach(h -> replace(h, new Held(h.reply(), Option.none(), Instant.MIN)));
    return freed.size();
  }

  @Override
  public synchronized void sent(PlenaryId plenary, long id, Instant at, String answer) {
    for (Held h : held(plenary, id)) {
      Reply r = h.reply();
      replace(
          h,
          new Held(
              new Reply(
                  plenary,
                  id,
                  r.draft(),
                  State.SENT,
                  r.attempts() + 1,
                  Option.some(answer),
                  r.recordedAt(),
                  r.nextAttempt(),
                  Option.some(at)),
              Option.none(),
              Instant.MIN));
    }
  }

  @Override
  public synchronized void failed(PlenaryId plenary, long id, String answer, Option<Instant> next) {
    for (Held h : held(plenary, id)) {
      Reply r = h.reply();
      replace(
          h,
          new Held(
              new Reply(
                  plenary,
                  id,
                  r.draft(),
                  next.isDefined() ? State.PENDING : State.FAILED,
                  r.attempts() + 1,
                  Option.some(answer),
                  r.recordedAt(),
                  next.getOrElse(r.nextAttempt()),
                  Option.none()),
              Option.none(),
              Instant.MIN));
    }
  }

  @Override
  public synchronized boolean retry(PlenaryId plenary, long id, Instant now) {
    Option<Held> found = held(plenary, id).filter(h -> h.reply().state() != State.SENT);
    for (Held h : found) {
      Reply r = h.reply();
      replace(
          h,
          new Held(
              new Reply(
                  plenary,
                  id,
                  r.draft(),
                  State.PENDING,
                  r.attempts(),
                  r.answer(),
                  r.recordedAt(),
                  now,
                  Option.none()),
              h.sender(),
              h.claimedUntil()));
    }
    return found.isDefined();
  }

  private Option<Held> held(PlenaryId plenary, long id) {
    return replies.find(h -> h.reply().plenary().equals(plenary) && h.reply().id() == id);
  }

  private void replace(Held before, Held after) {
    replies = replies.replace(before, after);
  }
}
