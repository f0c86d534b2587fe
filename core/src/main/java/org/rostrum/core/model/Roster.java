package org.rostrum.core.model;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may ask for the floor at a plenary, and how to recognise them: the participants a plenary's
 * definition names ({@code roster: asp-2024}), each with its names and mail identities. Every
 * resolution — a typed name, an API body, a mail's sender or text — goes through it.
 */
public final class Roster {

  /** The longest participant or speaker name Rostrum keeps. */
  public static final int MAX_NAME_LENGTH = 200;

  private static final java.util.Map<String, Roster> BUNDLED = new ConcurrentHashMap<>();

  private final String name;
  private final List<RosterEntry> entries;
  private final Map<String, List<RosterEntry>> byName;
  private final Map<String, List<RosterEntry>> byDomain;

  private Roster(String name, List<RosterEntry> entries) {
    this.name = name;
    this.entries = entries;
    this.byName =
        entries
            .flatMap(e -> e.allNames().map(n -> Tuple.of(Names.normalise(n), e)))
            .filter(t -> !t._1.isEmpty())
            .groupBy(t -> t._1)
            .mapValues(ts -> ts.map(t -> t._2).distinctBy(RosterEntry::key).toList());
    this.byDomain =
        entries
            .flatMap(e -> e.domains().map(d -> Tuple.of(d.toLowerCase(Locale.ROOT), e)))
            .groupBy(t -> t._1)
            .mapValues(ts -> ts.map(t -> t._2).distinctBy(RosterEntry::key).toList());
  }

  public static Roster of(String name, List<RosterEntry> entries) {
    return new Roster(name, entries);
  }

  /** A roster bundled with Rostrum, by its name ({@code asp-2024}). */
  public static Roster bundled(String name) {
    return BUNDLED.computeIfAbsent(name, RosterFiles::load);
  }

  /** Whether Rostrum bundles a roster of this name. */
  public static boolean isBundled(String name) {
    return RosterFiles.exists(name);
  }

  public String name() {
    return name;
  }

  public List<RosterEntry> entries() {
    return entries;
  }

  /** This roster with one more participant (a newly accredited NGO, a guest speaker). */
  public Roster with(RosterEntry entry) {
    return new Roster(name, entries.filter(e -> !e.key().equals(entry.key())).append(entry));
  }

  public Option<RosterEntry> entry(ParticipantKey key) {
    return entries.find(e -> e.key().equals(key));
  }

  /**
   * A participant's name in {@code language}, by its key; the key itself if the roster has none.
   */
  public String name(String key, Language language) {
    return entries
        .find(e -> e.key().value().equals(key))
        .map(e -> e.names().in(language))
        .getOrElse(key);
  }

  /** Every entry a name designates exactly (after {@link Names#normalise}); two is ambiguous. */
  public List<RosterEntry> lookup(String written) {
    String normal = Names.normalise(written);
    return normal.isEmpty() ? List.empty() : byName.get(normal).getOrElse(List.empty());
  }

  /**
   * R10 suggestions: up to {@code max} participants whose names are nearest a name the roster does
   * not hold — a letter or two away ("Germny", "Kenia", "Royaume Unis"), or a name that contains
   * every word written ("Corée") — nearest first. A clerk's typo gets "did you mean…", never a
   * guess: nothing is recorded under a suggestion.
   */
  public List<RosterEntry> suggest(String written, int max) {
    String w = Names.normalise(written);
    if (w.length() < 3 || max < 1) {
      return List.empty();
    }
    int near = Math.max(1, Math.min(3, w.length() / 4));
    List<String> words = List.of(w.split(" ")).filter(t -> t.length() >= 4);
    return byName
        .toList()
        .flatMap(
            named -> {
              String name = named._1;
              int score =
                  Math.abs(name.length() - w.length()) <= near
                      ? Names.distance(w, name, near)
                      : near + 1;
              if (score > near) {
                List<String> tokens = List.of(name.split(" "));
                boolean contains = !words.isEmpty() && words.forAll(tokens::contains);
                score = contains ? near + 1 : Integer.MAX_VALUE;
              }
              int s = score;
              return s == Integer.MAX_VALUE
                  ? List.empty()
                  : named._2.map(e -> Tuple.of(s, name.length(), e));
            })
        .sortBy(t -> t._1 * 1000 + t._2)
        .map(t -> t._3)
        .distinctBy(RosterEntry::key)
        .take(max);
  }

