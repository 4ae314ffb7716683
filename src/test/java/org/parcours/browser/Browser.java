package org.parcours.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parcours.testing.Needs;

/**
 * A headless Chromium session from the system's packages (/usr/bin/chromium driven by /usr/bin/chromedriver):
 * Selenium is given both paths, so it never looks for or downloads a browser. Each session has a fresh profile
 * (no state leaks from one test class to another), deleted on close.
 */
public final class Browser implements AutoCloseable {
    // the same properties as the pom's guard, which stops `mvn verify` early when either is missing
    public static final String CHROMIUM = System.getProperty("chromium.path", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("chromedriver.path", "/usr/bin/chromedriver");
    private static final String INSTALL = "apt-get install chromium chromium-driver";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A 1280 × 900 window, the size of a laptop screen. */
    public static Browser start() {
        return start(1280, 900);
    }

    public static Browser start(int width, int height) {
        requireChromium();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("parcours-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=fr-FR");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    /** Whether the system's Chromium and its driver are installed. */
    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** Says so when Chromium is missing, then fails the run under CI=true or skips the test elsewhere. */
    public static void requireChromium() {
        if (available()) return;
        Needs.require(false, "Chromium or its driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")",
                "run `" + INSTALL + "`, or skip the browser tests with -DskipBrowserTests");
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Runs a script in the page; its {@code arguments} are {@code args}. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits, at most {@code seconds}, until the script returns a truthy value. */
    public void waitUntil(String script, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).withMessage("waiting for: " + script)
                .until(d -> {
                    Object r = js(script);
                    return r != null && !Boolean.FALSE.equals(r) && !"".equals(r);
                });
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The console messages at SEVERE level since the last call (a script error, a failed load). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) p.toFile().delete();
            } catch (IOException ignored) {
                // a temporary profile left behind costs disk space only
            }
        }
    }
}
