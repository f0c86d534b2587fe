package org.rostrum.adapters.storage;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.adapters.storage.DefinitionProblem.Kind;
import org.rostrum.core.model.AbsencePolicy;
import org.rostrum.core.model.Deadline;
import org.rostrum.core.model.DuplicatePolicy;
import org.rostrum.core.model.ImmutableProcedure;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.MailIntake;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.Precedence;
import org.rostrum.core.model.Procedure;
import org.rostrum.core.model.ProgrammeItem;
import org.rostrum.core.model.RepresentationLevel;
import org.rostrum.core.model.Roster;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.SegmentKind;
import org.rostrum.core.model.TimeWindow;
import org.rostrum.core.model.TwoMinuteSlot;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Plenary definitions in YAML. A file with mistakes is refused with every problem found, each with
 * its line, the key's path and what is expected ({@link DefinitionException}).
 */
public final class PlenaryDefinitions {

  /** The id of the bundled definition of the concept note's meeting. */
  public static final String ASP23 = "asp23-cooperation";

  private static final Pattern MINUTES = Pattern.compile("(-?)(\\d{1,3}):([0-5]\\d)");
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern HOP = Pattern.compile("[A-Za-z0-9:.-]+");
  private static final Pattern FORWARDER =
      Pattern.compile("[^@\\s]*@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  private PlenaryDefinitions() {}

  /** The text of the bundled definition of the concept note's meeting. */
  public static String bundled() {
    return bundled(ASP23).get();
  }

  /**
   * The id of the second bundled definition: a general debate with precedence by level of
   * representation, group statements, points of order and the right of reply.
   */
  public static final String GENERAL_DEBATE = "asp23-general-debate";

  /** The ids of the definitions bundled with Rostrum. */
  public static final List<String> BUNDLED = List.of(ASP23, GENERAL_DEBATE);

  /** The text of a bundled definition, if Rostrum bundles one under {@code id}. */
  public static Option<String> bundled(String id) {
    if (!BUNDLED.contains(id)) {
      return Option.none();
    }
    try (InputStream in =
        PlenaryDefinitions.class.getResourceAsStream("/plenaries/" + id + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("the bundled plenary definition " + id + " is missing");
      }
      return Option.some(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plenary a definition describes, or every problem in it. */
  public static Plenary parse(String yaml, String source) {
    Node root;
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setCodePointLimit(1_000_000);
    try {
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new DefinitionException(
          source,
          List.of(
              new DefinitionProblem(
                  line, "", Kind.SYNTAX, List.of(String.valueOf(e.getProblem())))));
    } catch (YAMLException e) {
      throw new DefinitionException(
          source, List.of(new DefinitionProblem(1, "", Kind.SYNTAX, List.of(e.getMessage()))));
    }
    Reader reader = new Reader();
    Plenary plenary = reader.plenary(root);
    if (!reader.problems.isEmpty() || plenary == null) {
      throw new DefinitionException(source, List.ofAll(reader.problems));
    }
    return plenary;
  }

  /** Reads the tree, noting every problem instead of stopping at the first. */
  private static final class Reader {

    private final java.util.List<DefinitionProblem> problems = new ArrayList<>();

    private void problem(Node node, String path, Kind kind, String... values) {
      int line = node == null ? 1 : node.getStartMark().getLine() + 1;
      problems.add(new DefinitionProblem(line, path, kind, List.of(values)));
    }

    /** A map's keys, after reporting unknown, duplicate and missing ones. */
    private Map<String, Node> keys(
        Node node, String path, List<String> allowed, List<String> required) {
      Map<String, Node> keys = new LinkedHashMap<>();
      if (!(node instanceof MappingNode map)) {
        problem(node, path, Kind.NOT_A_MAP);
        return keys;
      }
      for (NodeTuple tuple : map.getValue()) {
        String key =
            tuple.getKeyNode() instanceof ScalarNode s
                ? s.getValue()
                : String.valueOf(tuple.getKeyNode());
        String at = path.isEmpty() ? key : path + "." + key;
        if (!allowed.contains(key)) {
          problem(tuple.getKeyNode(), at, Kind.UNKNOWN_KEY, key, allowed.mkString(", "));
        } else if (keys.containsKey(key)) {
          problem(tuple.getKeyNode(), at, Kind.DUPLICATE_KEY, key);
        } else {
          keys.put(key, tuple.getValueNode());
        }
      }
      for (String key : required) {
        if (!keys.containsKey(key)) {
          problem(node, path, Kind.MISSING, key);
        }
      }
      return keys;
    }

    private Option<String> text(Map<String, Node> keys, String key, String path) {
      Node node = keys.get(key);
      if (node == null) {
        return Option.none();
      }
      if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
        return Option.some(s.getValue().trim());
      }
      problem(node, at(path, key), Kind.NOT_TEXT, node instanceof ScalarNode ? "“”" : "…");
      return Option.none();
    }

    private static String at(String path, String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    private <T> Option<T> parsed(
        Map<String, Node> keys, String key, String path, Kind kind, Function<String, T> parse) {
      return text(keys, key, path)
          .flatMap(
              value -> {
                try {
                  return Option.some(parse.apply(value));
                } catch (DateTimeException | IllegalArgumentException e) {
                  problem(keys.get(key), at(path, key), kind, value);
                  return Option.none();
                }
              });
    }

    private List<Node> list(Map<String, Node> keys, String key, String path) {
      Node node = keys.get(key);
      if (node == null) {
        return List.empty();
      }
      if (node instanceof SequenceNode seq) {
        return List.ofAll(seq.getValue());
      }
      problem(node, at(path, key), Kind.NOT_A_LIST);
      return List.empty();
    }

    private Option<LocalizedText> localized(Map<String, Node> keys, String key, String path) {
      Node node = keys.get(key);
      if (node == null) {
        return Option.none();
      }
      return localized(node, at(path, key));
    }

    private Option<LocalizedText> localized(Node node, String path) {
      Map<String, Node> texts = keys(node, path, List.of("en", "fr", "es"), List.of("en", "fr"));
      Option<String> en = text(texts, "en", path);
      Option<String> fr = text(texts, "fr", path);
      Option<String> es = texts.containsKey("es") ? text(texts, "es", path) : Option.none();
      return en.isDefined() && fr.isDefined()
          ? Option.some(LocalizedText.of(en.get(), fr.get(), es.getOrElse(en.get())))
          : Option.none();
    }

    /** One of an enumeration's values, written in lower case with hyphens: "one-per-plenary". */
    private <E extends Enum<E>> Option<E> choice(
        Map<String, Node> keys, String key, String path, Class<E> type) {
      List<String> choices =
          List.of(type.getEnumConstants())
              .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      return text(keys, key, path)
          .flatMap(
              value -> {
                int index = choices.indexOf(value.toLowerCase(Locale.ROOT));
                if (index < 0) {
                  problem(
                      keys.get(key), at(path, key), Kind.BAD_CHOICE, value, choices.mkString(", "));
                  return Option.none();
                }
                return Option.some(type.getEnumConstants()[index]);
              });
    }

    private Option<Duration> duration(Map<String, Node> keys, String key, String path) {
      return parsed(keys, key, path, Kind.BAD_DURATION, PlenaryDefinitions::duration);
    }

    Plenary plenary(Node root) {
      Map<String, Node> top =
          keys(
              root,
              "",
              List.of(
                  "id",
                  "title",
                  "theme",
                  "zone",
                  "date",
                  "start",
                  "end",
                  "chairs",
                  "deadline",
                  "speakingTime",
                  "duplicates",
                  "absentRequeues",
                  "segments",
                  "roster",
                  "procedure",
                  "mail"),
              List.of(
                  "id", "title", "theme", "zone", "date", "start", "end", "deadline", "segments"));
      Option<PlenaryId> id = parsed(top, "id", "", Kind.BAD_ID, PlenaryId::of);
      Option<LocalizedText> title = localized(top, "title", "");
      Option<LocalizedText> theme = localized(top, "theme", "");
      Option<ZoneId> zone = parsed(top, "zone", "", Kind.BAD_ZONE, ZoneId::of);
      Option<LocalDate> date = parsed(top, "date", "", Kind.BAD_DATE, LocalDate::parse);
      Option<LocalTime> start = parsed(top, "start", "", Kind.BAD_TIME, LocalTime::parse);
      Option<LocalTime> end = parsed(top, "end", "", Kind.BAD_TIME, LocalTime::parse);
      Option<LocalDateTime> deadline =
          parsed(top, "deadline", "", Kind.BAD_DATE_TIME, LocalDateTime::parse);
      List<String> chairs =
          list(top, "chairs", "")
              .zipWithIndex()
              .flatMap(
                  t -> {
                    if (t._1 instanceof ScalarNode s && !s.getValue().isBlank()) {
                      return Option.some(s.getValue().trim());
                    }
                    problem(t._1, "chairs[" + (t._2 + 1) + "]", Kind.NOT_TEXT, "…");
                    return Option.<String>none();
                  });
      TwoMinuteSlot slot = slot(top.get("speakingTime"));
      DuplicatePolicy duplicates =
          choice(top, "duplicates", "", DuplicatePolicy.class)
              .getOrElse(DuplicatePolicy.ONE_PER_PLENARY);
      int requeues =
          parsed(top, "absentRequeues", "", Kind.BAD_NUMBER, PlenaryDefinitions::natural)
              .getOrElse(1);
      MailIntake mail = mail(top.get("mail"));
      Procedure procedure = procedure(top.get("procedure"));
      Option<Roster> roster =
          text(top, "roster", "")
              .flatMap(
                  name -> {
                    if (Roster.isBundled(name)) {
                      return Option.some(Roster.bundled(name));
                    }
                    problem(top.get("roster"), "roster", Kind.UNKNOWN_ROSTER, name);
                    return Option.none();
                  });

      Option<TimeWindow> window = Option.none();
      boolean ordered =
          start.isEmpty()
              || end.isEmpty()
              || ordered(top.get("end"), "end", start.get(), end.get());
      if (ordered && zone.isDefined() && date.isDefined() && start.isDefined() && end.isDefined()) {
        window = window(date.get(), zone.get(), start.get(), end.get());
      }
      List<Segment> segments = List.empty();
      List<Node> segmentNodes = list(top, "segments", "");
      if (top.containsKey("segments") && segmentNodes.isEmpty()) {
        problem(top.get("segments"), "segments", Kind.NO_SEGMENTS);
      }
      java.util.Map<String, Node> seen = new java.util.HashMap<>();
      for (int i = 0; i < segmentNodes.size(); i++) {
        Node node = segmentNodes.get(i);
        Option<Segment> segment = segment(node, "segments[" + (i + 1) + "]", date, zone, window);
        if (segment.isDefined()) {
          Segment s = segment.get();
          if (seen.containsKey(s.id().value())) {
            problem(node, "segments[" + (i + 1) + "].id", Kind.DUPLICATE_SEGMENT, s.id().value());
            continue;
          }
          for (Segment other : segments) {
            if (other.window().overlaps(s.window())) {
              problem(
                  node,
                  "segments[" + (i + 1) + "]",
                  Kind.OVERLAP,
                  s.id().value(),
                  other.id().value());
            }
          }
          seen.put(s.id().value(), node);
          segments = segments.append(s);
        }
      }
      Option<Instant> closesAt = deadline.flatMap(d -> zone.map(z -> d.atZone(z).toInstant()));
      if (closesAt.isDefined()
          && window.isDefined()
          && closesAt.get().isAfter(window.get().end())) {
        problem(
            top.get("deadline"),
            "deadline",
            Kind.DEADLINE_AFTER_MEETING,
            deadline.get().toString(),
            window.get().end().atZone(zone.get()).toLocalDateTime().toString());
      }
      if (!problems.isEmpty()
          || id.isEmpty()
          || title.isEmpty()
          || theme.isEmpty()
          || zone.isEmpty()
          || window.isEmpty()
          || closesAt.isEmpty()
          || segments.isEmpty()
          || slot == null) {
        return null;
      }
      return Plenary.builder()
          .id(id.get())
          .title(title.get())
          .theme(theme.get())
          .zone(zone.get())
          .window(window.get())
          .chairs(chairs)
          .segments(segments)
          .deadline(Deadline.at(closesAt.get()))
          .slot(slot)
          .duplicatePolicy(duplicates)
          .absencePolicy(new AbsencePolicy(requeues))
          .mail(mail)
          .procedure(procedure)
          .roster(roster.getOrElse(() -> Roster.bundled("asp-2024")))
          .build();
    }

    private boolean ordered(Node node, String path, LocalTime start, LocalTime end) {
      if (!end.isAfter(start)) {
        problem(node, path, Kind.END_NOT_AFTER_START, start.toString(), end.toString());
        return false;
      }
      return true;
    }

    private Option<TimeWindow> window(LocalDate date, ZoneId zone, LocalTime start, LocalTime end) {
      return Option.some(
          TimeWindow.of(
              date.atTime(start).atZone(zone).toInstant(),
              date.atTime(end).atZone(zone).toInstant()));
    }

    private TwoMinuteSlot slot(Node node) {
      if (node == null) {
        return TwoMinuteSlot.standard();
      }
      String path = "speakingTime";
      Map<String, Node> keys =
          keys(node, path, List.of("limit", "warning", "changeover"), List.empty());
      TwoMinuteSlot standard = TwoMinuteSlot.standard();
      Duration limit = duration(keys, "limit", path).getOrElse(standard.limit());
      Duration warning = duration(keys, "warning", path).getOrElse(standard.warning());
      Duration changeover = duration(keys, "changeover", path).getOrElse(standard.changeover());
      boolean ok = true;
      if (limit.isNegative() || limit.isZero()) {
        problem(
            keys.getOrDefault("limit", node),
            path + ".limit",
            Kind.LIMIT_NOT_POSITIVE,
            show(limit));
        ok = false;
      } else if (warning.isNegative() || warning.compareTo(limit) >= 0) {
        problem(
            keys.getOrDefault("warning", node),
            path + ".warning",
            Kind.WARNING_NOT_BEFORE_LIMIT,
            show(warning),
            show(limit));
        ok = false;
      }
      if (changeover.isNegative()) {
        problem(
            keys.getOrDefault("changeover", node),
            path + ".changeover",
            Kind.NEGATIVE_CHANGEOVER,
            show(changeover));
        ok = false;
      }
      return ok
          ? TwoMinuteSlot.builder().limit(limit).warning(warning).changeover(changeover).build()
          : null;
    }

    private Option<Segment> segment(
        Node node,
        String path,
        Option<LocalDate> date,
        Option<ZoneId> zone,
        Option<TimeWindow> meeting) {
      Map<String, Node> keys =
          keys(
              node,
              path,
              List.of(
                  "id", "title", "kind", "names", "start", "end", "guidingQuestions", "programme"),
              List.of("id", "title", "start", "end"));
      Option<String> id = text(keys, "id", path);
      Option<LocalizedText> title = localized(keys, "title", path);
      SegmentKind kind =
          choice(keys, "kind", path, SegmentKind.class).getOrElse(SegmentKind.GENERAL);
      Option<LocalTime> start = parsed(keys, "start", path, Kind.BAD_TIME, LocalTime::parse);
      Option<LocalTime> end = parsed(keys, "end", path, Kind.BAD_TIME, LocalTime::parse);
      List<String> names =
          list(keys, "names", path)
              .zipWithIndex()
              .flatMap(
                  t -> {
                    if (t._1 instanceof ScalarNode s && !s.getValue().isBlank()) {
                      return Option.some(s.getValue().trim());
                    }
                    problem(t._1, path + ".names[" + (t._2 + 1) + "]", Kind.NOT_TEXT, "…");
                    return Option.<String>none();
                  });
      List<LocalizedText> questions =
          list(keys, "guidingQuestions", path)
              .zipWithIndex()
              .flatMap(t -> localized(t._1, path + ".guidingQuestions[" + (t._2 + 1) + "]"));
      List<ProgrammeItem> programme =
          list(keys, "programme", path)
              .zipWithIndex()
              .flatMap(t -> programmeItem(t._1, path + ".programme[" + (t._2 + 1) + "]"));
      boolean ordered =
          start.isEmpty()
              || end.isEmpty()
              || ordered(keys.get("end"), path + ".end", start.get(), end.get());
      if (!ordered
          || id.isEmpty()
          || title.isEmpty()
          || start.isEmpty()
          || end.isEmpty()
          || date.isEmpty()
          || zone.isEmpty()) {
        return Option.none();
      }
      Option<TimeWindow> window = window(date.get(), zone.get(), start.get(), end.get());
      if (window.isEmpty()) {
        return Option.none();
      }
      if (meeting.isDefined() && !meeting.get().contains(window.get())) {
        problem(
            node,
            path,
            Kind.OUTSIDE_MEETING,
            start.get().toString(),
            end.get().toString(),
            meeting.get().start().atZone(zone.get()).toLocalTime().toString(),
            meeting.get().end().atZone(zone.get()).toLocalTime().toString());
      }
      Duration programmeTime =
          programme.map(ProgrammeItem::duration).fold(Duration.ZERO, Duration::plus);
      if (programmeTime.compareTo(window.get().length()) > 0) {
        problem(
            keys.get("programme"),
            path + ".programme",
            Kind.PROGRAMME_TOO_LONG,
            show(programmeTime),
            show(window.get().length()));
        return Option.none();
      }
      return Option.some(
          Segment.builder()
              .id(SegmentId.of(id.get()))
              .title(title.get())
              .kind(kind)
              .guidingQuestions(questions)
              .names(names)
              .window(window.get())
              .programmeItems(programme)
              .build());
    }

    private Option<ProgrammeItem> programmeItem(Node node, String path) {
      Map<String, Node> keys =
          keys(node, path, List.of("title", "duration"), List.of("title", "duration"));
      Option<LocalizedText> title = localized(keys, "title", path);
      Option<Duration> duration = duration(keys, "duration", path);
      if (duration.exists(d -> d.isNegative() || d.isZero())) {
        problem(keys.get("duration"), path + ".duration", Kind.BAD_DURATION, show(duration.get()));
        return Option.none();
      }
      return title.isDefined() && duration.isDefined()
          ? Option.some(new ProgrammeItem(title.get(), duration.get()))
          : Option.none();
    }

    /**
     * The procedure beyond statements: which other kinds of intervention the plenary takes, with
     * their limits, and the precedence of its statements. None given: statements only, first come,
     * first served.
     */
    private Procedure procedure(Node node) {
      if (node == null) {
        return Procedure.statementsOnly();
      }
      String path = "procedure";
      Map<String, Node> keys =
          keys(
              node,
              path,
              List.of("precedence", "tiers", "pointsOfOrder", "rightOfReply", "groupStatements"),
              List.empty());
      ImmutableProcedure.Builder procedure = Procedure.builder();
      String precedence = text(keys, "precedence", path).getOrElse("first-come");
      List<String> choices = List.of("first-come", "by-category", "by-level");
      if (!choices.contains(precedence)) {
        problem(
            keys.get("precedence"),
            path + ".precedence",
            Kind.BAD_CHOICE,
            precedence,
            choices.mkString(", "));
      } else if (precedence.equals("by-category")) {
        if (!keys.containsKey("tiers")) {
          problem(
              node,
              path + ".tiers",
              Kind.TIERS_NEEDED,
              precedence,
              choices(ParticipantCategory.class));
        } else {
          tiers(keys.get("tiers"), path + ".tiers", ParticipantCategory.class)
              .forEach(t -> procedure.precedence(new Precedence.ByCategory(t)));
        }
      } else if (precedence.equals("by-level")) {
        if (keys.containsKey("tiers")) {
          tiers(keys.get("tiers"), path + ".tiers", RepresentationLevel.class)
              .forEach(t -> procedure.precedence(new Precedence.ByLevel(t)));
        } else {
          procedure.precedence(Precedence.byLevel());
        }
      } else if (keys.containsKey("tiers")) {
        problem(keys.get("tiers"), path + ".tiers", Kind.TIERS_UNUSED, precedence);
      }
      Node points = keys.get("pointsOfOrder");
      if (points != null) {
        String at = path + ".pointsOfOrder";
        Map<String, Node> p = keys(points, at, List.of("limit"), List.empty());
        procedure.pointsOfOrder(Option.some(new Procedure.PointsOfOrder(limit(p, "limit", at))));
      }
      Node groups = keys.get("groupStatements");
      if (groups != null) {
        String at = path + ".groupStatements";
        Map<String, Node> g = keys(groups, at, List.of("limit", "first"), List.empty());
        boolean first =
            parsed(g, "first", at, Kind.BAD_CHOICE, PlenaryDefinitions::yesNo).getOrElse(false);
        procedure.groupStatements(
            Option.some(new Procedure.GroupStatements(limit(g, "limit", at), first)));
      }
      Node replies = keys.get("rightOfReply");
      if (replies != null) {
        String at = path + ".rightOfReply";
        Map<String, Node> r =
            keys(
                replies,
                at,
                List.of("perParticipant", "limits", "after"),
                List.of("perParticipant", "limits"));
        Option<Integer> per =
            parsed(r, "perParticipant", at, Kind.NOT_AT_LEAST_ONE, PlenaryDefinitions::positive);
        List<Duration> limits =
            list(r, "limits", at)
                .zipWithIndex()
                .flatMap(
                    t -> {
                      String where = at + ".limits[" + (t._2 + 1) + "]";
                      if (!(t._1 instanceof ScalarNode s) || s.getValue().isBlank()) {
                        problem(t._1, where, Kind.NOT_TEXT, "…");
                        return Option.<Duration>none();
                      }
                      try {
                        Duration d = PlenaryDefinitions.duration(s.getValue().trim());
                        if (d.isNegative() || d.isZero()) {
                          problem(t._1, where, Kind.LIMIT_NOT_POSITIVE, show(d));
                          return Option.<Duration>none();
                        }
                        return Option.some(d);
                      } catch (IllegalArgumentException e) {
                        problem(t._1, where, Kind.BAD_DURATION, s.getValue().trim());
                        return Option.<Duration>none();
                      }
                    });
        if (r.get("limits") instanceof SequenceNode given && given.getValue().isEmpty()) {
          problem(r.get("limits"), at + ".limits", Kind.MISSING, "limits");
        }
        Procedure.ReplyScope scope =
            choice(r, "after", at, Procedure.ReplyScope.class)
                .getOrElse(Procedure.ReplyScope.SEGMENT);
        if (per.isDefined() && !limits.isEmpty()) {
          procedure.rightOfReply(Option.some(new Procedure.RightOfReply(per.get(), limits, scope)));
        }
      }
      return procedure.build();
    }

    /** A limit of a kind of intervention, if given, and longer than zero. */
    private Option<Duration> limit(Map<String, Node> keys, String key, String path) {
      Option<Duration> limit = duration(keys, key, path);
      if (limit.exists(d -> d.isNegative() || d.isZero())) {
        problem(keys.get(key), path + "." + key, Kind.LIMIT_NOT_POSITIVE, show(limit.get()));
        return Option.none();
      }
      return limit;
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
      return List.of(type.getEnumConstants())
          .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .mkString(", ");
    }

    /** Tiers of precedence: a list of tiers, each a list of the enumeration's values, once each. */
    private <E extends Enum<E>> Option<List<io.vavr.collection.Set<E>>> tiers(
        Node node, String path, Class<E> type) {
      if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
        problem(node, path, Kind.TIERS_NEEDED, "", choices(type));
        return Option.none();
      }
      List<String> names =
          List.of(type.getEnumConstants())
              .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      java.util.Set<E> seen = new java.util.HashSet<>();
      List<io.vavr.collection.Set<E>> tiers = List.empty();
      boolean ok = true;
      for (int i = 0; i < seq.getValue().size(); i++) {
        Node tier = seq.getValue().get(i);
        String at = path + "[" + (i + 1) + "]";
        List<Node> members =
            tier instanceof SequenceNode list ? List.ofAll(list.getValue()) : List.of(tier);
        io.vavr.collection.Set<E> set = io.vavr.collection.LinkedHashSet.empty();
        for (Node member : members) {
          String value =
              member instanceof ScalarNode s ? s.getValue().trim().toLowerCase(Locale.ROOT) : "…";
          int index = names.indexOf(value);
          if (index < 0) {
            problem(member, at, Kind.BAD_CHOICE, value, names.mkString(", "));
            ok = false;
          } else if (!seen.add(type.getEnumConstants()[index])) {
            problem(member, at, Kind.IN_TWO_TIERS, value);
            ok = false;
          } else {
            set = set.add(type.getEnumConstants()[index]);
          }
        }
        if (!set.isEmpty()) {
          tiers = tiers.append(set);
        }
      }
      return ok ? Option.some(tiers) : Option.none();
    }

    private MailIntake mail(Node node) {
      if (node == null) {
        return MailIntake.none();
      }
      String path = "mail";
      Map<String, Node> keys =
          keys(
              node,
              path,
              List.of("addresses", "trustedHosts", "internalHops", "forwarders", "senderDomains"),
              List.empty());
      List<String> addresses = texts(keys, "addresses", path, ADDRESS);
      List<String> hosts = texts(keys, "trustedHosts", path, DOMAIN);
      List<String> hops = texts(keys, "internalHops", path, HOP);
      List<String> forwarders = texts(keys, "forwarders", path, FORWARDER);
      java.util.Map<String, String> domains = new java.util.TreeMap<>();
      Node domainNode = keys.get("senderDomains");
      if (domainNode != null) {
        Map<String, Node> entries = anyKeys(domainNode, path + ".senderDomains");
        for (Map.Entry<String, Node> e : entries.entrySet()) {
          String at = path + ".senderDomains." + e.getKey();
          if (!DOMAIN.matcher(e.getKey()).matches()) {
            problem(e.getValue(), at, Kind.BAD_ADDRESS, e.getKey());
          } else if (e.getValue() instanceof ScalarNode s && !s.getValue().isBlank()) {
            domains.put(e.getKey().toLowerCase(Locale.ROOT), s.getValue().trim());
          } else {
            problem(e.getValue(), at, Kind.NOT_TEXT, "…");
          }
        }
      }
      return MailIntake.builder()
          .addresses(addresses)
          .trustedHosts(hosts.map(h -> h.toLowerCase(Locale.ROOT)))
          .internalHops(hops.map(h -> h.toLowerCase(Locale.ROOT)))
          .forwarders(forwarders.map(h -> h.toLowerCase(Locale.ROOT)))
          .senderDomains(TreeMap.ofAll(domains))
          .build();
    }

    private Map<String, Node> anyKeys(Node node, String path) {
      Map<String, Node> keys = new LinkedHashMap<>();
      if (!(node instanceof MappingNode map)) {
        problem(node, path, Kind.NOT_A_MAP);
        return keys;
      }
      for (NodeTuple tuple : map.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
        if (keys.containsKey(key)) {
          problem(tuple.getKeyNode(), path + "." + key, Kind.DUPLICATE_KEY, key);
        } else {
          keys.put(key, tuple.getValueNode());
        }
      }
      return keys;
    }

    private List<String> texts(Map<String, Node> keys, String key, String path, Pattern pattern) {
      return list(keys, key, path)
          .zipWithIndex()
          .flatMap(
              t -> {
                String at = path + "." + key + "[" + (t._2 + 1) + "]";
                if (!(t._1 instanceof ScalarNode s) || s.getValue().isBlank()) {
                  problem(t._1, at, Kind.NOT_TEXT, "…");
                  return Option.<String>none();
                }
                if (!pattern.matcher(s.getValue().trim()).matches()) {
                  problem(t._1, at, Kind.BAD_ADDRESS, s.getValue().trim());
                  return Option.<String>none();
                }
                return Option.some(s.getValue().trim());
              });
    }
  }

  /** "2:00" or "PT2M". */
  static Duration duration(String text) {
    Matcher m = MINUTES.matcher(text);
    if (m.matches()) {
      Duration d =
          Duration.ofMinutes(Long.parseLong(m.group(2))).plusSeconds(Long.parseLong(m.group(3)));
      return m.group(1).isEmpty() ? d : d.negated();
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** A duration as minutes and seconds: "2:00". */
  static String show(Duration d) {
    long seconds = d.toSeconds();
    String sign = seconds < 0 ? "-" : "";
    long abs = Math.abs(seconds);
    return String.format(Locale.ROOT, "%s%d:%02d", sign, abs / 60, abs % 60);
  }

  private static boolean yesNo(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw new IllegalArgumentException(text);
    };
  }

  private static int positive(String text) {
    int n = Integer.parseInt(text);
    if (n < 1) {
      throw new IllegalArgumentException(text);
    }
    return n;
  }

  private static int natural(String text) {
    int n = Integer.parseInt(text);
    if (n < 0) {
      throw new IllegalArgumentException(text);
    }
    return n;
  }
}
