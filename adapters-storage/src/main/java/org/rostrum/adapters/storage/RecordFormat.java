package org.rostrum.adapters.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Function3;
import io.vavr.Function4;
import io.vavr.Function5;
import io.vavr.Function7;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.rostrum.core.decider.Event;
import org.rostrum.core.decider.Event.DeadlineExtended;
import org.rostrum.core.decider.Event.ListReopened;
import org.rostrum.core.decider.Event.PlacesSwapped;
import org.rostrum.core.decider.Event.RegistrationInscribed;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.decider.Event.RegistrationSuperseded;
import org.rostrum.core.decider.Event.RegistrationWithdrawn;
import org.rostrum.core.decider.Event.RequestAmended;
import org.rostrum.core.decider.Event.RequestAnnulled;
import org.rostrum.core.decider.Event.SegmentEnded;
import org.rostrum.core.decider.Event.SegmentResumed;
import org.rostrum.core.decider.Event.SpeakerAbsent;
import org.rostrum.core.decider.Event.SpeakerCalled;
import org.rostrum.core.decider.Event.SpeechEnded;
import org.rostrum.core.decider.Event.SpeechStarted;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.ImmutableRegistration;
import org.rostrum.core.model.ImmutableRegistrationRequest;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.RepresentationLevel;
import org.rostrum.core.model.RosterEntry;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.Rejection.AlreadyClosed;
import org.rostrum.core.rules.Rejection.DeadlineNotLater;
import org.rostrum.core.rules.Rejection.DifferentSegments;
import org.rostrum.core.rules.Rejection.Duplicate;
import org.rostrum.core.rules.Rejection.Invalid;
import org.rostrum.core.rules.Rejection.Late;
import org.rostrum.core.rules.Rejection.NoOpenSegment;
import org.rostrum.core.rules.Rejection.NoSpeakerCalled;
import org.rostrum.core.rules.Rejection.NoSpeechRunning;
import org.rostrum.core.rules.Rejection.NoWaitingSpeaker;
import org.rostrum.core.rules.Rejection.NotClosed;
import org.rostrum.core.rules.Rejection.NotFound;
import org.rostrum.core.rules.Rejection.NotResumable;
import org.rostrum.core.rules.Rejection.NotWaiting;
import org.rostrum.core.rules.Rejection.SpeakerAtRostrum;
import org.rostrum.core.rules.Rejection.SpeechRunning;
import org.rostrum.core.rules.Rejection.Stale;
import org.rostrum.core.rules.Rejection.UnknownSegment;

/**
 * The journal's record format, declared in one table (ADR 18): every event and every refusal with
 * the name it is stored under, and for each of its fields the name it is stored under and how its
 * value is written and read. No stored name comes from a Java name, so renaming a class, an
 * accessor or an enum constant changes no byte on disk; changing a name or a field here does, and
 * the golden files (one per stored type) say so.
 *
 * <p>Each event type has a format version, written beside every entry and hashed with it. An entry
 * of an older version is read by rewriting its JSON one version up at a time with the {@link
 * #UPCASTERS}, then reading it as the current version; it is never written again, so its hash
 * stands. A refusal is stored inside its event ({@code RegistrationRejected}) and changes with that
 * event's version.
 */
final class RecordFormat {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The field naming a refusal's kind, beside its own fields. */
  static final String REFUSAL_KIND = "type";

  /** How a value is written as JSON, and read back; {@code at} names it when it cannot be read. */
  interface Value<V> {

    JsonNode write(V value);

    V read(JsonNode node, String at);

    static <V> Value<V> of(Function<V, JsonNode> write, BiFunction<JsonNode, String, V> read) {
      return new Value<>() {
        @Override
        public JsonNode write(V value) {
          return write.apply(value);
        }

        @Override
        public V read(JsonNode node, String at) {
          return read.apply(node, at);
        }
      };
    }

    /** The same JSON, read as another type: {@code to} may refuse a value, naming it. */
    default <W> Value<W> as(Function<V, W> to, Function<W, V> from) {
      Value<V> inner = this;
      return of(
          w -> inner.write(from.apply(w)),
          (node, at) -> {
            V v = inner.read(node, at);
            try {
              return to.apply(v);
            } catch (RuntimeException e) {
              throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
          });
    }
  }

  /** One field of a stored object: its name, how it is taken from its owner and written, read. */
  record Field<T, V>(
      String name, Function<T, Option<JsonNode>> write, BiFunction<JsonNode, String, V> read) {

    V readFrom(JsonNode owner, String at) {
      return read.apply(owner.get(name), at.isEmpty() ? name : at + "." + name);
    }
  }

  /** A field always written. */
  static <T, V> Field<T, V> field(String name, Function<T, V> get, Value<V> value) {
    return new Field<>(
        name,
        owner -> Option.some(value.write(get.apply(owner))),
        (node, at) -> {
          if (node == null || node.isNull()) {
            throw new IllegalArgumentException("missing " + at);
          }
          return value.read(node, at);
        });
  }

  /** A field written only when it has a value; absent, it reads as none. */
  static <T, V> Field<T, Option<V>> optional(String name, Function<T, Option<V>> get, Value<V> v) {
    return new Field<>(
        name,
        owner -> get.apply(owner).map(v::write),
        (node, at) ->
            node == null || node.isNull() ? Option.none() : Option.some(v.read(node, at)));
  }

