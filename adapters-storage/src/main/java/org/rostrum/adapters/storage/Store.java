package org.rostrum.adapters.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.ds.PGSimpleDataSource;
import org.rostrum.core.model.Language;
import org.rostrum.core.port.out.AccessTokens;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalProof;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Where plenaries and their records live: a SQLite file (the embedded default) or a PostgreSQL
 * database (a {@code jdbc:postgresql://…} location). Opening a store creates or upgrades its schema
 * with Flyway; any failure to use it is a {@link StoreException} that names the store.
 */
public final class Store implements AutoCloseable {

  /** The two databases Rostrum keeps its store in. */
  enum Dialect {
    SQLITE,
    POSTGRESQL
  }

  private final StoreName location;
  private final Dialect dialect;
  private final Jdbi jdbi;
  private final Clock clock;
  private final HikariDataSource pool;
  private final StoreJournal journal;
  private final StoreCatalog catalog;
  private final DataSource direct;
  private final StoreTokens tokens;

  private Store(
      StoreName location,
      Dialect dialect,
      Jdbi jdbi,
      Clock clock,
      HikariDataSource pool,
      DataSource direct) {
    this.direct = direct;
    this.location = location;
    this.dialect = dialect;
    this.jdbi = jdbi;
    this.clock = clock;
    this.pool = pool;
    this.journal = new StoreJournal(this, new java.util.concurrent.ConcurrentHashMap<>());
    this.catalog = new StoreCatalog(this);
    this.tokens = new StoreTokens(this);
  }

  /**
   * Opens the store at {@code location}: a file path (SQLite) or a {@code jdbc:postgresql://} URL.
   * With {@code create}, a missing SQLite file is created; without, it is an error.
   */
  public static Store open(String location, boolean create, Clock clock) {
    return open(location, create, clock, java.time.Duration.ofSeconds(10));
  }

  /** As {@link #open(String, boolean, Clock)}, waiting at most {@code busy} for a locked file. */
  static Store open(String location, boolean create, Clock clock, java.time.Duration busy) {
    boolean postgres = location.startsWith("jdbc:postgresql:");
    StoreName name = StoreName.of(location);
    DataSource dataSource;
    if (postgres) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(location);
      pg.setConnectTimeout(10);
      dataSource = pg;
    } else {
      Path file = Path.of(location.startsWith("jdbc:sqlite:") ? location.substring(12) : location);
      if (!create && !Files.exists(file)) {
        throw new StoreException(StoreException.Problem.MISSING, name);
      }
      if (Files.isDirectory(file)) {
        throw new StoreException(StoreException.Problem.DIRECTORY, name);
      }
      dataSource = sqlite(file, busy);
    }
    Dialect dialect = postgres ? Dialect.POSTGRESQL : Dialect.SQLITE;
    migrate(dataSource, name);
    HikariDataSource pool = pool(dataSource, name);
    return new Store(name, dialect, Jdbi.create(pool), clock, pool, dataSource);
  }

  /** A few connections kept open: opening one per append costs more than the append. */
  private static HikariDataSource pool(DataSource dataSource, StoreName name) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(dataSource);
    config.setPoolName("rostrum");
    config.setMaximumPoolSize(8);
    config.setMinimumIdle(0);
    config.setIdleTimeout(10_000);
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(30_000);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw explain(name, e);
    }
  }

  /** Closes the store's connections. */
  @Override
  public void close() {
    journal.close();
    pool.close();
  }

  /** A connection of its own, outside the pool (the caller closes it). */
  java.sql.Connection connection() throws SQLException {
    return direct.getConnection();
  }

  private static DataSource sqlite(Path file, java.time.Duration busy) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout((int) busy.toMillis());
    config.enforceForeignKeys(true);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + file);
    return ds;
  }

  /** The version of the newest migration in {@code db/migration}; a test keeps them equal. */
  static final String SCHEMA_VERSION = "7";

  private static void migrate(DataSource dataSource, StoreName name) {
    if (current(dataSource)) {
      return; // Flyway's start-up costs more than most commands: skip it when nothing is to do.
    }
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw explain(name, e);
    }
  }

  /** Whether the store's schema is already at {@link #SCHEMA_VERSION}. */
  private static boolean current(DataSource dataSource) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*) FROM flyway_schema_history WHERE version = ? AND success")) {
      s.setString(1, SCHEMA_VERSION);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    } catch (SQLException e) {
      return false; // no history yet, not a store, or unreachable: Flyway says which
    }
  }

  /** The technical failure of a store, as a sentence naming the store and what to do. */
  static StoreException explain(StoreName name, Exception e) {
    Throwable root = e;
    SQLException sql = null;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      if (root instanceof SQLException s) {
        sql = s;
      }
    }
    String message = String.valueOf(root.getMessage()).toLowerCase(Locale.ROOT);
    if (sql instanceof SQLiteException s) {
      SQLiteErrorCode code = s.getResultCode();
      if (code == SQLiteErrorCode.SQLITE_NOTADB) {
        return new StoreException(StoreException.Problem.NOT_SQLITE, e, name);
      }
      if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
        return new StoreException(StoreException.Problem.LOCKED, e, name);
      }
      if (code == SQLiteErrorCode.SQLITE_READONLY
          || code == SQLiteErrorCode.SQLITE_CANTOPEN
          || message.contains("readonly")) {
        return new StoreException(StoreException.Problem.READ_ONLY, e, name);
      }
    }
    if (message.contains("non-empty schema") || message.contains("without schema history")) {
      return new StoreException(StoreException.Problem.FOREIGN_TABLES, e, name);
    }
    if (message.contains("connection refused")
        || message.contains("connection attempt failed")
        || message.contains("unknownhost")
        || message.contains("timed out")) {
      return new StoreException(StoreException.Problem.UNREACHABLE, e, name);
    }
    if (message.contains("password authentication failed")) {
      return new StoreException(StoreException.Problem.LOGIN, e, name);
    }
    return new StoreException(
        StoreException.Problem.UNUSABLE, e, name, String.valueOf(root.getMessage()));
  }

  /** The store's name, in English, for logs. */
  public String name() {
    return location.toString();
  }

  /** The store's name, for a person who reads {@code language}. */
  public String name(Language language) {
    return location.in(language);
  }

  StoreName storeName() {
    return location;
  }

  Dialect dialect() {
    return dialect;
  }

  Jdbi jdbi() {
    return jdbi;
  }

  Clock clock() {
    return clock;
  }

  public Journal journal() {
    return journal;
  }

  /**
   * Calls {@code listener} with a plenary's id soon after any process appends to its journal: on
   * PostgreSQL through {@code LISTEN rostrum_journal} on a connection of its own (each append sends
   * a {@code NOTIFY} in its transaction); on SQLite never, since the file has no such channel and
   * readers poll. The notification carries no data: read the journal. Closing stops listening.
   */
  public AutoCloseable onAppend(
      java.util.function.Consumer<org.rostrum.core.model.PlenaryId> listener) {
    if (dialect != Dialect.POSTGRESQL) {
      return () -> {};
    }
    java.util.concurrent.atomic.AtomicBoolean running =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread thread =
        new Thread(
            () -> {
              while (running.get()) {
                try (java.sql.Connection c = direct.getConnection();
                    java.sql.Statement s = c.createStatement()) {
                  s.execute("LISTEN " + StoreJournal.CHANNEL);
                  org.postgresql.PGConnection pg = c.unwrap(org.postgresql.PGConnection.class);
                  while (running.get()) {
                    org.postgresql.PGNotification[] all = pg.getNotifications(500);
                    for (org.postgresql.PGNotification n :
                        all == null ? new org.postgresql.PGNotification[0] : all) {
                      listener.accept(org.rostrum.core.model.PlenaryId.of(n.getParameter()));
                    }
                  }
                } catch (SQLException | RuntimeException e) {
                  if (running.get()) {
                    pause(); // the server went away: listen again in a moment
                  }
                }
              }
            },
            "rostrum-listen");
    thread.setDaemon(true);
    thread.start();
    return () -> {
      running.set(false);
      thread.join(5_000);
    };
  }

  private static void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The record's proof, as the API shows it: canonical events and the walk of the chain. */
  public JournalProof proof() {
    return new JournalProof() {
      @Override
      public String canonical(org.rostrum.core.decider.Event event) {
        return EventCodec.encode(event);
      }

      @Override
      public Proof verify(org.rostrum.core.model.PlenaryId plenary) {
        Verification v = Store.this.verify(plenary);
        return new Proof(
            v.entries(),
            v.headHash(),
            v.firstBreak().map(Verification.Break::seq),
            v.firstBreak().map(b -> b.problem().name()));
      }

      @Override
      public io.vavr.control.Option<Inclusion> inclusion(
          org.rostrum.core.model.PlenaryId plenary, String receipt) {
        return journal.inclusion(plenary, receipt);
      }
    };
  }

  /** Walks a plenary's journal and names the first entry that breaks its chain. */
  public Verification verify(org.rostrum.core.model.PlenaryId plenary) {
    return journal.verify(plenary);
  }

  public StoreCatalog catalog() {
    return catalog;
  }

  public AccessTokens tokens() {
    return tokens;
  }

  /** What one-shot commands printed, kept against the journal's head (ADR 0025). */
  public Snapshots snapshots() {
    return new Snapshots(this);
  }

  boolean journalAppended() {
    return journal.appended();
  }

  /** The mails held for the Secretariat's review. */
  public org.rostrum.core.port.out.MailReviews reviews() {
    return new StoreReviews(this);
  }

  /** The replies owed to the delegations (the transactional outbox). */
  public org.rostrum.core.port.out.Outbox outbox() {
    return new StoreOutbox(this);
  }

  /** How far each watched mailbox folder was read. */
  public org.rostrum.core.port.out.MailboxPositions positions() {
    return new StorePositions(this);
  }

  /** Runs a database action, turning a technical failure into a {@link StoreException}. */
  <T> T use(java.util.function.Function<Jdbi, T> action) {
    try {
      return action.apply(jdbi);
    } catch (JdbiException e) {
      throw explain(location, e);
    }
  }
}
