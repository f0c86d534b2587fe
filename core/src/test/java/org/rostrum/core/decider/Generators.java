package org.rostrum.core.decider;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.rostrum.core.TestPlenaries;
import org.rostrum.core.model.Deadline;
import org.rostrum.core.model.DuplicatePolicy;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.ProgrammeItem;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.TimeWindow;
import org.rostrum.core.model.TwoMinuteSlot;

/** The generators of the decider's properties, named after what they yield. */
final class Generators {

  /** How many examples a property tries (lowered for mutation testing). */
  static final int EXAMPLES = Integer.getInteger("rostrum.examples", 400);

  static final Plenary ASP23 = TestPlenaries.asp23();

  static final Instant CLOSES_AT = ASP23.deadline().closesAt();

  /** Long after everything: the instant of processing when it does not matter. */
  static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  private Generators() {}

  /** One participant and the ways it may be written. */
  record Spellings(String key, Option<ParticipantCategory> category, List<String> names) {}

  static final List<Spellings> PARTICIPANTS =
      List.of(
          states(
              "FRA",
              "France",
              "la France",
              "République française",
              "FRANCE",
              "Délégation de la France"),
          states("CIV", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "côte d’ivoire"),
          states(
              "NLD",
              "Netherlands (Kingdom of the)",
              "Pays-Bas",
              "Netherlands",
              "Kingdom of the Netherlands"),
          states("PSE", "State of Palestine", "Palestine", "État de Palestine"),
          states("SEN", "Senegal", "Sénégal", "Permanent Mission of Senegal"),
          states("CHL", "Chile", "Chili"),
          states("JPN", "Japan", "Japon"),
          states("ZAF", "South Africa", "Afrique du Sud"),
          states("BRA", "Brazil", "Brésil"),
          states("DEU", "Germany", "Allemagne", "the Federal Republic of Germany"),
          states(
              "COD", "Democratic Republic of the Congo", "RDC", "République démocratique du Congo"),
          states("UKR", "Ukraine"),
          states("USA", "United States of America", "United States", "États-Unis"),
          states("CHN", "China", "Chine"),
          named(
              "court:icc", ParticipantCategory.COURT, "International Criminal Court", "CPI", "ICC"),
          named(
              "court:otp",
              ParticipantCategory.COURT,
              "Office of the Prosecutor",
              "Bureau du Procureur"),
          named(
              "cs:cicc",
              ParticipantCategory.CIVIL_SOCIETY,
              "Coalition for the International Criminal Court",
              "CICC"),
          named(
              "igo:eu",
              ParticipantCategory.INTERGOVERNMENTAL_ORGANIZATION,
              "European Union",
              "Union européenne"),
          new Spellings(
              "cs:avocats-sans-frontieres",
              Option.some(ParticipantCategory.CIVIL_SOCIETY),
              List.of("Avocats sans frontières", "avocats sans frontieres")));

  private static Spellings states(String iso3, String... names) {
    return new Spellings(iso3, Option.none(), List.of(names));
  }

  private static Spellings named(String key, ParticipantCategory category, String... names) {
    return new Spellings(key, Option.some(category), List.of(names));
  }

  /** A participant named in one of its spellings: (key, request without time or segment). */
  record Asker(Spellings who, String name) {}

