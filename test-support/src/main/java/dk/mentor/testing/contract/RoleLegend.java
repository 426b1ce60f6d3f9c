package dk.mentor.testing.contract;

import java.util.List;

/**
 * What each realm role of the mentor realm is for, in Danish and English, and the row-level rule
 * that applies on top of the operations it may call. No OpenAPI document holds these rules, so
 * they are written here by hand, following docs/architecture.md ("The municipality-access rule")
 * and the access classes it names; docs/roles.md prints them beside the tables.
 */
public record RoleLegend(String role, String danish, String english, String rowRule) {

    /** In the order of the realm (deploy/keycloak/generate-realm.py), which is the tables' column order. */
    public static final List<RoleLegend> ALL = List.of(
            new RoleLegend("coordinator",
                    "Mentorkoordinator: mentorkatalog, organisationer, uddannelse og matchningsrunder; "
                            + "følger planerne på beskæftigelses- og integrationsområdet.",
                    "Mentor coordinator: the mentor catalogue, organisations, training and matching rounds; "
                            + "follows plans on the employment and integration lines.",
                    "Acts only for the municipalities in the token's `municipality` claim. Catalogue: reads the "
                            + "mentors of those municipalities and the mentors shared with them, and changes only "
                            + "mentors whose home municipality it acts for. Followup: staff on the employment and "
                            + "integration lines of plans those municipalities own, reads plans shared with them, "
                            + "and reaches the social line only under a cross-line consent."),
            new RoleLegend("caseworker",
                    "Jobcentrets sagsbehandler: borgere, henvisninger, planer og mentorforløb for egne borgere.",
                    "Job-centre caseworker: citizens, referrals, plans and mentorships of their own citizens.",
                    "Acts only for the municipalities in the `municipality` claim: their citizens, referrals, "
                            + "mentorships, hand-overs and catalogue mentors, and the mentors shared with them. "
                            + "Followup: staff on the employment and integration lines, like the coordinator."),
            new RoleLegend("social-worker",
                    "Socialrådgiver (SEL § 85 og § 99): borgere, henvisninger og planer på socialområdet.",
                    "Social worker (SEL § 85 and § 99): citizens, referrals and plans on the social line.",
                    "Acts only for the municipalities in the `municipality` claim. Followup: staff on the social "
                            + "line of plans those municipalities own, reads plans shared with them, and reaches "
                            + "the employment and integration lines only under a cross-line consent."),
            new RoleLegend("mentor",
                    "Mentor eller kontaktperson: egne oplysninger, egne forløb og møder, mål og progression i de "
                            + "planer, man deltager i.",
                    "Mentor or contact person: their own record and mentorships, and the meetings, goals and "
                            + "progression of the plans they take part in.",
                    "Only their own, whatever the municipality: the catalogue record whose `accountUsername` is "
                            + "the token's username, their own mentorships, and the plans they take part in as an "
                            + "active participant. There they correct only meetings they logged and read a note "
                            + "only as its visibility allows."),
            new RoleLegend("finance-officer",
                    "Økonomimedarbejder: udgiftsposter, refusionsanmodninger, lofter, mellemkommunal afregning "
                            + "og budgetter.",
                    "Finance officer: the expense ledger, refusion claims, ceilings, inter-municipal settlement "
                            + "and budgets.",
                    "Refusion only, for the municipalities in the `municipality` claim; a `municipality` naming "
                            + "another answers 404. No plan contents: a ledger line carries its plan's id, and "
                            + "`GET /api/v1/expense-lines?planId=` traces a plan's lines."),
            new RoleLegend("auditor",
                    "Revisor: læser adgangsloggen og intet andet.",
                    "Auditor: reads the audit log and nothing else.",
                    "Only the audit entries about data owned by the municipalities in the `municipality` claim."),
            new RoleLegend("admin",
                    "Administrator: kodelister (lovgrundlag, målgrupper), tidsafgrænsede refusionsregler og hændelser, der ikke kunne behandles.",
                    "Administrator: the code lists (legal bases, target groups), effective-dated refund rules, and events that could not be applied.",
                    "Suite-wide, with no municipality rule: every code list entry and rule row (each change is logged and audited) "
                            + "and every dead letter of the service."),
            new RoleLegend("integration",
                    "Servicekonto for et kommunalt sagssystem (én klient pr. kommune): borgere, planer, samtykker, "
                            + "overdragelser, henvisninger til en mentor, og læsning af mentorforløb og refusionskrav.",
                    "Service account of a municipal case system (one client per municipality): citizens, plans, "
                            + "consents, hand-overs, referrals to a mentor, and reading mentorships and refusion claims.",
                    "Acts only for the municipalities in its `municipality` claim. Followup: staff on every "
                            + "line (employment, social, integration) of the plans those municipalities own, and "
                            + "reads plans shared with them. Matching: orders, ranks and reads the referrals and reads "
                            + "the mentorships of those municipalities. Refusion: reads their claims and claim lines."));

    public static List<String> roles() {
        return ALL.stream().map(RoleLegend::role).toList();
    }
}
