package dk.mentor.followup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.codes.ParticipantRole;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which legal bases each role may act under, and the cadence it meets the citizen at. */
class RolesTest {

    private static final Set<LegalBasis> LAB = EnumSet.of(LegalBasis.LAB_MENTOR, LegalBasis.LAB_MENTOR_2014,
            LegalBasis.LAB_MENTOR_2009);
    private static final Set<LegalBasis> CONSULTING = EnumSet.of(LegalBasis.LAB_MENTOR, LegalBasis.LAB_MENTOR_2014,
            LegalBasis.LAB_MENTOR_2009, LegalBasis.LAB_COORDINATED_PLAN, LegalBasis.INTEGRATION_MENTOR);

    static Stream<Arguments> allowedBases() {
        return Stream.of(
                Arguments.of(ParticipantRole.CASEWORKER, EnumSet.allOf(LegalBasis.class)),
                Arguments.of(ParticipantRole.VOLUNTEER_MENTOR, EnumSet.of(LegalBasis.LAB_MENTOR, LegalBasis.LAB_MENTOR_2014,
                        LegalBasis.LAB_MENTOR_2009, LegalBasis.INTEGRATION_MENTOR, LegalBasis.VOLUNTARY)),
                Arguments.of(ParticipantRole.LAB_MENTOR, LAB),
                Arguments.of(ParticipantRole.COMPANY_MENTOR, EnumSet.of(LegalBasis.LAB_MENTOR, LegalBasis.LAB_MENTOR_2014,
                        LegalBasis.LAB_MENTOR_2009, LegalBasis.INTEGRATION_MENTOR)),
                Arguments.of(ParticipantRole.SUPPORT_CONTACT_PERSON_SEL85,
                        EnumSet.of(LegalBasis.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, LegalBasis.SEL_HOUSING_FIRST)),
                Arguments.of(ParticipantRole.CONTACT_PERSON_SEL99, EnumSet.of(LegalBasis.SEL_CONTACT_PERSON)),
                Arguments.of(ParticipantRole.INTEGRATION_MENTOR, EnumSet.of(LegalBasis.INTEGRATION_MENTOR)),
                Arguments.of(ParticipantRole.JOB_CONSULTANT, CONSULTING),
                Arguments.of(ParticipantRole.COMPANY_CONSULTANT, CONSULTING));
    }

    @ParameterizedTest
    @MethodSource("allowedBases")
    void shouldLetEachRoleActUnderExactlyItsBases(ParticipantRole role, Set<LegalBasis> bases) {
        assertEquals(bases, Roles.allowedBases(role));
        for (LegalBasis basis : LegalBasis.values()) {
            assertEquals(bases.contains(basis), Roles.allows(role, basis), role + " under " + basis);
        }
    }

    @Test
    void shouldNotLetALabMentorActUnderTheCaseworkersCoordinatedPlanBasis() {
        assertFalse(Roles.allows(ParticipantRole.LAB_MENTOR, LegalBasis.LAB_COORDINATED_PLAN));
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
