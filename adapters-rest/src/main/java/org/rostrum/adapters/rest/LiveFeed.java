package org.rostrum.adapters.rest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.Signals;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.view.RoomView;

/**
 * The live stream for displays (server-sent events). Every journal entry becomes one event whose id
 * is its sequence number, so a display that reconnects with {@code Last-Event-ID} gets what it
 * missed, once. Entries come from this process's service as they are recorded, and from the journal
 * itself every {@code poll} (so that displays attached to one instance see what another instance
 * recorded). The warning and the overrun of a running speech are sent when the clock passes them
 * (checked every {@code poll}), with ids named after the entry that started it ({@code
 * 17.warning}).
 *
 * <p>One thread sends everything, in journal order.
 */
public final class LiveFeed implements Notifier, AutoCloseable {

  private final Journal journal;
  private final ScheduledExecutorService sender;
  private final ScheduledFuture<?> polling;
  private final ScheduledFuture<?> heartbeat;
  private final Map<PlenaryId, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
  private final Map<PlenaryId, Long> published = new ConcurrentHashMap<>();
  private final Map<PlenaryId, Map<RegistrationId, Running>> running = new ConcurrentHashMap<>();
  private volatile Function<PlenaryId, Option<RoomView>> rooms = plenary -> Option.none();

  /**
   * A speech started in a plenary and not ended (the one at the rostrum, or one a point of order
   * interrupted), and which of its two signals were sent.
   */
  private static final class Running {
    final JournalEntry entry;
    final Event.SpeechStarted started;
    boolean warned;
    boolean overran;

    Running(JournalEntry entry, Event.SpeechStarted started) {
      this.entry = entry;
      this.started = started;
    }
  }

  /** One display: the last sequence number it was sent. */
  private static final class Subscriber {
    final SseClient client;
    long last;

    Subscriber(SseClient client, long last) {
      this.client = client;
      this.last = last;
    }
  }

  public LiveFeed(Journal journal, Duration poll) {
    this.journal = journal;
    this.sender =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rostrum-live");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(1, poll.toMillis());
    this.polling = sender.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    this.heartbeat = sender.scheduleWithFixedDelay(this::keepAlive, 15, 15, TimeUnit.SECONDS);
  }

  /**
   * Where the signals come from: the room of a plenary at this instant, as the core's views say it
   * (the speech's own limit, its pauses and the time granted). Until it is given, no signal is
   * sent.
   */
  public void rooms(Function<PlenaryId, Option<RoomView>> roomOf) {
    this.rooms = roomOf;
  }

  @Override
  public void recorded(PlenaryId plenary, Seq<JournalEntry> entries) {
    sender.execute(() -> publish(plenary, entries));
  }

  /** Attaches a display, which has seen everything up to {@code after}. */
  void attach(PlenaryId plenary, SseClient client, long after) {
    Subscriber subscriber = new Subscriber(client, after);
    subscribers.computeIfAbsent(plenary, k -> new CopyOnWriteArraySet<>()).add(subscriber);
    client.onClose(() -> subscribers.getOrDefault(plenary, Set.of()).remove(subscriber));
    sender.execute(
        () -> {
          client.sendComment("connected");
          for (JournalEntry entry : journal.read(plenary, after)) {
            send(subscriber, entry);
          }
        });
  }

  /** Another process appended to {@code plenary}'s journal (PostgreSQL NOTIFY): read it now. */
  public void wake(PlenaryId plenary) {
    sender.execute(() -> catchUp(plenary));
  }

  /** Entries another process recorded: read from the journal. */
  private void poll() {
    tick();
    for (PlenaryId plenary : subscribers.keySet()) {
      if (!subscribers.get(plenary).isEmpty()) {
        catchUp(plenary);
      }
    }
  }

  private void catchUp(PlenaryId plenary) {
    try {
      Seq<JournalEntry> newer = journal.read(plenary, published.getOrDefault(plenary, 0L));
      if (!newer.isEmpty()) {
        publish(plenary, newer);
      }
    } catch (RuntimeException e) {
      // the store is unreachable for now: the next poll tries again
    }
  }

  private void keepAlive() {
    subscribers.values().forEach(set -> set.forEach(s -> s.client.sendComment("keep-alive")));
  }

