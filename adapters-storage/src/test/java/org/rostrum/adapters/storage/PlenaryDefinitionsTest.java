package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.rostrum.adapters.storage.DefinitionProblem.Kind;
import org.rostrum.core.model.DuplicatePolicy;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Precedence;
import org.rostrum.core.model.Procedure;
import org.rostrum.core.model.SegmentKind;

class PlenaryDefinitionsTest {

  @Test
  void the_bundled_definition_is_the_concept_notes_meeting_with_rostrums_interpretations() {
    Plenary asp23 =
        PlenaryDefinitions.parse(PlenaryDefinitions.bundled(), "asp23-cooperation.yaml");

    assertThat(asp23.id().value()).isEqualTo("asp23-cooperation");
    assertThat(asp23.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    assertThat(asp23.window().start()).isEqualTo(Instant.parse("2024-12-05T14:00:00Z"));
    assertThat(asp23.window().end()).isEqualTo(Instant.parse("2024-12-05T16:00:00Z"));
    assertThat(asp23.deadline().closesAt()).isEqualTo(Instant.parse("2024-12-04T23:00:00Z"));
    assertThat(asp23.slot().limit()).isEqualTo(Duration.ofMinutes(2));
    assertThat(asp23.slot().warning()).isEqualTo(Duration.ofSeconds(30));
    assertThat(asp23.slot().changeover()).isZero();
    assertThat(asp23.duplicatePolicy()).isEqualTo(DuplicatePolicy.ONE_PER_PLENARY);
    assertThat(asp23.absencePolicy().requeues()).isEqualTo(1);
    assertThat(asp23.chairs()).hasSize(2);
    assertThat(asp23.segments().map(s -> s.id().value())).containsExactly("I", "II");
    assertThat(asp23.segments().map(s -> s.kind()))
        .containsExactly(SegmentKind.HIGH_LEVEL, SegmentKind.TECHNICAL);
    assertThat(asp23.segments().get(1).guidingQuestions()).hasSize(3);
    assertThat(asp23.segments().map(s -> s.window().length())).containsOnly(Duration.ofHours(1));
    assertThat(asp23.mail().addresses())
        .containsExactly("iccaspcoperation@gmail.com", "juridique.la-haye-amba@diplomatie.gouv.fr");
    assertThat(asp23.mail().trustedHosts()).containsExactly("mx.google.com");
    assertThat(asp23.mail().internalHops()).containsExactly("2002:");
    assertThat(asp23.mail().forwarders()).containsExactly("asp@icc-cpi.int");
    assertThat(asp23.roster().name()).isEqualTo("asp-2024");
    assertThat(asp23.segments().get(1).names())
        .contains("existing tools", "ferramentas existentes");
    assertThat(asp23.segments().get(0).title().es())
        .isEqualTo("La cooperación es vital para la Corte");
  }

  @Test
  void the_bundled_plenary_on_cooperation_takes_statements_only_first_come_first_served() {
    Plenary asp23 =
        PlenaryDefinitions.parse(PlenaryDefinitions.bundled(), "asp23-cooperation.yaml");
    assertThat(asp23.procedure()).isEqualTo(Procedure.statementsOnly());
  }

  @Test
  void the_bundled_general_debate_has_the_procedure_of_a_general_debate() {
    Plenary debate =
        PlenaryDefinitions.parse(
            PlenaryDefinitions.bundled(PlenaryDefinitions.GENERAL_DEBATE).get(), "debate.yaml");

    assertThat(debate.id().value()).isEqualTo("asp23-general-debate");
    assertThat(debate.segments().map(s -> s.id().value())).containsExactly("AM", "PM");
    assertThat(debate.deadline().closesAt()).isEqualTo(Instant.parse("2024-11-29T17:00:00Z"));
    assertThat(debate.slot().limit()).isEqualTo(Duration.ofMinutes(3));
    Procedure procedure = debate.procedure();
    assertThat(procedure.precedence()).isEqualTo(Precedence.byLevel());
    assertThat(procedure.groupStatements())
        .contains(new Procedure.GroupStatements(Option.some(Duration.ofMinutes(5)), true));
    assertThat(procedure.pointsOfOrder())
        .contains(new Procedure.PointsOfOrder(Option.some(Duration.ofMinutes(2))));
    assertThat(procedure.rightOfReply())
        .contains(
            new Procedure.RightOfReply(
                2,
                List.of(Duration.ofMinutes(5), Duration.ofMinutes(3)),
                Procedure.ReplyScope.PLENARY));
    assertThat(PlenaryDefinitions.bundled("asp99")).isEmpty();
  }

  @Test
  void tiers_by_category_are_read_in_order_and_a_mistake_in_them_is_named() {
    String tiers =
        PlenaryDefinitions.bundled()
            + """
            procedure:
              precedence: by-category
              tiers:
                - [state-party]
                - [observer-state, intergovernmental-organization]
                - civil-society
              rightOfReply: {perParticipant: 1, limits: ["3:00"]}
            """;
    Plenary plenary = PlenaryDefinitions.parse(tiers, "tiers.yaml");
    assertThat(plenary.procedure().precedence())
        .isEqualTo(
            new Precedence.ByCategory(
                List.of(
                    HashSet.of(ParticipantCategory.STATE_PARTY),
                    HashSet.of(
                        ParticipantCategory.OBSERVER_STATE,
                        ParticipantCategory.INTERGOVERNMENTAL_ORGANIZATION),
                    HashSet.of(ParticipantCategory.CIVIL_SOCIETY))));
    assertThat(plenary.procedure().rightOfReply().get().scope())
        .isEqualTo(Procedure.ReplyScope.SEGMENT);

    String wrong =
        PlenaryDefinitions.bundled()
            + """
            procedure:
              precedence: by-category
              tiers:
                - [state-party, embassy]
                - [state-party]
              pointsOfOrder: {limit: "0:00"}
              rightOfReply: {perParticipant: 0, limits: ["soon"]}
              groupStatements: {first: maybe}
            """;
    DefinitionException refused =
        catchThrowableOfType(
            DefinitionException.class, () -> PlenaryDefinitions.parse(wrong, "wrong.yaml"));
    assertThat(refused.problems().map(p -> p.path() + " " + p.kind()))
        .containsExactlyInAnyOrder(
            "procedure.tiers[1] BAD_CHOICE",
            "procedure.tiers[2] IN_TWO_TIERS",
            "procedure.pointsOfOrder.limit LIMIT_NOT_POSITIVE",
            "procedure.rightOfReply.perParticipant NOT_AT_LEAST_ONE",
            "procedure.rightOfReply.limits[1] BAD_DURATION",
            "procedure.groupStatements.first BAD_CHOICE");
    String needed = PlenaryDefinitions.bundled() + "procedure: {precedence: by-category}\n";
    assertThat(
            catchThrowableOfType(
                    DefinitionException.class, () -> PlenaryDefinitions.parse(needed, "n.yaml"))
                .problems()
                .map(DefinitionProblem::kind))
        .containsExactly(Kind.TIERS_NEEDED);
  }

  static final String BROKEN =
      """
      id: ASP 23
      title: {en: Plenary, fr: Plénière}
      theme: {en: Theme}
      zone: Europe/Den_Haag
      date: 2024-12-05
      start: "15:00"
      end: "17:00"
      deadline: 2024-12-06T00:00
      colour: blue
      speakingTime: {limit: "0:00", changeover: "-0:10"}
      duplicates: one-per-day
      segments:
        - id: I
          title: {en: One, fr: Un}
          start: "14:00"
          end: "16:00"
        - id: II
          title: {en: Two, fr: Deux}
          kind: informal
          start: "15:30"
          end: "15:00"
      """;

  @Test
  void a_file_with_mistakes_is_refused_with_every_problem_and_its_line() {
    DefinitionException refused =
        catchThrowableOfType(
            DefinitionException.class, () -> PlenaryDefinitions.parse(BROKEN, "broken.yaml"));

    List<String> found = refused.problems().map(p -> p.line() + " " + p.kind());
    assertThat(found)
        .contains(
            "1 BAD_ID",
            "3 MISSING",
            "4 BAD_ZONE",
            "9 UNKNOWN_KEY",
            "10 LIMIT_NOT_POSITIVE",
            "10 NEGATIVE_CHANGEOVER",
            "11 BAD_CHOICE",
            "19 BAD_CHOICE",
            "21 END_NOT_AFTER_START");
  }

  @Test
  void segments_outside_the_meeting_overlapping_or_after_the_deadline_are_named() {
    String yaml =
        BROKEN
            .replace("id: ASP 23", "id: asp23")
            .replace("theme: {en: Theme}", "theme: {en: Theme, fr: Thème}")
            .replace("zone: Europe/Den_Haag", "zone: Europe/Amsterdam")
            .replace("colour: blue\n", "")
            .replace("speakingTime: {limit: \"0:00\", changeover: \"-0:10\"}\n", "")
            .replace("duplicates: one-per-day\n", "")
            .replace("    kind: informal\n", "")
            .replace("    end: \"15:00\"", "    end: \"17:00\"");
    DefinitionException refused =
        catchThrowableOfType(
            DefinitionException.class, () -> PlenaryDefinitions.parse(yaml, "x.yaml"));
    assertThat(refused.problems().map(DefinitionProblem::kind))
        .containsExactlyInAnyOrder(Kind.OUTSIDE_MEETING, Kind.OVERLAP, Kind.DEADLINE_AFTER_MEETING);
  }

  @Test
  void problems_are_told_in_english_and_in_french() {
    DefinitionException refused =
        catchThrowableOfType(
            DefinitionException.class, () -> PlenaryDefinitions.parse(BROKEN, "broken.yaml"));
    String en = refused.describe(Language.EN);
    String fr = refused.describe(Language.FR);
    assertThat(en)
        .contains("broken.yaml:4: zone: “Europe/Den_Haag” is not a time zone")
        .contains("broken.yaml:9: colour: unknown key “colour”");
    assertThat(fr)
        .contains("broken.yaml:ligne 4 : zone : « Europe/Den_Haag » n'est pas un fuseau horaire")
        .contains("la clé « fr » manque");
    assertThat(en.lines()).hasSameSizeAs(fr.lines().toList());
  }

  @Test
  void yaml_that_does_not_parse_is_one_problem_with_its_line() {
    DefinitionException refused =
        catchThrowableOfType(
            DefinitionException.class,
            () -> PlenaryDefinitions.parse("id: a\ntitle: [unclosed\n", "bad.yaml"));
    assertThat(refused.problems()).hasSize(1);
    assertThat(refused.problems().head().kind()).isEqualTo(Kind.SYNTAX);
    assertThat(refused.problems().head().line()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void every_kind_of_problem_reads_in_both_languages() {
    for (Kind kind : Kind.values()) {
      DefinitionProblem p = new DefinitionProblem(3, "a.b", kind, List.of("x", "y", "z", "w"));
      assertThat(p.describe(Language.EN)).as("%s", kind).doesNotContain("{").endsWith(".");
      assertThat(p.describe(Language.FR)).as("%s", kind).doesNotContain("{").endsWith(".");
    }
  }

  @Test
  void durations_are_written_as_minutes_and_seconds_or_iso() {
    assertThat(PlenaryDefinitions.duration("2:00")).isEqualTo(Duration.ofMinutes(2));
    assertThat(PlenaryDefinitions.duration("0:30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(PlenaryDefinitions.duration("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
    assertThat(PlenaryDefinitions.show(Duration.ofSeconds(150))).isEqualTo("2:30");
  }
}
