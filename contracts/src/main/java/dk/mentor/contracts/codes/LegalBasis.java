package dk.mentor.contracts.codes;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The legal bases a mentor, a participant or a caseworker may act under, as a shared vocabulary
 * for events: an event names a basis by its stable {@link #code()}.
 *
 * <p>Reforms rename and renumber these bases, so each carries the period it was in force. In the
 * services the bases and everything hanging off them (eligibility, refund rules) are also
 * effective-dated rows that an administrator can edit (rules are data); this enum does not
 * replace those rows and holds no rules, only the names the services agree on. The dates are
 * those of the legal sources the product was built from; the services' rows are authoritative.
 */
public enum LegalBasis {

    LAB_MENTOR("LAB_167", "Lov om en aktiv beskæftigelsesindsats", "kapitel 26, §§ 167-171",
            "Mentor support to obtain or keep activities, education or a job; granted for up to 6 months at a time",
            LegalLine.EMPLOYMENT, LocalDate.of(2020, 1, 1), null),
    LAB_MENTOR_2014("LAB_31B", "Lov om en aktiv beskæftigelsesindsats", "kapitel 9 b, § 31 b",
            "Mentor support before the 2020 recodification of the employment act",
            LegalLine.EMPLOYMENT, LocalDate.of(2014, 1, 1), LocalDate.of(2019, 12, 31)),
    LAB_MENTOR_2009("LAB_78", "Lov om en aktiv beskæftigelsesindsats", "§ 78",
            "Mentor scheme from the 2009 mentor law until the 2014 cash-benefit reform",
            LegalLine.EMPLOYMENT, LocalDate.of(2009, 7, 6), LocalDate.of(2013, 12, 31)),
    LAB_COORDINATED_PLAN("LAB_40_3", "Lov om en aktiv beskæftigelsesindsats", "§ 40, stk. 3",
            "The caseworker's coordinated plan (helhedsorienteret plan) replacing Min Plan, with the citizen's consent",
            LegalLine.EMPLOYMENT, LocalDate.of(2020, 1, 1), null),
    INTEGRATION_MENTOR("INL_23D", "Integrationsloven", "kapitel 4, § 23 d",
            "Mentor for a foreigner in the integration or self-support programme",
            LegalLine.INTEGRATION, LocalDate.of(2009, 7, 6), null),
    SEL_SOCIAL_PEDAGOGICAL_SUPPORT("SEL_85", "Serviceloven", "§ 85",
            "Socialpædagogisk support by a support contact person for reduced functional capacity or special social problems",
            LegalLine.SOCIAL, LocalDate.of(2006, 1, 1), null),
    SEL_HOUSING_FIRST("SEL_85A", "Serviceloven", "§ 85 a",
            "Housing First support for people in or at risk of homelessness",
            LegalLine.SOCIAL, LocalDate.of(2023, 10, 1), null),
    SEL_CONTACT_PERSON("SEL_99", "Serviceloven", "§ 99",
            "Outreach støtte- og kontaktperson for people with mental illness, addiction or homelessness; may be anonymous",
            LegalLine.SOCIAL, LocalDate.of(2006, 1, 1), null),
    // Not a legal basis but its honest absence: a volunteer befriends a citizen without any grant. Dated
    // from the earliest regime the suite holds, since no act starts or ends it.
    VOLUNTARY("VOLUNTARY", "Ingen (frivillig indsats)", "uden lovhjemmel",
            "Voluntary mentor friendship with no statutory basis: no grant, no time limit of an act, no refund",
            LegalLine.VOLUNTARY, LocalDate.of(2009, 1, 1), null);

    private final String code;
    private final String law;
    private final String paragraph;
    private final String description;
    private final LegalLine line;
    private final LocalDate validFrom;
    private final LocalDate validTo;

    LegalBasis(String code, String law, String paragraph, String description, LegalLine line,
               LocalDate validFrom, LocalDate validTo) {
        this.code = code;
        this.law = law;
        this.paragraph = paragraph;
        this.description = description;
        this.line = line;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** @throws IllegalArgumentException if no basis has this code */
    public static LegalBasis fromCode(String code) {
        return Arrays.stream(values())
                .filter(basis -> basis.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown legal basis code: '" + code + "'"));
    }

    /** The stable code used in events and APIs, e.g. "LAB_167"; never changes once published. */
    public String code() {
        return code;
    }

    /** The act, by its Danish name. */
    public String law() {
        return law;
    }

    public String paragraph() {
        return paragraph;
    }

    public String description() {
        return description;
    }

    public LegalLine line() {
        return line;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    /** The last day in force, or {@code null} while the basis is current. */
    public LocalDate validTo() {
        return validTo;
    }

    /** Whether the basis was in force on that day (both ends inclusive). */
    public boolean inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * Whether a citizen may be served under this basis without being identified: § 99 outreach
     * work allows anonymity, so a plan relation under it must work without a CPR number.
     */
    public boolean allowsAnonymousCitizen() {
        return this == SEL_CONTACT_PERSON;
    }

    /** Whether an act stands behind the basis; {@link #VOLUNTARY} is the one that has none. */
    public boolean statutory() {
        return line != LegalLine.VOLUNTARY;
    }
}
