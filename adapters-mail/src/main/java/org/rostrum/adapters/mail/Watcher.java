package org.rostrum.adapters.mail;

import io.vavr.control.Option;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailboxPositions;

/**
 * Watches an IMAP folder until stopped: each mail that arrives is handed to the intake, in the
 * folder's order, and the folder's position (UIDVALIDITY, last UID taken) kept in the store after
 * each one, so that a restart — or a reconnection after the network or the server failed — catches
 * up from where it was. IMAP IDLE where the server offers it, else polling. The folder is only read
 * unless {@code moveTo} names a folder to move each mail taken into.
 */
public final class Watcher implements AutoCloseable {

  /** What the watcher has to say, for the lines a person reads. */
  public interface Listener {
    /** Connected and reading; {@code idle} whether the server tells of new mail at once. */
    void watching(ImapSource.Location where, boolean idle, Duration poll);

    /** The connection failed or broke: trying again after {@code retry}. */
    void problem(ImapSource.Location where, ImapSource.ImapException failure, Duration retry);

    /** Nothing arrived since {@code since}: the watcher is alive. */
    void idle(ImapSource.Location where, Instant since);

    /** The folder's UIDVALIDITY changed: it is read again from its start. */
    void renumbered(ImapSource.Location where);
  }

  /** How the watcher is set. */
  public record Settings(
      Duration poll, Duration heartbeat, Duration timeout, Option<String> moveTo, boolean oauth2) {}

  /** The longest wait between two reconnection attempts. */
  static final Duration LONGEST_BACKOFF = Duration.ofMinutes(5);

  private final ImapSource.Location where;
  private final Supplier<String> secret;
  private final PlenaryId plenary;
  private final MailboxPositions positions;
  private final Consumer<MailSources.RawMail> intake;
  private final Listener listener;
  private final Settings settings;
  private final boolean requireTls;
  private volatile boolean stopped;
  private volatile Store current;
  private final Object pause = new Object();

  public Watcher(
      ImapSource.Location where,
      Supplier<String> secret,
      PlenaryId plenary,
      MailboxPositions positions,
      Consumer<MailSources.RawMail> intake,
      Listener listener,
      Settings settings) {
    this.where = where;
    this.secret = secret;
    this.plenary = plenary;
    this.positions = positions;
    this.intake = intake;
    this.listener = listener;
    this.settings = settings;
    this.requireTls = !ImapSource.thisMachine(where.host());
  }

  /**
   * Watches until {@link #close()}: connects, catches up, waits for news, and again; after any
   * failure waits (1 s, doubling up to five minutes) and connects again.
   */
  public void run() {
    Duration backoff = Duration.ofSeconds(1);
    while (!stopped) {
      try {
        watchOnce();
      } catch (ImapSource.ImapException e) {
        if (stopped) {
          break;
        }
        listener.problem(where, e, backoff);
        sleep(backoff);
        backoff = backoff.multipliedBy(2);
        if (backoff.compareTo(LONGEST_BACKOFF) > 0) {
          backoff = LONGEST_BACKOFF;
        }
        continue;
      }
      backoff = Duration.ofSeconds(1);
    }
  }

