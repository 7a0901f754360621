package eu.cyberstat.web;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.ListDeliveries;
import eu.cyberstat.app.Runs;
import eu.cyberstat.app.schedule.RunScheduler;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.drop.DropFolder;
import eu.cyberstat.web.account.Passwords;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditLog;
import eu.cyberstat.web.page.ErrorPages;
import eu.cyberstat.web.page.Frames;
import eu.cyberstat.web.page.Pages;
import eu.cyberstat.web.page.PortalMessages;
import eu.cyberstat.web.page.Problem;
import eu.cyberstat.web.query.LatestReports;
import eu.cyberstat.web.query.SubmissionRecords;
import eu.cyberstat.web.query.Deliveries;
import eu.cyberstat.web.query.SubmissionsInForce;
import eu.cyberstat.web.route.SubmissionRoutes;
import eu.cyberstat.web.route.UploadRoutes;
import eu.cyberstat.web.upload.UploadStore;
import eu.cyberstat.web.upload.Uploads;
import eu.cyberstat.web.route.AccountRoutes;
import eu.cyberstat.web.route.ApiRoutes;
import eu.cyberstat.web.route.CountryRoutes;
import eu.cyberstat.web.route.DeliveriesRoutes;
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
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
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
    private final DropFolder drop;
    private final ServiceLock folderLock;
    private final int leftoversRemoved;
    private final int confirmationsRecorded;

    private Portal(Javalin app, PortalSettings settings, DropFolder drop, ServiceLock folderLock,
                   int leftoversRemoved, int confirmationsRecorded) {
        this.app = app;
        this.settings = settings;
        this.drop = drop;
        this.folderLock = folderLock;
        this.leftoversRemoved = leftoversRemoved;
        this.confirmationsRecorded = confirmationsRecorded;
    }

    /**
     * Starts the portal on the settings' address and port (port 0: a free one) over the application's warehouse
     * (which may not exist yet: the pages then say nothing was submitted).
     */
    public static Portal start(PortalSettings settings, Application application, Clock clock) {
        return start(settings, application, clock, null, null);
    }

    /**
     * The portal with the operator's runs pages and {@code /api/v1/runs}, over the run use case
     * and the service's scheduler (both null: without them).
     */
    public static Portal start(PortalSettings settings, Application application, Clock clock, Runs runs,
                               RunScheduler scheduler) {
        ServiceLock folderLock = ServiceLock.take(settings.portalDir());
        try {
            return start(settings, application, clock, runs, scheduler, folderLock);
        } catch (RuntimeException | Error e) {
            folderLock.close();
            throw e;
        }
    }

    private static Portal start(PortalSettings settings, Application application, Clock clock, Runs runs,
                                RunScheduler scheduler, ServiceLock folderLock) {
        ReferenceData reference = application.reference();
        AccountStore accounts = new AccountStore(settings.portalDir());
        AuditLog audit = new AuditLog(settings.portalDir(), clock);
        Passwords passwords = new Passwords(settings.minPasswordLength());
        LoginThrottle throttle = new LoginThrottle(settings.maxFailuresPerAccount(), settings.maxFailuresPerAddress(),
                settings.failureWindow(), settings.lockout(), clock);
        Pages pages = new Pages(PortalMessages.load(), reference, runs != null);
        Frames frames = new Frames();
        ErrorPages errors = new ErrorPages(pages, frames);
        RequestGuard guard = new RequestGuard(settings, accounts, audit, reference.countries(), clock);
        SubmissionsInForce inForce = new SubmissionsInForce(new ListDeliveries(application));
        Deliveries deliveries = new Deliveries(inForce, settings.uploads().deadline(), clock);
        LatestReports reports = new LatestReports(settings.reportsDir());

        Credentials credentials = new Credentials(accounts, passwords, throttle, audit, settings.lockout());
        LoginRoutes login = new LoginRoutes(credentials, audit, pages, frames, clock);
        CountryRoutes countries = new CountryRoutes(inForce, deliveries, reports, reference, pages, frames);
        ReportRoutes reportRoutes = new ReportRoutes(reports, pages, frames);
        AccountRoutes account = new AccountRoutes(credentials, accounts, passwords, audit, pages, frames, clock);
        UploadStore uploadStore = new UploadStore(settings.portalDir(), settings.uploads().maxBytes());
        int leftoversRemoved = uploadStore.removeLeftovers();
        Uploads uploads = new Uploads(application, uploadStore, settings.uploads().profilesDir());
        int confirmationsRecorded = uploads.recordConfirmationsOfAStoppedService();
        SubmissionRecords records = new SubmissionRecords(application, uploadStore);
        UploadRoutes upload = new UploadRoutes(uploads, audit, pages, frames, clock);
        SubmissionRoutes submissions = new SubmissionRoutes(records, uploadStore, pages, frames);
        ApiRoutes api = new ApiRoutes(inForce, uploads, records, guard, upload);
        DeliveriesRoutes deliveryRoutes = new DeliveriesRoutes(deliveries, reference, pages, frames);
        StyleSheet css = new StyleSheet();
        RunRoutes runRoutes = runs == null ? null : new RunRoutes(runs, scheduler, audit, pages, frames);

        Javalin app = Javalin.create(config -> {
            server(config, settings, errors);
            uploads(config, settings, uploadStore);
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
            // A country's uploads and submissions: uploaders of that country (the access rule) and operators.
            String country = "/countries/{country}";
            config.routes.get(country + "/upload", upload::form, Role.UPLOADER, Role.OPERATOR);
            config.routes.post(country + "/uploads", upload::receive, Role.UPLOADER, Role.OPERATOR);
            String anUpload = country + "/uploads/{upload}";
            config.routes.get(anUpload, upload::show, Role.UPLOADER, Role.OPERATOR);
            config.routes.get(anUpload + "/report.json", upload::reportJson, Role.UPLOADER, Role.OPERATOR);
            config.routes.get(anUpload + "/report.csv", upload::reportCsv, Role.UPLOADER, Role.OPERATOR);
            config.routes.post(anUpload + "/confirm", upload::confirm, Role.UPLOADER, Role.OPERATOR);
            config.routes.post(anUpload + "/discard", upload::discard, Role.UPLOADER, Role.OPERATOR);
            config.routes.get(country + "/submissions", submissions::history, Role.UPLOADER, Role.OPERATOR);
            String aSubmission = country + "/submissions/{submission}";
            config.routes.get(aSubmission, submissions::receipt, Role.UPLOADER, Role.OPERATOR);
            config.routes.get(aSubmission + "/receipt.json", submissions::receiptJson, Role.UPLOADER, Role.OPERATOR);
            config.routes.get(aSubmission + "/receipt.pdf", submissions::receiptPdf, Role.UPLOADER, Role.OPERATOR);
            config.routes.get(aSubmission + "/report.json", submissions::reportJson, Role.UPLOADER, Role.OPERATOR);
            config.routes.get(aSubmission + "/report.csv", submissions::reportCsv, Role.UPLOADER, Role.OPERATOR);
            config.routes.get(aSubmission + "/raw", submissions::raw, Role.UPLOADER, Role.OPERATOR);
            config.routes.get("/reports", reportRoutes::list, Role.READER, Role.OPERATOR);
            config.routes.get("/reports/<name>", reportRoutes::download, Role.READER, Role.OPERATOR);
            config.routes.get("/deliveries", deliveryRoutes::page, Role.OPERATOR);
            config.routes.get("/deliveries.csv", deliveryRoutes::csv, Role.OPERATOR);
            config.routes.get("/deliveries.xlsx", deliveryRoutes::xlsx, Role.OPERATOR);
            config.routes.get("/api/v1/openapi.json", api::openApi);
            config.routes.get("/api/v1/me", api::me, ANYONE);
            config.routes.post("/api/v1/submissions", api::submit, Role.UPLOADER, Role.OPERATOR);
            config.routes.get("/api/v1/submissions/{submission}", api::submission, Role.UPLOADER, Role.OPERATOR);
            config.routes.get("/api/v1/submissions/{submission}/receipt", api::receipt, Role.UPLOADER, Role.OPERATOR);
            config.routes.get("/api/v1/deliveries", deliveryRoutes::api, Role.UPLOADER, Role.OPERATOR);
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
            config.routes.exception(eu.cyberstat.failure.CyberstatException.class, errors::failure);
            config.routes.exception(Exception.class, errors::unexpected);
        });
        app.start();
        PortalSettings.Uploads u = settings.uploads();
        DropFolder drop = u.dropDir() == null ? null : new DropFolder(u.dropDir(), u.dropAccount(), accounts, uploads,
                audit, reference.countries(), clock, u.dropInterval()).start();
        Portal portal = new Portal(app, settings, drop, folderLock, leftoversRemoved, confirmationsRecorded);
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

    /**
     * Multipart requests (uploads): spooled to disk past 64 KiB, inside the portal's own upload folder,
     * and cut off by Jetty while they arrive once a file passes the upload limit.
     */
    private static void uploads(JavalinConfig config, PortalSettings settings, UploadStore store) {
        long max = settings.uploads().maxBytes();
        config.jetty.multipartConfig.cacheDirectory(store.incoming().toAbsolutePath().toString());
        config.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(max + settings.maxFormBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(64 * 1024, SizeUnit.BYTES);
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
        if (drop != null) {
            drop.close();
        }
        app.stop();
        folderLock.close();
    }

    /** How many leftovers of uploads interrupted by an earlier stop of the service were removed at its start. */
    public int leftoversRemoved() {
        return leftoversRemoved;
    }

    /** How many uploads the service stopped after committing, and before recording, their confirmation. */
    public int confirmationsRecorded() {
        return confirmationsRecorded;
    }
}