  /**
   * A list written only when it has items; absent, it reads as empty. Like {@link #flag}, a field
   * of this kind can be added to a stored type without changing older entries' bytes.
   */
  static <T, V> Field<T, List<V>> some(String name, Function<T, List<V>> get, Value<List<V>> v) {
    return new Field<>(
        name,
        owner -> {
          List<V> items = get.apply(owner);
          return items.isEmpty() ? Option.none() : Option.some(v.write(items));
        },
        (node, at) -> node == null || node.isNull() ? List.empty() : v.read(node, at));
  }

  /**
   * A field written only when its value is not {@code otherwise}; absent, it reads as {@code
   * otherwise}. Like {@link #flag}, a field of this kind can be added to a stored type without
   * changing older entries' bytes.
   */
  static <T, V> Field<T, V> unless(V otherwise, String name, Function<T, V> get, Value<V> v) {
    return new Field<>(
        name,
        owner -> {
          V value = get.apply(owner);
          return value.equals(otherwise) ? Option.none() : Option.some(v.write(value));
        },
        (node, at) -> node == null || node.isNull() ? otherwise : v.read(node, at));
  }

  /**
   * A field written only when true; absent, it reads as false. Fields added to a stored type later
   * are of this kind or optional, so that older entries encode as they did and keep their hashes.
   */
  static <T> Field<T, Boolean> flag(String name, Predicate<T> get) {
    return new Field<>(
        name,
        owner -> get.test(owner) ? Option.some(NODES.booleanNode(true)) : Option.none(),
        (node, at) -> node != null && !node.isNull() && BOOLEAN.read(node, at));
  }

  /** A stored object: its fields, and how the value is made again from what they read. */
  record Shape<T>(List<Field<T, ?>> fields, BiFunction<JsonNode, String, T> make)
      implements Value<T> {

    Shape {
      List<String> names = fields.map(Field::name);
      if (names.distinct().size() != names.size()) {
        throw new IllegalStateException("a stored object names each field once: " + names);
      }
    }

    List<String> names() {
      return fields.map(Field::name);
    }

    @Override
    public ObjectNode write(T value) {
      ObjectNode node = NODES.objectNode();
      for (Field<T, ?> field : fields) {
        field.write().apply(value).forEach(v -> node.set(field.name(), v));
      }
      return node;
    }

    @Override
    public T read(JsonNode node, String at) {
      if (!node.isObject()) {
        throw new IllegalArgumentException((at.isEmpty() ? "the event" : at) + " is not an object");
      }
      return make.apply(node, at);
    }
  }

  static <T> Shape<T> shape(Supplier<T> make) {
    return new Shape<>(List.empty(), (node, at) -> make.get());
  }

  static <T, A> Shape<T> shape(Field<T, A> a, Function<A, T> make) {
    return new Shape<>(List.of(a), (node, at) -> make.apply(a.readFrom(node, at)));
  }

  static <T, A, B> Shape<T> shape(Field<T, A> a, Field<T, B> b, BiFunction<A, B, T> make) {
    return new Shape<>(
        List.of(a, b), (node, at) -> make.apply(a.readFrom(node, at), b.readFrom(node, at)));
  }

  static <T, A, B, C> Shape<T> shape(
      Field<T, A> a, Field<T, B> b, Field<T, C> c, Function3<A, B, C, T> make) {
    return new Shape<>(
        List.of(a, b, c),
        (node, at) -> make.apply(a.readFrom(node, at), b.readFrom(node, at), c.readFrom(node, at)));
  }

  static <T, A, B, C, D> Shape<T> shape(
      Field<T, A> a, Field<T, B> b, Field<T, C> c, Field<T, D> d, Function4<A, B, C, D, T> make) {
    return new Shape<>(
        List.of(a, b, c, d),
        (node, at) ->
            make.apply(
                a.readFrom(node, at),
                b.readFrom(node, at),
                c.readFrom(node, at),
                d.readFrom(node, at)));
  }

  static <T, A, B, C, D, E> Shape<T> shape(
      Field<T, A> a,
      Field<T, B> b,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e,
      Function5<A, B, C, D, E, T> make) {
    return new Shape<>(
        List.of(a, b, c, d, e),
        (node, at) ->
            make.apply(
                a.readFrom(node, at),
                b.readFrom(node, at),
                c.readFrom(node, at),
                d.readFrom(node, at),
                e.readFrom(node, at)));
  }

  static <T, A, B, C, D, E, F, G> Shape<T> shape(
      Field<T, A> a,
      Field<T, B> b,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e,
      Field<T, F> f,
      Field<T, G> g,
      Function7<A, B, C, D, E, F, G, T> make) {
    return new Shape<>(
        List.of(a, b, c, d, e, f, g),
        (node, at) ->
            make.apply(
                a.readFrom(node, at),
                b.readFrom(node, at),
                c.readFrom(node, at),
                d.readFrom(node, at),
                e.readFrom(node, at),
                f.readFrom(node, at),
                g.readFrom(node, at)));
  }