  /** One connection: catch up, then wait for news until it breaks or the watcher stops. */
  private void watchOnce() {
    Store store = connect();
    current = store;
    ScheduledExecutorService waker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rostrum-imap-waker");
              t.setDaemon(true);
              return t;
            });
    try {
      Folder folder = open(store);
      boolean idle = store instanceof IMAPStore s && s.hasCapability("IDLE");
      listener.watching(where, idle, settings.poll());
      Instant lastNews = Instant.now();
      if (idle) {
        // IDLE is broken now and then: to tell that the watcher lives, and because servers end an
        // IDLE after some minutes of silence (RFC 2177 says 29; some say less)
        long every = Math.max(1, Math.min(settings.heartbeat().toSeconds(), 60));
        java.util.concurrent.Future<?> unused =
            waker.scheduleWithFixedDelay(
                () -> noop(folder), every, every, java.util.concurrent.TimeUnit.SECONDS);
      }
      while (!stopped) {
        int before = folder.getMessageCount();
        if (catchUp(folder) > 0) {
          lastNews = Instant.now();
        } else if (Duration.between(lastNews, Instant.now()).compareTo(settings.heartbeat()) >= 0) {
          listener.idle(where, lastNews);
          lastNews = Instant.now();
        }
        if (stopped) {
          break;
        }
        if (folder.getMessageCount() != before) {
          continue; // mail arrived while the others were taken: its news came then, not in IDLE
        }
        if (idle) {
          ((IMAPFolder) folder).idle(true);
        } else {
          sleep(settings.poll());
          folder.getMessageCount(); // a NOOP: the server tells what arrived meanwhile
        }
      }
    } catch (FolderClosedException | StoreClosedException e) {
      if (!stopped) {
        throw new ImapSource.ImapException(ImapSource.Failure.CONNECT, ImapSource.cause(e), e);
      }
    } catch (MessagingException | IllegalStateException e) {
      if (!stopped) {
        throw new ImapSource.ImapException(ImapSource.Failure.CONNECT, ImapSource.cause(e), e);
      }
    } finally {
      waker.shutdownNow();
      current = null;
      try {
        store.close();
      } catch (MessagingException e) {
        // gone already
      }
    }
  }

  private static void noop(Folder folder) {
    try {
      folder.getMessageCount(); // ends the IDLE of the watching thread, which then renews it
    } catch (MessagingException | IllegalStateException e) {
      // the watching thread sees the broken connection itself
    }
  }

  private Store connect() {
    Session session =
        Session.getInstance(
            ImapSource.properties(where, settings.timeout(), requireTls, settings.oauth2()));
    try {
      Store store = session.getStore(where.secure() ? "imaps" : "imap");
      store.connect(where.host(), where.port(), where.user(), secret.get());
      return store;
    } catch (AuthenticationFailedException e) {
      throw new ImapSource.ImapException(ImapSource.Failure.LOGIN, e.getMessage(), e);
    } catch (MessagingException e) {
      boolean clear = String.valueOf(e.getMessage()).contains("STARTTLS");
      throw new ImapSource.ImapException(
          clear ? ImapSource.Failure.CLEAR_TEXT : ImapSource.Failure.CONNECT,
          ImapSource.cause(e),
          e);
    }
  }

  private Folder open(Store store) throws MessagingException {
    Folder folder = store.getFolder(where.folder());
    try {
      folder.open(settings.moveTo().isDefined() ? Folder.READ_WRITE : Folder.READ_ONLY);
    } catch (FolderNotFoundException e) {
      throw new ImapSource.ImapException(ImapSource.Failure.FOLDER, where.folder(), e);
    }
    if (settings.moveTo().isDefined() && !store.getFolder(settings.moveTo().get()).exists()) {
      throw new ImapSource.ImapException(ImapSource.Failure.FOLDER, settings.moveTo().get(), null);
    }
    return folder;
  }

  /**
   * Hands every mail after the kept position to the intake, in UID order, keeping the position
   * after each; the number taken.
   */
  private int catchUp(Folder folder) throws MessagingException {
    UIDFolder uids = (UIDFolder) folder;
    long validity = uids.getUIDValidity();
    String name = where.toString();
    Option<MailboxPositions.Position> kept = positions.find(plenary, name);
    if (kept.isDefined() && kept.get().validity() != validity) {
      listener.renumbered(where);
    }
    long from = kept.filter(p -> p.validity() == validity).map(p -> p.last() + 1).getOrElse(1L);
    // "UID n:*" answers the last mail even when its UID is below n: those are filtered out
    Message[] found = uids.getMessagesByUID(from, UIDFolder.MAXUID);
    int taken = 0;
    for (Message m : found) {
      if (stopped) {
        break;
      }
      long uid = uids.getUID(m);
      if (uid < from) {
        continue;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        m.writeTo(bytes);
      } catch (IOException e) {
        throw new ImapSource.ImapException(ImapSource.Failure.READ, e.getMessage(), e);
      }
      intake.accept(new MailSources.RawMail(where + " UID " + uid, bytes.toByteArray()));
      positions.keep(plenary, name, new MailboxPositions.Position(validity, uid));
      for (String target : settings.moveTo()) {
        ((IMAPFolder) folder).moveMessages(new Message[] {m}, folder.getStore().getFolder(target));
      }
      taken++;
    }
    return taken;
  }

  private void sleep(Duration d) {
    synchronized (pause) {
      long until = System.nanoTime() + d.toNanos();
      while (!stopped) {
        long left = until - System.nanoTime();
        if (left <= 0) {
          return;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(pause, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stopped = true;
        }
      }
    }
  }

  /** Stops watching: the mail being taken is finished, then the connection closed. */
  @Override
  public void close() {
    stopped = true;
    synchronized (pause) {
      pause.notifyAll();
    }
    Store store = current;
    if (store != null) {
      try {
        store.close(); // ends an IDLE in progress
      } catch (MessagingException e) {
        // gone already
      }
    }
  }
}
