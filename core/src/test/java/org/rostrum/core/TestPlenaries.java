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
}