  /** A field of a value made by a builder (the core's Immutables), and how it is set on one. */
  record Part<T, B>(Field<T, ?> field, Function3<B, JsonNode, String, B> set) {}

  static <T, B, V> Part<T, B> into(Field<T, V> field, BiFunction<B, V, B> set) {
    return new Part<>(field, (builder, node, at) -> set.apply(builder, field.readFrom(node, at)));
  }

  @SafeVarargs
  static <T, B> Shape<T> built(Supplier<B> builder, Function<B, T> build, Part<T, B>... parts) {
    List<Part<T, B>> listed = List.empty();
    for (Part<T, B> part : parts) {
      listed = listed.append(part);
    }
    List<Part<T, B>> all = listed;
    return new Shape<>(
        all.map(Part::field),
        (node, at) ->
            build.apply(all.foldLeft(builder.get(), (b, p) -> p.set().apply(b, node, at))));
  }

  // ---- Values

  static final Value<String> TEXT =
      Value.of(
          NODES::textNode,
          (node, at) -> {
            if (!node.isTextual()) {
              throw new IllegalArgumentException(at + " is not text");
            }
            return node.textValue();
          });

  static final Value<Long> WHOLE =
      Value.of(
          NODES::numberNode,
          (node, at) -> {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
              throw new IllegalArgumentException(at + " is not a whole number");
            }
            return node.longValue();
          });

  static final Value<Boolean> BOOLEAN =
      Value.of(
          NODES::booleanNode,
          (node, at) -> {
            if (!node.isBoolean()) {
              throw new IllegalArgumentException(at + " is not true or false");
            }
            return node.booleanValue();
          });

  /** An instant in UTC, as {@link Instant#toString()} writes it. */
  static final Value<Instant> INSTANT = TEXT.as(Instant::parse, Instant::toString);

  /** A duration in ISO-8601, as {@link Duration#toString()} writes it. */
  static final Value<Duration> DURATION = TEXT.as(Duration::parse, Duration::toString);

  static final Value<RegistrationId> REGISTRATION_ID =
      WHOLE.as(RegistrationId::of, RegistrationId::value);

  static final Value<SegmentId> SEGMENT_ID = TEXT.as(SegmentId::of, SegmentId::value);

  static final Value<ParticipantKey> PARTICIPANT_KEY =
      TEXT.as(ParticipantKey::of, ParticipantKey::value);

  static <V> Value<List<V>> listOf(Value<V> item) {
    return Value.of(
        list -> {
          ArrayNode array = NODES.arrayNode();
          list.forEach(v -> array.add(item.write(v)));
          return array;
        },
        (node, at) -> {
          if (!node.isArray()) {
            throw new IllegalArgumentException(at + " is not a list");
          }
          List<V> list = List.empty();
          for (int i = 0; i < node.size(); i++) {
            list = list.append(item.read(node.get(i), at + "[" + i + "]"));
          }
          return list;
        });
  }

  /**
   * An enumeration by stored names: {@code name} is a {@code switch} over every constant, so a
   * constant added to the enumeration does not compile until it has its stored name.
   */
  static <E extends Enum<E>> Value<E> constants(Class<E> type, Function<E, String> name) {
    List<E> all = List.of(type.getEnumConstants());
    Map<String, E> byName = all.toMap(name, e -> e);
    if (byName.size() != all.size()) {
      throw new IllegalStateException(type.getSimpleName() + " stores two constants as one");
    }
    return TEXT.as(
        stored ->
            byName
                .get(stored)
                .getOrElseThrow(() -> new IllegalArgumentException("no such value: " + stored)),
        name);
  }

  static final Value<ParticipantCategory> CATEGORY =
      constants(
          ParticipantCategory.class,
          c ->
              switch (c) {
                case STATE_PARTY -> "STATE_PARTY";
                case OBSERVER_STATE -> "OBSERVER_STATE";
                case COURT -> "COURT";
                case INTERGOVERNMENTAL_ORGANIZATION -> "INTERGOVERNMENTAL_ORGANIZATION";
                case CIVIL_SOCIETY -> "CIVIL_SOCIETY";
                case OTHER -> "OTHER";
              });

  static final Value<RegistrationStatus> STATUS =
      constants(
          RegistrationStatus.class,
          s ->
              switch (s) {
                case WAITING -> "WAITING";
                case CALLED -> "CALLED";
                case SPEAKING -> "SPEAKING";
                case PAUSED -> "PAUSED";
                case SPOKE -> "SPOKE";
                case ABSENT -> "ABSENT";
                case NOT_REACHED -> "NOT_REACHED";
                case WITHDRAWN -> "WITHDRAWN";
                case DROPPED -> "DROPPED";
                case SUPERSEDED -> "SUPERSEDED";
                case ANNULLED -> "ANNULLED";
              });

