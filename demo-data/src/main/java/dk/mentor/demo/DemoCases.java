package dk.mentor.demo;

import static dk.mentor.demo.DemoMentors.AARHUS;
import static dk.mentor.demo.DemoMentors.KOBENHAVN;
import static dk.mentor.demo.DemoMentors.SKANDERBORG;

import java.util.List;

/** The demo citizens (fictitious CPR numbers) and their courses over the last months. */
final class DemoCases {

    /** The case the README shows: an Aarhus plan with the double-role mentor, meetings and progression. */
    static final String SHOWCASE = "aarhus-lene";

    private DemoCases() {
    }

    static List<DemoCase> all() {
        return List.of(
                new DemoCase(SHOWCASE, AARHUS, "1203901234", List.of("SOCIAL_AND_MENTAL_PROBLEMS", "LONG_TERM_UNEMPLOYED"),
                        "A steady part-time job in retail", "Lene Kristensen", "LAB_167", 112, 7, 16, 90, null, true),
                new DemoCase("aarhus-sofie", AARHUS, "0507852345", List.of("SICK_LISTED"),
                        "Back to the old job after sick leave", "Sofie Nielsen", "LAB_167", 120, 14, 8, 60, "JOB", false),
                new DemoCase("aarhus-birgit", AARHUS, "2211993456", List.of("YOUNG_LITTLE_SYSTEM_KNOWLEDGE"),
                        "Start an education in August", "Birgit Sørensen", "LAB_167", 90, 7, 12, 60, null, false),
                new DemoCase("aarhus-jonas", AARHUS, "3008014567", List.of("VULNERABLE_YOUNG_UNEMPLOYED"),
                        "Keep the placement at the warehouse", "Jonas Mikkelsen", "LAB_167", 100, 7, 10, 45,
                        "SUBSIDISED_JOB_OR_PLACEMENT", false),
                new DemoCase("aarhus-mette", AARHUS, null, List.of("SUBSTANCE_MISUSE"),
                        "A stable daily rhythm and contact with a treatment centre", "Mette Dahl", "SEL_99", 80, 14, 6, 60,
                        null, false),
                new DemoCase("aarhus-aisha", AARHUS, "1502885678", List.of("LANGUAGE_BARRIERS", "HOME_STAYING_WOMEN"),
                        "Danish lessons and a first job", "Aisha Rahman", "LAB_167", 70, 7, 10, 60, null, false),
                new DemoCase("skanderborg-henrik", SKANDERBORG, "0911796789", List.of("LONG_TERM_UNEMPLOYED"),
                        "A flexible job within a year", "Henrik Lund", "LAB_167", 95, 14, 7, 60, null, false),
                new DemoCase("skanderborg-karin", SKANDERBORG, "2704927890", List.of("ACTIVITY_READY"),
                        "Closer to the labour market through a placement", "Karin Bach", "LAB_167", 110, 14, 6, 45,
                        "CLOSER_TO_LABOUR_MARKET", false),
                new DemoCase("kobenhavn-mads", KOBENHAVN, "1810838901", List.of("LONG_TERM_UNEMPLOYED", "SUBSTANCE_MISUSE"),
                        "A job as a driver", "Mads Jensen", "LAB_167", 105, 7, 14, 60, null, false),
                new DemoCase("kobenhavn-fatima", KOBENHAVN, "0603950012", List.of("LANGUAGE_BARRIERS"),
                        "Finish the Danish course", "Fatima Ali", "LAB_167", 85, 7, 8, 60, "DROPPED_OUT", false),
                new DemoCase("kobenhavn-ole", KOBENHAVN, "1112871123", List.of("SOCIAL_AND_MENTAL_PROBLEMS"),
                        "Manage own economy and appointments", "Ole Berg", "SEL_85", 75, 7, 10, 75, null, false));
    }
}
