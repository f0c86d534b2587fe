package org.rostrum.core;

import io.vavr.collection.List;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.rostrum.core.model.Deadline;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.SegmentKind;
import org.rostrum.core.model.TimeWindow;
import org.rostrum.core.model.TwoMinuteSlot;

/** The plenaries tests run against. */
public final class TestPlenaries {

  public static final ZoneId THE_HAGUE = ZoneId.of("Europe/Amsterdam");

  private TestPlenaries() {}

  /** A local time in The Hague on a day of December 2024. */
  public static java.time.Instant hague(int day, int hour, int minute, int second) {
    return LocalDateTime.of(2024, 12, day, hour, minute, second).atZone(THE_HAGUE).toInstant();
  }

  /**
   * The plenary on cooperation of the 23rd session of the Assembly of States Parties (concept
   * note), with Rostrum's interpretations: the list closes at 5 December 00:00 in The Hague;
   * Segment I 15:00–16:00, Segment II 16:00–17:00.
   */
  public static Plenary asp23() {
    return Plenary.builder()
        .id(PlenaryId.of("asp23-cooperation"))
        .title(
            LocalizedText.of(
                "Plenary session on cooperation — 23rd session of the Assembly of States Parties",
                "Séance plénière sur la coopération — 23e session de l'Assemblée des États"
                    + " Parties"))
        .theme(
            LocalizedText.of(
                "How can States Parties strengthen their support to the Court?",
                "Comment les États Parties peuvent-ils renforcer leur soutien à la Cour ?"))
        .zone(THE_HAGUE)
        .window(TimeWindow.of(hague(5, 15, 0, 0), hague(5, 17, 0, 0)))
        .chairs(List.of("Ambassador of Senegal", "Ambassador of France"))
        .segments(
            List.of(
                Segment.builder()
                    .id(SegmentId.of("I"))
                    .title(
                        LocalizedText.of(
                            "Cooperation is vital for the Court",
                            "La coopération est vitale pour la Cour"))
                    .kind(SegmentKind.HIGH_LEVEL)
                    .window(TimeWindow.of(hague(5, 15, 0, 0), hague(5, 16, 0, 0)))
                    .build(),
                Segment.builder()
                    .id(SegmentId.of("II"))
                    .title(
                        LocalizedText.of(
                            "How can States Parties strengthen their support to the Court with"
                                + " existing tools?",
                            "Comment les États Parties peuvent-ils renforcer leur soutien à la"
                                + " Cour avec les outils existants ?"))
                    .kind(SegmentKind.TECHNICAL)
                    .guidingQuestions(
                        List.of(
                            LocalizedText.of(
                                "How does ratifying the APIC protect the Court?",
                                "Comment la ratification de l'APIC protège-t-elle la Cour ?"),
                            LocalizedText.of(
                                "How to use the ICC's tools to facilitate cooperation between"
                                    + " States Parties and the Court?",
                                "Comment utiliser les outils de la CPI pour faciliter la"
                                    + " coopération entre les États Parties et la Cour ?"),
                            LocalizedText.of(
                                "How to support the ICC's efforts to track persons subject to an"
                                    + " arrest warrant?",
                                "Comment soutenir les efforts de la CPI pour pister les personnes"
                                    + " faisant l'objet d'un mandat d'arrêt ?")))
                    .window(TimeWindow.of(hague(5, 16, 0, 0), hague(5, 17, 0, 0)))
                    .build()))
        .deadline(Deadline.at(hague(5, 0, 0, 0)))
        .slot(TwoMinuteSlot.standard())
        .build();
  }

  /**
   * A general debate of the Assembly in the style of the bundled {@code asp23-general-debate}:
   * morning and afternoon meetings, three-minute statements ordered by level of representation,
   * statements on behalf of a group first and of five minutes, points of order of two minutes, and
   * two replies per participant at the end of the day (5:00, then 3:00).
   */
  public static Plenary generalDebate() {
    return Plenary.builder()
        .id(PlenaryId.of("asp23-general-debate"))
        .title(
            LocalizedText.of(
                "General debate — 23rd session of the Assembly of States Parties",
                "Débat général — 23e session de l'Assemblée des États Parties"))
        .theme(
            LocalizedText.of(
                "General debate of the twenty-third session", "Débat général de la 23e session"))
        .zone(THE_HAGUE)
        .window(TimeWindow.of(hague(2, 10, 0, 0), hague(2, 18, 0, 0)))
        .segments(
            List.of(
                Segment.builder()
                    .id(SegmentId.of("AM"))
                    .title(LocalizedText.of("Morning meeting", "Séance du matin"))
                    .window(TimeWindow.of(hague(2, 10, 0, 0), hague(2, 13, 0, 0)))
                    .build(),
                Segment.builder()
                    .id(SegmentId.of("PM"))
                    .title(LocalizedText.of("Afternoon meeting", "Séance de l'après-midi"))
                    .window(TimeWindow.of(hague(2, 15, 0, 0), hague(2, 18, 0, 0)))
                    .build()))
        .deadline(
            Deadline.at(
                java.time.LocalDateTime.of(2024, 11, 29, 18, 0).atZone(THE_HAGUE).toInstant()))
        .slot(TwoMinuteSlot.builder().limit(java.time.Duration.ofMinutes(3)).build())
        .duplicatePolicy(org.rostrum.core.model.DuplicatePolicy.ONE_PER_PLENARY)
        .procedure(
            org.rostrum.core.model.Procedure.builder()
                .precedence(org.rostrum.core.model.Precedence.byLevel())
                .groupStatements(
                    io.vavr.control.Option.some(
                        new org.rostrum.core.model.Procedure.GroupStatements(
                            io.vavr.control.Option.some(java.time.Duration.ofMinutes(5)), true)))
                .pointsOfOrder(
                    io.vavr.control.Option.some(
                        new org.rostrum.core.model.Procedure.PointsOfOrder(
                            io.vavr.control.Option.some(java.time.Duration.ofMinutes(2)))))
                .rightOfReply(
                    io.vavr.control.Option.some(
                        new org.rostrum.core.model.Procedure.RightOfReply(
                            2,
                            List.of(
                                java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(3)),
                            org.rostrum.core.model.Procedure.ReplyScope.PLENARY)))
                .build())
        .build();
  }
}
