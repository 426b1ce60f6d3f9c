package dk.mentor.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** WCAG 2.1 A and AA rules of axe-core on a page as the browser shows it: none may be serious or critical. */
final class Accessibility {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");

    private Accessibility() {
    }

    static void assertNoSeriousViolations(Page page) {
        assertEquals("", seriousViolations(page), "axe-core found serious or critical violations on " + page.url());
    }

    /**
     * The serious and critical violations on the page, one line each, or "" when there are none.
     * Legacy mode runs axe-core in the page itself. The default mode runs it per frame and then finishes
     * in a new browser context it opens for every check, which took about 2 s a check here; the
     * dashboard has no frames, so the answer is the same. Only violations are collected: the passes are
     * never read.
     */
    static String seriousViolations(Page page) {
        AxeRunOptions violationsOnly = new AxeRunOptions();
        violationsOnly.setResultTypes(List.of("violations"));
        List<Rule> violations = new AxeBuilder(page).options(violationsOnly).withTags(TAGS).setLegacyMode(true)
                .analyze().getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        return violations.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