  static final Value<Invalid.Problem> PROBLEM =
      constants(
          Invalid.Problem.class,
          p ->
              switch (p) {
                case PARTICIPANT_MISSING -> "PARTICIPANT_MISSING";
                case PARTICIPANT_UNKNOWN -> "PARTICIPANT_UNKNOWN";
                case PARTICIPANT_AMBIGUOUS -> "PARTICIPANT_AMBIGUOUS";
                case NOT_A_STATE -> "NOT_A_STATE";
                case CATEGORY_MISMATCH -> "CATEGORY_MISMATCH";
                case TEXT_TOO_LONG -> "TEXT_TOO_LONG";
                case RECEIVED_IN_FUTURE -> "RECEIVED_IN_FUTURE";
                case CONTROL_CHARACTER -> "CONTROL_CHARACTER";
                case INVISIBLE_CHARACTER -> "INVISIBLE_CHARACTER";
                case RECEIVED_OUT_OF_RANGE -> "RECEIVED_OUT_OF_RANGE";
                case NOT_ON_ROSTER -> "NOT_ON_ROSTER";
                case KIND_NOT_TAKEN -> "KIND_NOT_TAKEN";
                case GROUP_MISSING -> "GROUP_MISSING";
              });

  static final Value<InterventionKind> KIND =
      constants(
          InterventionKind.class,
          k ->
              switch (k) {
                case STATEMENT -> "STATEMENT";
                case POINT_OF_ORDER -> "POINT_OF_ORDER";
                case RIGHT_OF_REPLY -> "RIGHT_OF_REPLY";
                case GROUP_STATEMENT -> "GROUP_STATEMENT";
              });

  static final Value<RepresentationLevel> LEVEL =
      constants(
          RepresentationLevel.class,
          l ->
              switch (l) {
                case HEAD_OF_STATE_OR_GOVERNMENT -> "HEAD_OF_STATE_OR_GOVERNMENT";
                case MINISTER -> "MINISTER";
                case VICE_MINISTER -> "VICE_MINISTER";
                case HEAD_OF_DELEGATION -> "HEAD_OF_DELEGATION";
                case OTHER -> "OTHER";
              });

  // ---- Objects inside events

  /** A name in English and French; the Spanish name is not part of the record. */
  static final Shape<LocalizedText> LOCALIZED_TEXT =
      shape(
          field("en", LocalizedText::en, TEXT),
          field("fr", LocalizedText::fr, TEXT),
          LocalizedText::of);

  static final Shape<Participant> PARTICIPANT =
      shape(
          field("key", Participant::key, PARTICIPANT_KEY),
          field("name", Participant::names, LOCALIZED_TEXT),
          field("category", Participant::category, CATEGORY),
          Participant::of);

  static final Shape<Registration> REGISTRATION =
      built(
          Registration::builder,
          ImmutableRegistration.Builder::build,
          into(field("id", Registration::id, REGISTRATION_ID), ImmutableRegistration.Builder::id),
          into(
              field("participant", Registration::participant, PARTICIPANT),
              ImmutableRegistration.Builder::participant),
          into(
              field("segment", Registration::segment, SEGMENT_ID),
              ImmutableRegistration.Builder::segment),
          into(
              optional("speaker", Registration::speaker, TEXT),
              ImmutableRegistration.Builder::speaker),
          into(
              optional("language", Registration::language, TEXT),
              ImmutableRegistration.Builder::language),
          into(
              field("receivedAt", Registration::receivedAt, INSTANT),
              ImmutableRegistration.Builder::receivedAt),
          into(
              flag("senderClock", Registration::senderClock),
              ImmutableRegistration.Builder::senderClock),
          into(
              optional("sourceRef", Registration::sourceRef, TEXT),
              ImmutableRegistration.Builder::sourceRef),
          into(
              optional("onBehalfOf", Registration::onBehalfOf, TEXT),
              ImmutableRegistration.Builder::onBehalfOf),
          into(
              unless(InterventionKind.STATEMENT, "kind", Registration::kind, KIND),
              ImmutableRegistration.Builder::kind),
          into(
              optional("level", Registration::level, LEVEL), ImmutableRegistration.Builder::level));

  /** A request as it was sent: segment and participant as free text. */
  static final Shape<RegistrationRequest> REQUEST =
      built(
          RegistrationRequest::builder,
          ImmutableRegistrationRequest.Builder::build,
          into(
              field("segment", RegistrationRequest::segment, TEXT),
              ImmutableRegistrationRequest.Builder::segment),
          into(
              field("participant", RegistrationRequest::participant, TEXT),
              ImmutableRegistrationRequest.Builder::participant),
          into(
              optional("category", RegistrationRequest::category, CATEGORY),
              ImmutableRegistrationRequest.Builder::category),
          into(
              optional("speaker", RegistrationRequest::speaker, TEXT),
              ImmutableRegistrationRequest.Builder::speaker),
          into(
              optional("language", RegistrationRequest::language, TEXT),
              ImmutableRegistrationRequest.Builder::language),
          into(
              field("receivedAt", RegistrationRequest::receivedAt, INSTANT),
              ImmutableRegistrationRequest.Builder::receivedAt),
          into(
              flag("senderClock", RegistrationRequest::senderClock),
              ImmutableRegistrationRequest.Builder::senderClock),
          into(
              optional("sourceRef", RegistrationRequest::sourceRef, TEXT),
              ImmutableRegistrationRequest.Builder::sourceRef),
          into(
              optional("onBehalfOf", RegistrationRequest::onBehalfOf, TEXT),
              ImmutableRegistrationRequest.Builder::onBehalfOf),
          into(
              unless(InterventionKind.STATEMENT, "kind", RegistrationRequest::kind, KIND),
              ImmutableRegistrationRequest.Builder::kind),
          into(
              optional("level", RegistrationRequest::level, LEVEL),
              ImmutableRegistrationRequest.Builder::level));