  private void publish(PlenaryId plenary, Seq<JournalEntry> recorded) {
    long before = published.getOrDefault(plenary, 0L);
    Seq<JournalEntry> entries = recorded;
    if (!recorded.isEmpty() && recorded.head().seq() > before + 1) {
      // Another instance recorded the entries in between: read them, so none is skipped.
      entries = journal.read(plenary, before);
    }
    for (JournalEntry entry : entries) {
      if (entry.seq() <= before) {
        continue;
      }
      before = entry.seq();
      for (Subscriber s : subscribers.getOrDefault(plenary, Set.of())) {
        send(s, entry);
      }
      time(plenary, entry);
    }
    long last = before;
    published.merge(plenary, last, Math::max);
  }

  private void send(Subscriber s, JournalEntry entry) {
    if (entry.seq() <= s.last || s.client.terminated()) {
      return;
    }
    s.last = entry.seq();
    ObjectNode data = describe(entry);
    s.client.sendEvent(data.get("kind").asText(), data.toString(), Long.toString(entry.seq()));
  }

  /** Follows the speeches started and not ended, whose warning and overrun {@link #tick} sends. */
  private void time(PlenaryId plenary, JournalEntry entry) {
    Event event = entry.event();
    if (event instanceof Event.SpeechStarted started) {
      running
          .computeIfAbsent(plenary, k -> new ConcurrentHashMap<>())
          .put(started.id(), new Running(entry, started));
    } else if (event instanceof Event.SpeechEnded ended) {
      running.getOrDefault(plenary, Map.of()).remove(ended.id());
    } else if (event instanceof Event.SegmentEnded) {
      running.remove(plenary);
    }
  }

  /**
   * Sends the warning, then the overrun, of the speech at the rostrum when its signals (L4, from
   * the core's room view: its own limit, time granted, pauses not counted) say the clock has passed
   * them. Time granted after a signal lets it be sent again when the clock passes the new instant.
   */
  private void tick() {
    running.forEach(
        (plenary, speeches) -> {
          if (speeches.isEmpty()) {
            return;
          }
          Option<RoomView.AtRostrum> current =
              rooms.apply(plenary).flatMap(RoomView::current).filter(RoomView.AtRostrum::speaking);
          if (current.isEmpty()) {
            return;
          }
          Running r = speeches.get(current.get().entry().id());
          Signals signals = current.get().speech().get();
          if (r == null || signals.paused()) {
            return;
          }
          if (!signals.warning()) {
            r.warned = false;
          }
          if (!signals.overrun()) {
            r.overran = false;
          }
          if (!r.warned && signals.warning()) {
            r.warned = true;
            signal(plenary, r, "warning", signals.warningAt());
          }
          if (!r.overran && signals.overrun()) {
            r.overran = true;
            signal(plenary, r, "overrun", signals.limitAt());
          }
        });
  }