  /**
   * A participant among the known ones, in any of its spellings, or one of thousands of
   * organisations, so that long lists hold many distinct participants.
   */
  static Gen<Asker> askers() {
    Gen<Asker> known =
        Generate.pick(PARTICIPANTS.toJavaList())
            .flatMap(s -> Generate.pick(s.names().toJavaList()).map(n -> new Asker(s, n)));
    Gen<Asker> many =
        integers()
            .between(1, 5_000)
            .map(
                i ->
                    new Asker(
                        new Spellings(
                            "cs:organisation-" + i,
                            Option.some(ParticipantCategory.CIVIL_SOCIETY),
                            List.of("Organisation " + i)),
                        "Organisation " + i));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, known), org.quicktheories.api.Pair.of(2, many));
  }

  /**
   * Instants around the deadline that reach its edges: exactly at it, a nanosecond before or after,
   * a second either side, and anywhere within four days either side.
   */
  static Gen<Instant> receiptInstants() {
    Gen<Instant> edges =
        Generate.pick(
            java.util.List.of(
                CLOSES_AT,
                CLOSES_AT.minusNanos(1),
                CLOSES_AT.plusNanos(1),
                CLOSES_AT.minusSeconds(1),
                CLOSES_AT.plusSeconds(1)));
    Gen<Instant> around =
        longs().between(-4 * 86_400L, 4 * 86_400L).map(s -> CLOSES_AT.plusSeconds(s));
    Gen<Instant> fewSeconds = integers().between(1, 20).map(s -> CLOSES_AT.minusSeconds(s * 60L));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(2, edges),
        org.quicktheories.api.Pair.of(5, around),
        org.quicktheories.api.Pair.of(3, fewSeconds));
  }

  /** Instants before the deadline only; a small pool, so equal instants occur. */
  static Gen<Instant> onTimeInstants() {
    return integers().between(1, 40).map(m -> CLOSES_AT.minusSeconds(m * 37L));
  }

  static Gen<String> segments() {
    return Generate.pick(java.util.List.of("I", "II", "ii"));
  }

  static RegistrationRequest request(Asker asker, String segment, Instant at, Option<String> ref) {
    return RegistrationRequest.builder()
        .participant(asker.name())
        .category(asker.who().category())
        .segment(segment)
        .receivedAt(at)
        .sourceRef(ref)
        .build();
  }

  /** Requests for the bundled plenary, on time or not; one in four dated by the sender's clock. */
  static Gen<RegistrationRequest> requests() {
    return senderClocks(
        askers().zip(segments(), receiptInstants(), (a, s, t) -> request(a, s, t, Option.none())));
  }

  /** Requests received before the deadline; one in four dated by the sender's clock. */
  static Gen<RegistrationRequest> onTimeRequests() {
    return senderClocks(
        askers().zip(segments(), onTimeInstants(), (a, s, t) -> request(a, s, t, Option.none())));
  }

  /** Flags some of {@code requests} as dated by the sender's clock (a mail without a stamp). */
  static Gen<RegistrationRequest> senderClocks(Gen<RegistrationRequest> requests) {
    return requests.zip(
        integers().between(0, 3),
        (r, n) -> n == 0 ? RegistrationRequest.builder().from(r).senderClock(true).build() : r);
  }

  /** Lists of requests: mostly short, sometimes empty, sometimes a few hundred long. */
  static Gen<List<RegistrationRequest>> requestLists(Gen<RegistrationRequest> requests) {
    Gen<Integer> sizes =
        Generate.frequency(
            org.quicktheories.api.Pair.of(1, integers().between(0, 0)),
            org.quicktheories.api.Pair.of(16, integers().between(1, 40)),
            org.quicktheories.api.Pair.of(1, integers().between(150, 400)));
    return lists().of(requests).ofSizes(sizes).map(l -> List.ofAll(l));
  }

  /** On-time requests, each with a distinct instant of receipt. */
  static Gen<List<RegistrationRequest>> distinctlyTimedRequests() {
    return lists()
        .of(askers().zip(segments(), (a, s) -> request(a, s, CLOSES_AT, Option.none())))
        .ofSizeBetween(0, 40)
        .map(
            l ->
                List.ofAll(l)
                    .zipWithIndex()
                    .map(
                        t ->
                            RegistrationRequest.builder()
                                .from(t._1)
                                .receivedAt(CLOSES_AT.minusSeconds(7L * (t._2 + 1)))
                                .build()));
  }

  /** Fixed offsets from UTC−12 to UTC+14, in quarter hours. */
  static Gen<ZoneOffset> offsets() {
    return integers().between(-12 * 4, 14 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 900));
  }

  /** Zones a plenary may sit in: fixed offsets at the extremes and a few real regions. */
  static Gen<ZoneId> zones() {
    return Generate.oneOf(
        offsets().map(o -> (ZoneId) o),
        Generate.pick(
            java.util.List.of(
                ZoneId.of("Europe/Amsterdam"),
                ZoneId.of("America/New_York"),
                ZoneId.of("Pacific/Kiritimati"),
                ZoneId.of("Etc/GMT+12"),
                ZoneId.of("Asia/Kathmandu"))));
  }

  /** A plenary of one to three consecutive segments, any zone, any sane speaking-time policy. */
  static Gen<Plenary> plenaries() {
    Gen<TwoMinuteSlot> slots =
        integers()
            .between(30, 600)
            .zip(
                integers().between(0, 90),
                (limit, changeover) ->
                    TwoMinuteSlot.builder()
                        .limit(Duration.ofSeconds(limit))
                        .warning(Duration.ofSeconds(limit / 4))
                        .changeover(Duration.ofSeconds(changeover))
                        .build());
    Gen<List<Integer>> lengths =
        lists().of(integers().between(10, 120)).ofSizeBetween(1, 3).map(l -> List.ofAll(l));
    Gen<List<Integer>> programmes =
        lists().of(integers().between(0, 9)).ofSizeBetween(3, 3).map(l -> List.ofAll(l));
    return zones()
        .zip(
            slots,
            lengths,
            programmes,
            (zone, slot, minutes, programme) -> {
              Instant start = LocalDateTime.of(2024, 12, 5, 15, 0).atZone(zone).toInstant();
              List<Segment> segments = List.empty();
              Instant from = start;
              for (int i = 0; i < minutes.size(); i++) {
                Instant to = from.plus(Duration.ofMinutes(minutes.get(i)));
                int items = Math.min(programme.get(i), minutes.get(i) / 10);
                segments =
                    segments.append(
                        Segment.builder()
                            .id(SegmentId.of("S" + (i + 1)))
                            .title(LocalizedText.of("Segment " + (i + 1), "Segment " + (i + 1)))
                            .window(TimeWindow.of(from, to))
                            .programmeItems(
                                List.fill(
                                    items,
                                    () ->
                                        new ProgrammeItem(
                                            LocalizedText.of("Address", "Allocution"),
                                            Duration.ofMinutes(1))))
                            .build());
                from = to;
              }
              return Plenary.builder()
                  .id(PlenaryId.of("generated"))
                  .title(LocalizedText.of("Generated", "Générée"))
                  .theme(LocalizedText.of("Theme", "Thème"))
                  .zone(zone)
                  .window(TimeWindow.of(start, from))
                  .segments(segments)
                  .deadline(Deadline.at(start.minus(Duration.ofHours(15))))
                  .slot(slot)
                  .duplicatePolicy(
                      programme.head() % 2 == 0
                          ? DuplicatePolicy.ONE_PER_PLENARY
                          : DuplicatePolicy.ONE_PER_SEGMENT)
                  .build();
            });
  }
}