  /** A roster's names: English, French and Spanish, all three (a roster entry's own). */
  static final Shape<LocalizedText> ROSTER_NAMES =
      shape(
          field("en", LocalizedText::en, TEXT),
          field("fr", LocalizedText::fr, TEXT),
          field("es", LocalizedText::es, TEXT),
          LocalizedText::of);

  /** A participant as a roster knows it: added to a plenary's roster by the Secretariat. */
  static final Shape<RosterEntry> ROSTER_ENTRY =
      shape(
          field("key", RosterEntry::key, PARTICIPANT_KEY),
          field("names", RosterEntry::names, ROSTER_NAMES),
          optional("category", RosterEntry::category, CATEGORY),
          optional(
              "inForceFrom",
              RosterEntry::inForceFrom,
              TEXT.as(java.time.LocalDate::parse, java.time.LocalDate::toString)),
          some("variants", RosterEntry::variants, listOf(TEXT)),
          some("domains", RosterEntry::domains, listOf(TEXT)),
          some("addresses", RosterEntry::addresses, listOf(TEXT)),
          RosterEntry::new);

  /** Who asked for an entry: stored beside the event, and hashed with it. */
  static final Shape<Actor> ACTOR =
      shape(field("id", Actor::id, TEXT), optional("role", Actor::role, TEXT), Actor::new);

  /** The objects stored inside events, for the table's own checks. */
  static final List<Shape<?>> INNER =
      List.of(LOCALIZED_TEXT, PARTICIPANT, REGISTRATION, REQUEST, ROSTER_NAMES, ROSTER_ENTRY);

  // ---- Refusals

  /** A kind of refusal: the name it is stored under (in {@value #REFUSAL_KIND}), its fields. */
  record RefusalFormat<S extends Rejection>(String name, Class<S> type, Shape<S> shape) {

    ObjectNode write(Rejection refusal) {
      ObjectNode node = shape.write(type.cast(refusal));
      node.put(REFUSAL_KIND, name);
      return node;
    }
  }

  static <S extends Rejection> RefusalFormat<S> refusal(String name, Class<S> type, Shape<S> s) {
    return new RefusalFormat<>(name, type, s);
  }

  static final List<RefusalFormat<?>> REFUSALS =
      List.of(
          refusal(
              "Late",
              Late.class,
              shape(
                  field("receivedAt", Late::receivedAt, INSTANT),
                  field("closesAt", Late::closesAt, INSTANT),
                  Late::new)),
          refusal(
              "Duplicate",
              Duplicate.class,
              shape(
                  field("held", Duplicate::held, REGISTRATION_ID),
                  field("segment", Duplicate::segment, SEGMENT_ID),
                  optional("group", Duplicate::group, TEXT),
                  Duplicate::new)),
          refusal(
              "ListClosed",
              Rejection.ListClosed.class,
              shape(
                  field("segment", Rejection.ListClosed::segment, SEGMENT_ID),
                  Rejection.ListClosed::new)),
          refusal(
              "UnknownSegment",
              UnknownSegment.class,
              shape(
                  field("segment", UnknownSegment::segment, TEXT),
                  field("known", UnknownSegment::known, listOf(SEGMENT_ID)),
                  UnknownSegment::new)),
          refusal(
              "Invalid",
              Invalid.class,
              shape(
                  field("problem", Invalid::problem, PROBLEM),
                  field("seen", Invalid::seen, TEXT),
                  field("expected", Invalid::expected, TEXT),
                  some("suggestions", Invalid::suggestions, listOf(TEXT)),
                  Invalid::new)),
          refusal(
              "NotFound",
              NotFound.class,
              shape(field("id", NotFound::id, REGISTRATION_ID), NotFound::new)),
          refusal(
              "NotWaiting",
              NotWaiting.class,
              shape(
                  field("id", NotWaiting::id, REGISTRATION_ID),
                  field("status", NotWaiting::status, STATUS),
                  NotWaiting::new)),
          refusal(
              "DifferentSegments",
              DifferentSegments.class,
              shape(
                  field("first", DifferentSegments::first, REGISTRATION_ID),
                  field("second", DifferentSegments::second, REGISTRATION_ID),
                  DifferentSegments::new)),
          refusal(
              "AlreadyClosed",
              AlreadyClosed.class,
              shape(field("segment", AlreadyClosed::segment, SEGMENT_ID), AlreadyClosed::new)),
          refusal(
              "NotClosed",
              NotClosed.class,
              shape(field("segment", NotClosed::segment, SEGMENT_ID), NotClosed::new)),
          refusal(
              "DeadlineNotLater",
              DeadlineNotLater.class,
              shape(
                  field("current", DeadlineNotLater::current, INSTANT),
                  field("proposed", DeadlineNotLater::proposed, INSTANT),
                  DeadlineNotLater::new)),
          refusal(
              "SpeechRunning",
              SpeechRunning.class,
              shape(field("speaker", SpeechRunning::speaker, REGISTRATION_ID), SpeechRunning::new)),
          refusal("NoSpeechRunning", NoSpeechRunning.class, shape(NoSpeechRunning::new)),
          refusal(
              "SpeakerAtRostrum",
              SpeakerAtRostrum.class,
              shape(
                  field("speaker", SpeakerAtRostrum::speaker, REGISTRATION_ID),
                  SpeakerAtRostrum::new)),
          refusal("NoSpeakerCalled", NoSpeakerCalled.class, shape(NoSpeakerCalled::new)),
          refusal(
              "NoWaitingSpeaker",
              NoWaitingSpeaker.class,
              shape(
                  field("segment", NoWaitingSpeaker::segment, SEGMENT_ID), NoWaitingSpeaker::new)),
          refusal("NoOpenSegment", NoOpenSegment.class, shape(NoOpenSegment::new)),
          refusal(
              "Stale",
              Stale.class,
              shape(
                  field("seen", Stale::seen, WHOLE),
                  field("current", Stale::current, WHOLE),
                  Stale::new)),
          refusal(
              "NotResumable",
              NotResumable.class,
              shape(field("segment", NotResumable::segment, SEGMENT_ID), NotResumable::new)),
          refusal(
              "AlreadyOnRoster",
              Rejection.AlreadyOnRoster.class,
              shape(
                  field("known", Rejection.AlreadyOnRoster::known, PARTICIPANT_KEY),
                  field("name", Rejection.AlreadyOnRoster::name, TEXT),
                  Rejection.AlreadyOnRoster::new)),
          refusal(
              "TooManyReplies",
              Rejection.TooManyReplies.class,
              shape(
                  field(
                      "allowed",
                      Rejection.TooManyReplies::allowed,
                      WHOLE.as(Math::toIntExact, Integer::longValue)),
                  field("given", Rejection.TooManyReplies::given, listOf(REGISTRATION_ID)),
                  Rejection.TooManyReplies::new)),
          refusal(
              "SpeechOnPause",
              Rejection.SpeechOnPause.class,
              shape(
                  field("speaker", Rejection.SpeechOnPause::speaker, REGISTRATION_ID),
                  Rejection.SpeechOnPause::new)),
          refusal(
              "NotPaused",
              Rejection.NotPaused.class,
              shape(
                  field("speaker", Rejection.NotPaused::speaker, REGISTRATION_ID),
                  Rejection.NotPaused::new)));

