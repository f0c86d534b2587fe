package org.rostrum.core.service;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailReviews;

/** Held mails in memory, for the service's tests; StoreReviews keeps them durably. */
final class InMemoryMailReviews implements MailReviews {

  private Map<PlenaryId, List<Held>> held = HashMap.empty();
  private Map<String, String> seen = HashMap.empty();

  @Override
  public synchronized Option<String> digestOf(PlenaryId plenary, String key) {
    return seen.get(plenary.value() + "\n" + key);
  }

  @Override
  public synchronized String remember(PlenaryId plenary, String key, String digest) {
    String k = plenary.value() + "\n" + key;
    if (!seen.containsKey(k)) {
      seen = seen.put(k, digest);
    }
    return seen.get(k).get();
  }

  @Override
  public synchronized Option<Long> hold(PlenaryId plenary, Held mail) {
    if (knows(plenary, mail.key())) {
      return Option.none();
    }
    List<Held> all = all(plenary).toList();
    long id = all.size() + 1L;
    held =
        held.put(
            plenary,
            all.append(
                new Held(
                    id,
                    mail.key(),
                    mail.receivedAt(),
                    mail.senderClock(),
                    mail.doubts(),
                    mail.participantSeen(),
                    mail.segmentSeen(),
                    mail.speaker(),
                    mail.language(),
                    mail.sender(),
                    mail.subject(),
                    mail.origin(),
                    Option.none())));
    return Option.some(id);
  }

  @Override
  public synchronized boolean knows(PlenaryId plenary, String key) {
    return all(plenary).exists(h -> h.key().equals(key));
  }

  @Override
  public synchronized Seq<Held> all(PlenaryId plenary) {
    return held.get(plenary).getOrElse(List.empty());
  }

  @Override
  public synchronized Option<Held> find(PlenaryId plenary, long id) {
    return all(plenary).find(h -> h.id() == id);
  }

  @Override
  public synchronized Option<Held> find(PlenaryId plenary, String key) {
    return all(plenary).find(h -> h.key().equals(key));
  }

  @Override
  public synchronized boolean resolve(PlenaryId plenary, long id, Resolution resolution) {
    Option<Held> found = find(plenary, id);
    if (found.isEmpty() || found.get().resolution().isDefined()) {
      return false;
    }
    Held h = found.get();
    Held done =
        new Held(
            h.id(),
            h.key(),
            h.receivedAt(),
            h.senderClock(),
            h.doubts(),
            h.participantSeen(),
            h.segmentSeen(),
            h.speaker(),
            h.language(),
            h.sender(),
            h.subject(),
            h.origin(),
            Option.some(resolution));
    held = held.put(plenary, all(plenary).toList().replace(h, done));
    return true;
  }
}
