package dk.mentor.testing.cpr;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** CPR numbers for tests: sent in request bodies only, never logged. */
public final class RandomCpr {

    private RandomCpr() {
    }

    /**
     * Ten digits: a real birth date between 1960 and 2001 and a random serial whose first digit names the
     * birth's century as CPR's table does (0–3 the 1900s, 4 the 2000s up to 2036). A digit drawn without
     * regard to the year once read a birth on 29-02-2000 as 29-02-1900, a date that does not exist, and the
     * service rightly refused it.
     */
    public static String next() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(15000));
        int century = birth.getYear() >= 2000 ? 4 : r.nextInt(0, 4);
        return String.format("%02d%02d%02d%d%03d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100,
                century, r.nextInt(1000));
    }
}