  private static final Map<Class<?>, RefusalFormat<?>> REFUSAL_BY_TYPE =
      exactlyOnce(REFUSALS.<Class<?>>map(RefusalFormat::type), REFUSALS, Rejection.class);

  private static final Map<String, RefusalFormat<?>> REFUSAL_BY_NAME = refusalsByName(REFUSALS);

  private static Map<String, RefusalFormat<?>> refusalsByName(List<RefusalFormat<?>> refusals) {
    Map<String, RefusalFormat<?>> byName = refusals.toMap(RefusalFormat::name, f -> f);
    if (byName.size() != refusals.size()) {
      throw new IllegalStateException("two refusals are stored under one name");
    }
    Option<RefusalFormat<?>> clash = refusals.find(f -> f.shape().names().contains(REFUSAL_KIND));
    if (clash.isDefined()) {
      throw new IllegalStateException(clash.get().name() + " has a field named " + REFUSAL_KIND);
    }
    return byName;
  }

  /** A refusal, by its kind's stored name and its fields. */
  static final Value<Rejection> REFUSAL =
      Value.of(
          refusal ->
              REFUSAL_BY_TYPE
                  .get(refusal.getClass())
                  .getOrElseThrow(() -> new IllegalArgumentException("no format for " + refusal))
                  .write(refusal),
          (node, at) -> {
            String kind = TEXT.read(node.path(REFUSAL_KIND), at + "." + REFUSAL_KIND);
            return REFUSAL_BY_NAME
                .get(kind)
                .getOrElseThrow(() -> new IllegalArgumentException("unknown refusal " + kind))
                .shape()
                .read(node, at);
          });

  // ---- Events

  /** A refused request: stored as its own event, and inside a correction's. */
  static final Shape<RegistrationRejected> REJECTED =
      shape(
          field("id", RegistrationRejected::id, REGISTRATION_ID),
          field("request", RegistrationRejected::request, REQUEST),
          optional("participant", RegistrationRejected::participant, PARTICIPANT),
          field("rejection", RegistrationRejected::rejection, REFUSAL),
          RegistrationRejected::new);

  /** A correction's outcome, written as exactly one of its two fields. */
  private static Either<RegistrationRejected, Registration> outcome(
      Option<Registration> inscribed, Option<RegistrationRejected> refused) {
    if (inscribed.isDefined() == refused.isDefined()) {
      throw new IllegalArgumentException("a correction is either inscribed or refused");
    }
    return inscribed.isDefined() ? Either.right(inscribed.get()) : Either.left(refused.get());
  }

  /** An event type: the name and the format version its entries are stored with, its fields. */
  record EventFormat<S extends Event>(String name, int version, Class<S> type, Shape<S> shape) {

