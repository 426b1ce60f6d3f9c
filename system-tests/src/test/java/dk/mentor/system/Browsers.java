package dk.mentor.system;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Headless Chromium for the dashboard's browser tests. Where Debian's chromium package is installed
 * (/usr/bin/chromium; .ci/run installs it) Playwright uses it and downloads nothing, as machines
 * without access to Playwright's download site need; elsewhere Playwright fetches its own browser.
 * No browser is a failure that says how to get one, never a skipped test.
 */
final class Browsers {

    static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private Browsers() {
    }

    static Playwright playwright() {
        Map<String, String> env = debianChromium() ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of();
        return Playwright.create(new Playwright.CreateOptions().setEnv(env));
    }

    static Browser chromium(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
        if (debianChromium()) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        try {
            return playwright.chromium().launch(options);
        } catch (PlaywrightException e) {
            throw new IllegalStateException("No browser for the dashboard's browser tests. Install Debian's chromium "
                    + "(apt-get update && apt-get install -y chromium, as .ci/run does) or let Playwright download its own. "
                    + "Cause: " + e.getMessage(), e);
        }
    }

    private static boolean debianChromium() {
        return Files.isExecutable(DEBIAN_CHROMIUM);
    }
}
