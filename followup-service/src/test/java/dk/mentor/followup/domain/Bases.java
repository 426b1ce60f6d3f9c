package dk.mentor.followup.domain;

import static dk.mentor.contracts.codes.ParticipantRole.CASEWORKER;
import static dk.mentor.contracts.codes.ParticipantRole.COMPANY_CONSULTANT;
import static dk.mentor.contracts.codes.ParticipantRole.COMPANY_MENTOR;
import static dk.mentor.contracts.codes.ParticipantRole.CONTACT_PERSON_SEL99;
import static dk.mentor.contracts.codes.ParticipantRole.INTEGRATION_MENTOR;
import static dk.mentor.contracts.codes.ParticipantRole.JOB_CONSULTANT;
import static dk.mentor.contracts.codes.ParticipantRole.SUPPORT_CONTACT_PERSON_SEL85;
import static dk.mentor.contracts.codes.ParticipantRole.VOLUNTEER_MENTOR;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.codes.ParticipantRole;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The legal bases as the kit migration V0_8 seeds their rows, for the domain's unit tests, which run without a
 * database. The services read the rows; these mirror them so that a rule is tested against the seeded terms.
 */
final class Bases {

    static final LegalBasisTerms LAB_MENTOR = lab("LAB_167", "2020-01-01", null, 6);
    static final LegalBasisTerms LAB_MENTOR_2014 = lab("LAB_31B", "2014-01-01", "2019-12-31", null);
    static final LegalBasisTerms LAB_MENTOR_2009 = lab("LAB_78", "2009-07-06", "2013-12-31", null);
    static final LegalBasisTerms LAB_COORDINATED_PLAN = new LegalBasisTerms("LAB_40_3", LegalLine.EMPLOYMENT,
            LocalDate.parse("2020-01-01"), null, false, null, List.of(CASEWORKER, JOB_CONSULTANT, COMPANY_CONSULTANT));
    static final LegalBasisTerms INTEGRATION = new LegalBasisTerms("INL_23D", LegalLine.INTEGRATION,
            LocalDate.parse("2009-07-06"), null, false, null,
            List.of(INTEGRATION_MENTOR, VOLUNTEER_MENTOR, COMPANY_MENTOR, CASEWORKER, JOB_CONSULTANT, COMPANY_CONSULTANT));
    static final LegalBasisTerms SEL_SOCIAL_PEDAGOGICAL_SUPPORT = social("SEL_85", "2006-01-01", false,
            SUPPORT_CONTACT_PERSON_SEL85);
    static final LegalBasisTerms SEL_HOUSING_FIRST = social("SEL_85A", "2023-10-01", false, SUPPORT_CONTACT_PERSON_SEL85);
    static final LegalBasisTerms SEL_CONTACT_PERSON = social("SEL_99", "2006-01-01", true, CONTACT_PERSON_SEL99);
    static final LegalBasisTerms VOLUNTARY = new LegalBasisTerms("VOLUNTARY", LegalLine.VOLUNTARY,
            LocalDate.parse("2009-01-01"), null, false, null, List.of(VOLUNTEER_MENTOR, CASEWORKER));

    private Bases() {
    }

    static Stream<LegalBasisTerms> all() {
        return Stream.of(LAB_MENTOR, LAB_MENTOR_2014, LAB_MENTOR_2009, LAB_COORDINATED_PLAN, INTEGRATION,
                SEL_SOCIAL_PEDAGOGICAL_SUPPORT, SEL_HOUSING_FIRST, SEL_CONTACT_PERSON, VOLUNTARY);
    }

    static LegalBasisTerms byCode(String code) {
        return all().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }

    /** The basis a participant recorded, as the application reads it from its row. */
    static LegalBasisTerms of(Participant participant) {
        return byCode(participant.legalBasis());
    }

    private static LegalBasisTerms lab(String code, String from, String to, Integer months) {
        return new LegalBasisTerms(code, LegalLine.EMPLOYMENT, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                false, months, List.<ParticipantRole>of(ParticipantRole.LAB_MENTOR, COMPANY_MENTOR, VOLUNTEER_MENTOR,
                CASEWORKER, JOB_CONSULTANT, COMPANY_CONSULTANT));
    }

    private static LegalBasisTerms social(String code, String from, boolean anonymous, ParticipantRole role) {
        return new LegalBasisTerms(code, LegalLine.SOCIAL, LocalDate.parse(from), null, anonymous, null, List.of(role, CASEWORKER));
    }
}