    EventFormat {
      if (version < 1) {
        throw new IllegalArgumentException("format versions count from 1: " + name);
      }
    }

    ObjectNode write(Event event) {
      return shape.write(type.cast(event));
    }
  }

  static <S extends Event> EventFormat<S> event(
      String name, int version, Class<S> type, Shape<S> shape) {
    return new EventFormat<>(name, version, type, shape);
  }

  static final List<EventFormat<?>> EVENTS =
      List.of(
          event(
              "RegistrationInscribed",
              1,
              RegistrationInscribed.class,
              shape(
                  field("registration", RegistrationInscribed::registration, REGISTRATION),
                  RegistrationInscribed::new)),
          event("RegistrationRejected", 1, RegistrationRejected.class, REJECTED),
          event(
              "RegistrationSuperseded",
              1,
              RegistrationSuperseded.class,
              shape(
                  field("superseded", RegistrationSuperseded::superseded, REGISTRATION_ID),
                  field("by", RegistrationSuperseded::by, REGISTRATION_ID),
                  RegistrationSuperseded::new)),
          event(
              "RegistrationWithdrawn",
              1,
              RegistrationWithdrawn.class,
              shape(
                  field("id", RegistrationWithdrawn::id, REGISTRATION_ID),
                  RegistrationWithdrawn::new)),
          event(
              "PlacesSwapped",
              1,
              PlacesSwapped.class,
              shape(
                  field("first", PlacesSwapped::first, REGISTRATION_ID),
                  field("second", PlacesSwapped::second, REGISTRATION_ID),
                  PlacesSwapped::new)),
          event(
              "ListClosed",
              1,
              Event.ListClosed.class,
              shape(
                  field("segment", Event.ListClosed::segment, SEGMENT_ID), Event.ListClosed::new)),
          event(
              "ListReopened",
              1,
              ListReopened.class,
              shape(field("segment", ListReopened::segment, SEGMENT_ID), ListReopened::new)),
          event(
              "DeadlineExtended",
              1,
              DeadlineExtended.class,
              shape(
                  field("from", DeadlineExtended::from, INSTANT),
                  field("to", DeadlineExtended::to, INSTANT),
                  DeadlineExtended::new)),
          event(
              "SpeakerCalled",
              1,
              SpeakerCalled.class,
              shape(
                  field("id", SpeakerCalled::id, REGISTRATION_ID),
                  field("segment", SpeakerCalled::segment, SEGMENT_ID),
                  field("at", SpeakerCalled::at, INSTANT),
                  SpeakerCalled::new)),
          event(
              "SpeechStarted",
              1,
              SpeechStarted.class,
              shape(
                  field("id", SpeechStarted::id, REGISTRATION_ID),
                  field("at", SpeechStarted::at, INSTANT),
                  SpeechStarted::new)),
          event(
              "SpeechEnded",
              1,
              SpeechEnded.class,
              shape(
                  field("id", SpeechEnded::id, REGISTRATION_ID),
                  field("startedAt", SpeechEnded::startedAt, INSTANT),
                  field("at", SpeechEnded::at, INSTANT),
                  field("length", SpeechEnded::length, DURATION),
                  optional("overrun", SpeechEnded::overrun, DURATION),
                  SpeechEnded::new)),
          event(
              "SpeakerAbsent",
              1,
              SpeakerAbsent.class,
              shape(
                  field("id", SpeakerAbsent::id, REGISTRATION_ID),
                  field("at", SpeakerAbsent::at, INSTANT),
                  field("requeued", SpeakerAbsent::requeued, BOOLEAN),
                  SpeakerAbsent::new)),
          event(
              "SegmentEnded",
              1,
              SegmentEnded.class,
              shape(
                  field("segment", SegmentEnded::segment, SEGMENT_ID),
                  field("at", SegmentEnded::at, INSTANT),
                  field("notReached", SegmentEnded::notReached, listOf(REGISTRATION_ID)),
                  SegmentEnded::new)),
          event(
              "RequestAmended",
              1,
              RequestAmended.class,
              shape(
                  field("id", RequestAmended::id, REGISTRATION_ID),
                  optional("inscribed", e -> e.outcome().toOption(), REGISTRATION),
                  optional("refused", e -> e.outcome().swap().toOption(), REJECTED),
                  field("reason", RequestAmended::reason, TEXT),
                  optional("after", RequestAmended::after, REGISTRATION_ID),
                  (id, inscribed, refused, reason, after) ->
                      new RequestAmended(id, outcome(inscribed, refused), reason, after))),
          event(
              "RequestAnnulled",
              1,
              RequestAnnulled.class,
              shape(
                  field("id", RequestAnnulled::id, REGISTRATION_ID),
                  field("reason", RequestAnnulled::reason, TEXT),
                  RequestAnnulled::new)),
          event(
              "SegmentResumed",
              1,
              SegmentResumed.class,
              shape(
                  field("segment", SegmentResumed::segment, SEGMENT_ID),
                  field("waitingAgain", SegmentResumed::waitingAgain, listOf(REGISTRATION_ID)),
                  SegmentResumed::new)),
          event(
              "ParticipantAdded",
              1,
              Event.ParticipantAdded.class,
              shape(
                  field("entry", Event.ParticipantAdded::entry, ROSTER_ENTRY),
                  Event.ParticipantAdded::new)),
          event(
              "SpeechPaused",
              1,
              Event.SpeechPaused.class,
              shape(
                  field("id", Event.SpeechPaused::id, REGISTRATION_ID),
                  field("at", Event.SpeechPaused::at, INSTANT),
                  Event.SpeechPaused::new)),
          event(
              "SpeechResumed",
              1,
              Event.SpeechResumed.class,
              shape(
                  field("id", Event.SpeechResumed::id, REGISTRATION_ID),
                  field("at", Event.SpeechResumed::at, INSTANT),
                  Event.SpeechResumed::new)),
          event(
              "TimeGranted",
              1,
              Event.TimeGranted.class,
              shape(
                  field("id", Event.TimeGranted::id, REGISTRATION_ID),
                  field("extra", Event.TimeGranted::extra, DURATION),
                  field("at", Event.TimeGranted::at, INSTANT),
                  Event.TimeGranted::new)));