  private void signal(PlenaryId plenary, Running r, String kind, Instant at) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("kind", kind);
    data.put("version", r.entry.seq());
    data.put("registrationId", r.started.id().value());
    data.put("startedAt", r.started.at().toString());
    data.put("at", at.toString());
    for (Subscriber sub : subscribers.getOrDefault(plenary, Set.of())) {
      if (!sub.client.terminated()) {
        sub.client.sendEvent(kind, data.toString(), r.entry.seq() + "." + kind);
      }
    }
  }

  /** The event as a display reads it: its kind, the version it leads to, and its facts. */
  static ObjectNode describe(JournalEntry entry) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    Event event = entry.event();
    // kind and type first, as displays have always read them
    data.put("kind", "");
    data.put("version", entry.seq());
    data.put("type", "");
    data.put("recordedAt", entry.recordedAt().toString());
    event.accept(new Facts(data));
    return data;
  }

  /**
   * Each kind of event as the live stream names it ({@code kind} for displays, {@code type} for the
   * record's name of it) with the facts a display needs. Written here, not derived from Java names:
   * renaming a class changes nothing on the wire.
   */
  private record Facts(ObjectNode data) implements Event.Visitor<Void> {

    private Void named(String kind, String type) {
      data.put("kind", kind);
      data.put("type", type);
      return null;
    }

    @Override
    public Void registrationInscribed(Event.RegistrationInscribed i) {
      data.put("registrationId", i.registration().id().value());
      data.put("participant", i.registration().participant().name());
      data.put("segment", i.registration().segment().value());
      return named("inscription", "RegistrationInscribed");
    }

    @Override
    public Void registrationRejected(Event.RegistrationRejected r) {
      data.put("registrationId", r.id().value());
      data.put("reason", r.rejection().reason().name());
      return named("refusal", "RegistrationRejected");
    }

    @Override
    public Void registrationSuperseded(Event.RegistrationSuperseded e) {
      return named("list-changed", "RegistrationSuperseded");
    }

    @Override
    public Void registrationWithdrawn(Event.RegistrationWithdrawn e) {
      return named("list-changed", "RegistrationWithdrawn");
    }

    @Override
    public Void placesSwapped(Event.PlacesSwapped e) {
      return named("list-changed", "PlacesSwapped");
    }

    @Override
    public Void listClosed(Event.ListClosed e) {
      return named("list-changed", "ListClosed");
    }

    @Override
    public Void listReopened(Event.ListReopened e) {
      return named("list-changed", "ListReopened");
    }

    @Override
    public Void deadlineExtended(Event.DeadlineExtended e) {
      return named("list-changed", "DeadlineExtended");
    }

    @Override
    public Void speakerCalled(Event.SpeakerCalled c) {
      data.put("registrationId", c.id().value());
      data.put("segment", c.segment().value());
      data.put("at", c.at().toString());
      return named("speaker-called", "SpeakerCalled");
    }

    @Override
    public Void speechStarted(Event.SpeechStarted s) {
      data.put("registrationId", s.id().value());
      data.put("startedAt", s.at().toString());
      return named("speech-started", "SpeechStarted");
    }

    @Override
    public Void speechEnded(Event.SpeechEnded e) {
      data.put("registrationId", e.id().value());
      return named("speech-stopped", "SpeechEnded");
    }

    @Override
    public Void speakerAbsent(Event.SpeakerAbsent a) {
      data.put("registrationId", a.id().value());
      data.put("requeued", a.requeued());
      return named("speaker-absent", "SpeakerAbsent");
    }

    @Override
    public Void segmentEnded(Event.SegmentEnded e) {
      data.put("segment", e.segment().value());
      return named("segment-ended", "SegmentEnded");
    }

    @Override
    public Void requestAmended(Event.RequestAmended a) {
      data.put("registrationId", a.id().value());
      data.put("outcome", a.outcome().isRight() ? "INSCRIBED" : "REFUSED");
      return named("list-changed", "RequestAmended");
    }

    @Override
    public Void requestAnnulled(Event.RequestAnnulled a) {
      data.put("registrationId", a.id().value());
      return named("list-changed", "RequestAnnulled");
    }

    @Override
    public Void segmentResumed(Event.SegmentResumed r) {
      data.put("segment", r.segment().value());
      com.fasterxml.jackson.databind.node.ArrayNode waiting = data.putArray("waitingAgain");
      r.waitingAgain().forEach(id -> waiting.add(id.value()));
      return named("segment-resumed", "SegmentResumed");
    }

    @Override
    public Void participantAdded(Event.ParticipantAdded a) {
      data.put("participantKey", a.entry().key().value());
      return named("list-changed", "ParticipantAdded");
    }

    @Override
    public Void speechPaused(Event.SpeechPaused p) {
      data.put("registrationId", p.id().value());
      data.put("at", p.at().toString());
      return named("speech-paused", "SpeechPaused");
    }

    @Override
    public Void speechResumed(Event.SpeechResumed r) {
      data.put("registrationId", r.id().value());
      data.put("at", r.at().toString());
      return named("speech-resumed", "SpeechResumed");
    }

    @Override
    public Void timeGranted(Event.TimeGranted g) {
      data.put("registrationId", g.id().value());
      data.put("extra", g.extra().toString());
      return named("time-granted", "TimeGranted");
    }
  }

  @Override
  public void close() {
    polling.cancel(false);
    heartbeat.cancel(false);
    sender.shutdownNow();
    subscribers.values().forEach(set -> set.forEach(s -> s.client.close()));
  }
}
