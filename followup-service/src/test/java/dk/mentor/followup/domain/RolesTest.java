package dk.mentor.followup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.ParticipantRole;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which legal bases each role may act under (as the seeded rows name the roles), and the cadence it meets the
 * citizen at.
 */
class RolesTest {

    private static final Set<String> LAB = Set.of("LAB_167", "LAB_31B", "LAB_78");
    private static final Set<String> CONSULTING = Set.of("LAB_167", "LAB_31B", "LAB_78", "LAB_40_3", "INL_23D");

    static Stream<Arguments> allowedBases() {
        return Stream.of(
                Arguments.of(ParticipantRole.CASEWORKER, Bases.all().map(LegalBasisTerms::code).collect(Collectors.toSet())),
                Arguments.of(ParticipantRole.VOLUNTEER_MENTOR, Set.of("LAB_167", "LAB_31B", "LAB_78", "INL_23D", "VOLUNTARY")),
                Arguments.of(ParticipantRole.LAB_MENTOR, LAB),
                Arguments.of(ParticipantRole.COMPANY_MENTOR, Set.of("LAB_167", "LAB_31B", "LAB_78", "INL_23D")),
                Arguments.of(ParticipantRole.SUPPORT_CONTACT_PERSON_SEL85, Set.of("SEL_85", "SEL_85A")),
                Arguments.of(ParticipantRole.CONTACT_PERSON_SEL99, Set.of("SEL_99")),
                Arguments.of(ParticipantRole.INTEGRATION_MENTOR, Set.of("INL_23D")),
                Arguments.of(ParticipantRole.JOB_CONSULTANT, CONSULTING),
                Arguments.of(ParticipantRole.COMPANY_CONSULTANT, CONSULTING));
    }

    @ParameterizedTest
    @MethodSource("allowedBases")
    void shouldLetEachRoleActUnderExactlyItsBases(ParticipantRole role, Set<String> bases) {
        Bases.all().forEach(basis ->
                assertEquals(bases.contains(basis.code()), Roles.allows(role, basis), role + " under " + basis.code()));
    }

    @Test
    void shouldNotLetALabMentorActUnderTheCaseworkersCoordinatedPlanBasis() {
        assertFalse(Roles.allows(ParticipantRole.LAB_MENTOR, Bases.LAB_COORDINATED_PLAN));
    }

    @Test
    void shouldHoldVolunteersToAFortnightlyCadence() {
        assertEquals(14, Roles.defaultCadenceDays(ParticipantRole.VOLUNTEER_MENTOR));
    }

    @ParameterizedTest
    @EnumSource(value = ParticipantRole.class, names = "VOLUNTEER_MENTOR", mode = EnumSource.Mode.EXCLUDE)
    void shouldHoldEveryOtherRoleToAWeeklyCadence(ParticipantRole role) {
        assertEquals(7, Roles.defaultCadenceDays(role));
    }

    @ParameterizedTest
    @EnumSource(value = ParticipantRole.class, names = {"CASEWORKER", "JOB_CONSULTANT", "COMPANY_CONSULTANT"},
            mode = EnumSource.Mode.EXCLUDE)
    void shouldCountEveryRoleButTheJobCentresStaffAsMeetingTheCitizen(ParticipantRole role) {
        assertTrue(Roles.meetsCitizen(role));
    }

    @ParameterizedTest
    @EnumSource(value = ParticipantRole.class, names = {"CASEWORKER", "JOB_CONSULTANT", "COMPANY_CONSULTANT"})
    void shouldNotCountTheCaseworkerOrTheConsultantsAsMeetingTheCitizen(ParticipantRole role) {
        assertFalse(Roles.meetsCitizen(role));
    }
}