  // ---- Versions

  /**
   * Brings the JSON of an entry of {@code type} written at version {@code from} to what version
   * {@code from + 1} would have written: {@code rewrite} returns a new tree and leaves its argument
   * as it was. The entry itself is never rewritten in the journal.
   */
  record Upcaster(String type, int from, UnaryOperator<JsonNode> rewrite) {}

  /**
   * Every upcaster, from each older version of each event type to the next. There are none: every
   * event type is still at version 1, the only format Rostrum ever wrote.
   */
  static final List<Upcaster> UPCASTERS = List.empty();

  /** The format the journal is written and read in. */
  static final RecordFormat JOURNAL = new RecordFormat(EVENTS, UPCASTERS);

  private final List<EventFormat<?>> events;
  private final Map<Class<?>, EventFormat<?>> byType;
  private final Map<String, EventFormat<?>> byName;
  private final Map<Tuple2<String, Integer>, Upcaster> upcasters;

  /**
   * A format of these event types, each stored once, and these upcasters, one from each older
   * version of each type and none other.
   */
  RecordFormat(List<EventFormat<?>> events, List<Upcaster> upcasters) {
    this.events = events;
    this.byType = exactlyOnce(events.<Class<?>>map(EventFormat::type), events, Event.class);
    this.byName = events.toMap(EventFormat::name, f -> f);
    if (byName.size() != events.size()) {
      throw new IllegalStateException("two event types are stored under one name");
    }
    this.upcasters = upcasters.toMap(u -> Tuple.of(u.type(), u.from()), u -> u);
    List<Tuple2<String, Integer>> needed =
        events.flatMap(f -> List.range(1, f.version()).map(v -> Tuple.of(f.name(), v)));
    if (this.upcasters.size() != upcasters.size()
        || !this.upcasters.keySet().equals(needed.toSet())) {
      throw new IllegalStateException(
          "each older version of each event type needs one upcaster: " + needed);
    }
  }

  List<EventFormat<?>> events() {
    return events;
  }

  private EventFormat<?> format(Event event) {
    return byType
        .get(event.getClass())
        .getOrElseThrow(() -> new IllegalArgumentException("no format for " + event.getClass()));
  }

  /** The name an event's type is stored under. */
  String type(Event event) {
    return format(event).name();
  }

  /** The version of its type's format an event is written at. */
  int version(Event event) {
    return format(event).version();
  }

  /** The event as a JSON object, keys in no order yet. */
  ObjectNode write(Event event) {
    return format(event).write(event);
  }

  /** The event of an entry of this stored type, written at this version. */
  Event read(String type, int version, JsonNode json) {
    EventFormat<?> format =
        byName
            .get(type)
            .getOrElseThrow(() -> new IllegalArgumentException("unknown event type " + type));
    if (version < 1 || version > format.version()) {
      throw new IllegalArgumentException(
          "event format version " + version + " of " + type + " is unknown");
    }
    JsonNode current = json;
    for (int v = version; v < format.version(); v++) {
      current = upcasters.get(Tuple.of(type, v)).get().rewrite().apply(current);
    }
    return format.shape().read(current, "");
  }

  /**
   * The formats by Java type, each type of the sealed family given exactly one: a type added to the
   * family without a stored format stops here, before anything is written.
   */
  private static <F> Map<Class<?>, F> exactlyOnce(
      List<Class<?>> types, List<F> formats, Class<?> family) {
    Map<Class<?>, F> byType = HashMap.ofEntries(types.zip(formats));
    List<Class<?>> leaves = leaves(family);
    if (byType.size() != formats.size() || !byType.keySet().equals(leaves.toSet())) {
      throw new IllegalStateException(
          "every "
              + family.getSimpleName()
              + " needs one stored format; declared "
              + types.map(Class::getSimpleName)
              + ", the family has "
              + leaves.map(Class::getSimpleName));
    }
    return byType;
  }

  /** The types of a sealed family that are not themselves sealed, through every level. */
  static List<Class<?>> leaves(Class<?> family) {
    return family.isSealed()
        ? List.of(family.getPermittedSubclasses()).flatMap(RecordFormat::leaves)
        : List.of(family);
  }
}
