package eu.cyberstat.web;

import eu.cyberstat.app.Application;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.account.Passwords;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.audit.AuditLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A portal of a test's own on loopback, over the served demo's warehouse and report set (read
 * only), with its own portal folder (accounts, audit log), its own settings and a clock the test
 * moves.
 */
public final class TestPortal implements AutoCloseable {

    /** A clock that stands still until the test moves it. */
    public static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        public synchronized void advance(Duration d) {
            now = now.plus(d);
        }
    }

    public final Portal portal;
    public final PortalSettings settings;
    public final AccountStore accounts;
    public final AuditLog audit;
    public final TestClock clock;
    public final Application app;
    private final Passwords passwords;

    private TestPortal(Portal portal, PortalSettings settings, TestClock clock, Application app) {
        this.portal = portal;
        this.app = app;
        this.settings = settings;
        this.clock = clock;
        this.accounts = new AccountStore(settings.portalDir());
        this.audit = new AuditLog(settings.portalDir(), clock);
        this.passwords = new Passwords(settings.minPasswordLength());
    }

    /** A portal in {@code portalDir} with {@code overrides} on top of the defaults (plain http on loopback). */
    public static TestPortal start(Path portalDir, Map<String, Object> overrides) {
        ServedDemo demo = ServedDemo.get();
        return start(portalDir, demo.reports, overrides);
    }

    public static TestPortal start(Path portalDir, Path reportsDir, Map<String, Object> overrides) {
        return start(portalDir, ServedDemo.get().warehouse, reportsDir, overrides);
    }

    public static TestPortal start(Path portalDir, Path warehouseDir, Path reportsDir, Map<String, Object> overrides) {
        return start(portalDir, warehouseDir, reportsDir, overrides, null, null);
    }

    /** A portal with the operator's runs pages over this run use case and scheduler. */
    public static TestPortal start(Path portalDir, Path warehouseDir, Path reportsDir, Map<String, Object> overrides,
                                   eu.cyberstat.app.Runs runs, eu.cyberstat.app.schedule.RunScheduler scheduler) {
        Settings settings = Settings.defaults().with(PortalSettings.PORT, 0).with(PortalSettings.SECURE_COOKIES, false)
                .with(PortalSettings.DIR, portalDir).with(PortalSettings.REPORTS_DIR, reportsDir)
                .with(PortalSettings.PROFILES_DIR, ServedDemo.PROJECT.resolve("templates/profiles"));
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            settings = settings.with(e.getKey(), e.getValue());
        }
        settings = settings.with(Settings.WAREHOUSE_DIR, warehouseDir);
        PortalSettings portalSettings = PortalSettings.from(settings);
        TestClock clock = new TestClock();
        Application app = Application.start(settings, "web-tests");
        try {
            return new TestPortal(Portal.start(portalSettings, app, clock, runs, scheduler), portalSettings, clock, app);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + portal.port() + path;
    }

    public Account add(String name, Role role, String country, String password) {
        return add(name, name, role, country, password);
    }

    public Account add(String name, String displayName, Role role, String country, String password) {
        return accounts.add(new Account(name, displayName, role, country, passwords.hash(password.toCharArray()), true,
                clock.instant(), clock.instant(), List.of()));
    }

    /** A new API token of the account, as {@code accounts token add} prints it. */
    public String token(String account) {
        eu.cyberstat.web.account.ApiTokens.Issued issued = eu.cyberstat.web.account.ApiTokens.issue("test", clock.instant());
        accounts.update(account, a -> {
            List<eu.cyberstat.web.account.ApiToken> tokens = new java.util.ArrayList<>(a.tokens());
            tokens.add(issued.token());
            return new Account(a.name(), a.displayName(), a.role(), a.country(), a.passwordHash(), a.enabled(),
                    a.createdAt(), a.passwordChangedAt(), tokens);
        });
        return issued.presented();
    }

    public List<AuditEvent> audit() {
        return audit.events();
    }

    @Override
    public void close() {
        portal.close();
        app.close();
    }
}