  /**
   * The {@code max} participants among {@code among} whose names are nearest to {@code written},
   * however far: for a category the roster lists in full, where a name it does not hold can only
   * mean one of them.
   */
  public List<RosterEntry> nearest(
      String written, int max, java.util.function.Predicate<RosterEntry> among) {
    String w = Names.normalise(written);
    return entries
        .filter(among)
        .map(
            e ->
                Tuple.of(
                    e.allNames()
                        .map(n -> Names.distance(w, Names.normalise(n), Integer.MAX_VALUE / 2))
                        .min()
                        .getOrElse(Integer.MAX_VALUE),
                    e))
        .sortBy(t -> t._1)
        .map(t -> t._2)
        .take(max);
  }

  /** Every State on {@code date}. */
  public List<Participant> states(LocalDate date) {
    return entries.filter(RosterEntry::isState).map(e -> e.participant(date));
  }

  /**
   * What a mail address says of its sender: one entry (an address of its own, or a domain it alone
   * writes from), the entries sharing its domain (which alone identifies none of them), or nothing.
   */
  public SenderIdentity sender(String address) {
    String a = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    int at = a.lastIndexOf('@');
    if (at <= 0) {
      return new SenderIdentity(Option.none(), List.empty());
    }
    String local = a.substring(0, at);
    String domain = a.substring(at + 1);
    String firstWord = local.split("[._+\\-]", 2)[0];
    Option<RosterEntry> own =
        entries.find(
            e ->
                e.addresses()
                    .map(x -> x.toLowerCase(Locale.ROOT))
                    .exists(
                        x ->
                            x.equals(a)
                                || (x.endsWith("*@" + domain)
                                    && !x.startsWith("*")
                                    && firstWord.startsWith(x.substring(0, x.indexOf('*'))))));
    if (own.isDefined()) {
      return new SenderIdentity(own, List.empty());
    }
    for (String d = domain; d.contains("."); d = d.substring(d.indexOf('.') + 1)) {
      List<RosterEntry> tenants = byDomain.get(d).getOrElse(List.empty());
      if (tenants.size() == 1) {
        return new SenderIdentity(Option.some(tenants.head()), List.empty());
      }
      if (tenants.size() > 1) {
        return new SenderIdentity(Option.none(), tenants);
      }
    }
    return new SenderIdentity(Option.none(), List.empty());
  }

  /**
   * What an address says: {@code identified} when it designates one participant; otherwise the
   * {@code sharedBy} participants who write from its domain (empty when the domain is unknown or
   * public).
   */
  public record SenderIdentity(Option<RosterEntry> identified, List<RosterEntry> sharedBy) {}

  @Override
  public boolean equals(Object o) {
    return o instanceof Roster r && r.name.equals(name) && r.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + entries.size();
  }

  @Override
  public String toString() {
    return "Roster " + name + " (" + entries.size() + " participants)";
  }

  /** Reads a bundled roster's files: {@code states.csv} and {@code organisations.csv}. */
  private static final class RosterFiles {

    private static final String BASE = "/org/rostrum/core/roster/";

    static boolean exists(String name) {
      return Roster.class.getResource(BASE + name + "/states.csv") != null;
    }

    static Roster load(String name) {
      if (!exists(name)) {
        throw new IllegalArgumentException("no bundled roster named " + name);
      }
      List<RosterEntry> states =
          rows(name, "states.csv")
              .map(
                  r ->
                      new RosterEntry(
                          ParticipantKey.of(r.get(0)),
                          LocalizedText.of(r.get(1), r.get(2), r.get(3)),
                          Option.none(),
                          Option.of(r.get(4)).filter(s -> !s.isEmpty()).map(LocalDate::parse),
                          list(r.get(5)),
                          list(r.get(6)),
                          List.empty()));
      List<RosterEntry> organisations =
          rows(name, "organisations.csv")
              .map(
                  r ->
                      new RosterEntry(
                          ParticipantKey.of(r.get(0)),
                          LocalizedText.of(r.get(2), r.get(3), r.get(4)),
                          Option.some(ParticipantCategory.valueOf(r.get(1))),
                          Option.none(),
                          list(r.get(5)),
                          list(r.get(6)),
                          list(r.get(7))));
      return new Roster(name, states.appendAll(organisations));
    }

    private static List<String> list(String cell) {
      return List.of(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static List<List<String>> rows(String name, String file) {
      try (InputStream in = Roster.class.getResourceAsStream(BASE + name + "/" + file)) {
        if (in == null) {
          throw new IllegalStateException("roster file missing: " + BASE + name + "/" + file);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return List.ofAll(reader.lines().toList())
            .drop(1)
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(RosterFiles::csv);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** One CSV line: commas separate, double quotes enclose a cell with commas. */
    private static List<String> csv(String line) {
      List<String> cells = List.empty();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = !quoted;
          }
        } else if (c == ',' && !quoted) {
          cells = cells.append(cell.toString().strip());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      return cells.append(cell.toString().strip());
    }
  }
}
