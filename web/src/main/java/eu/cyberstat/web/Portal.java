package eu.cyberstat.web;

import eu.cyberstat.app.Runs;
import eu.cyberstat.app.schedule.RunScheduler;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.account.Passwords;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditLog;
import eu.cyberstat.web.page.ErrorPages;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.page.PortalMessages;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.query.LatestReports;
import eu.cyberstat.web.query.SubmissionsInForce;
import eu.cyberstat.web.route.AccountRoutes;
import eu.cyberstat.web.route.ApiRoutes;
import eu.cyberstat.web.route.CountryRoutes;
import eu.cyberstat.web.route.LanguageRoute;
import eu.cyberstat.web.route.LoginRoutes;
import eu.cyberstat.web.route.ReportRoutes;
import eu.cyberstat.web.route.RunRoutes;
import eu.cyberstat.web.route.StyleSheet;
import eu.cyberstat.web.security.Credentials;
import eu.cyberstat.web.security.LoginThrottle;
import eu.cyberstat.web.security.RequestGuard;
import eu.cyberstat.web.security.SessionCookie;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Member State portal: a Javalin application on Jetty, its routes each admitting some roles,
 * every request through the {@link RequestGuard}, every error through the {@link ErrorPages}.
 * Handlers parse the request, call one service and render its answer; the services are the
 * warehouse's submission store and the latest run's report set, read at each request.
 */
public final class Portal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Portal.class);
    private static final Role[] ANYONE = Role.values();

    private final Javalin app;
    private final PortalSettings settings;

    private Portal(Javalin app, PortalSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    /**
     * Starts the portal on the settings' address and port (port 0: a free one) over the warehouse in
     * {@code warehouseDir} (which may not exist yet: the pages then say nothing was submitted).
     */
    public static Portal start(PortalSettings settings, Path warehouseDir, Clock clock) {
        return start(settings, warehouseDir, clock, null, null);
    }

    /**
     * The portal with the operator's runs pages and {@code /api/v1/runs}, over the run use case
     * and the service's scheduler (both null: without them).
     */
    public static Portal start(PortalSettings settings, Path warehouseDir, Clock clock, Runs runs,
                               RunScheduler scheduler) {
        ReferenceData reference = ReferenceData.shipped();
        AccountStore accounts = new AccountStore(settings.portalDir());
        AuditLog audit = new AuditLog(settings.portalDir(), clock);
        Passwords passwords = new Passwords(settings.minPasswordLength());
        LoginThrottle throttle = new LoginThrottle(settings.maxFailuresPerAccount(), settings.maxFailuresPerAddress(),
                settings.failureWindow(), settings.lockout(), clock);
        Pages pages = new Pages(PortalMessages.load(), reference, runs != null);
        Frames frames = new Frames();
        ErrorPages errors = new ErrorPages(pages, frames);
        RequestGuard guard = new RequestGuard(settings, accounts, audit, reference.countries(), clock);
        SubmissionsInForce inForce = new SubmissionsInForce(warehouseDir);
        LatestReports reports = new LatestReports(settings.reportsDir());

        Credentials credentials = new Credentials(accounts, passwords, throttle, audit, settings.lockout());
        LoginRoutes login = new LoginRoutes(credentials, audit, pages, frames, clock);
        CountryRoutes countries = new CountryRoutes(inForce, reports, reference, pages, frames);
        ReportRoutes reportRoutes = new ReportRoutes(reports, pages, frames);
        AccountRoutes account = new AccountRoutes(credentials, accounts, passwords, audit, pages, frames, clock);
        ApiRoutes api = new ApiRoutes(inForce);
        StyleSheet css = new StyleSheet();
        RunRoutes runRoutes = runs == null ? null : new RunRoutes(runs, scheduler, audit, pages, frames);

        Javalin app = Javalin.create(config -> {
            server(config, settings, errors);
            config.routes.before(guard::before);
            config.routes.beforeMatched(guard::beforeMatched);

            config.routes.get(StyleSheet.PATH, css::serve);
            config.routes.get("/login", login::form);
            config.routes.post("/login", login::submit);
            config.routes.post("/language", new LanguageRoute()::choose);
            config.routes.get("/", login::home, ANYONE);
            config.routes.post("/logout", login::logout, ANYONE);
            config.routes.get("/account", account::show, ANYONE);
            config.routes.post("/account/password", account::changePassword, ANYONE);
            config.routes.get("/countries", countries::list, Role.OPERATOR);
            config.routes.get("/countries/{country}", countries::show, Role.UPLOADER, Role.OPERATOR);
            config.routes.get("/countries/{country}/feedback", countries::feedback, Role.UPLOADER, Role.OPERATOR);
            config.routes.get("/reports", reportRoutes::list, Role.READER, Role.OPERATOR);
            config.routes.get("/reports/<name>", reportRoutes::download, Role.READER, Role.OPERATOR);
            config.routes.get("/api/v1/me", api::me, ANYONE);
            config.routes.get("/api/v1/countries/{country}/submissions", api::submissions, Role.UPLOADER,
                    Role.OPERATOR);

            if (runRoutes != null) {
                config.routes.get("/runs", runRoutes::list, Role.OPERATOR);
                config.routes.post("/runs", runRoutes::start, Role.OPERATOR);
                config.routes.post("/runs/backfill", runRoutes::backfill, Role.OPERATOR);
                config.routes.get("/runs/{id}", runRoutes::show, Role.OPERATOR);
                config.routes.post("/runs/{id}/publish", runRoutes::publish, Role.OPERATOR);
                config.routes.get("/runs/{id}/files/<name>", runRoutes::file, Role.OPERATOR);
                config.routes.get("/api/v1/runs", runRoutes::apiList, Role.OPERATOR);
                config.routes.get("/api/v1/runs/{id}", runRoutes::apiShow, Role.OPERATOR);
            }

            config.routes.exception(HttpResponseException.class, errors::handle);
            config.routes.exception(BadMessageException.class, errors::badMessage);
            config.routes.exception(LatestReports.Replaced.class, (e, ctx) ->
                    errors.handle(new Problem(HttpStatus.CONFLICT, "error.409.replaced"), ctx));
            config.routes.exception(Exception.class, errors::unexpected);
        });
        app.start();
        Portal portal = new Portal(app, settings);
        LOG.info("Portal listening on {}", portal.url());
        return portal;
    }

    /** Jetty: the session cookie, the size limits, its own error pages, no server banner. */
    private static void server(JavalinConfig config, PortalSettings settings, ErrorPages errors) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = settings.maxFormBytes();
        config.jetty.modifyServletContextHandler(context -> {
            context.setSessionHandler(SessionCookie.handler(settings));
            context.setMaxFormContentSize(settings.maxFormBytes());
        });
        config.jetty.modifyServer(server -> server.setErrorHandler(errors.jettyErrorHandler()));
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        config.router.javaLangErrorHandler((response, error) -> {
            response.setStatus(500);
            LOG.error("Fatal error while answering a request", error);
        });
    }

    /** The port the portal listens on (the one chosen when the settings said 0). */
    public int port() {
        return app.port();
    }

    /** The portal's address, for the start-up message and the tests. */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
