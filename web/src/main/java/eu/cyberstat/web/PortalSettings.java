package eu.cyberstat.web;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.SettingsCatalogue.Entry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The portal's settings ({@code cyberstat serve} and {@code cyberstat accounts}), each key a
 * constant paired with its default, read from the same settings file as every other command.
 *
 * @param host               the address the service listens on; loopback by default, so that only a
 *                           reverse proxy on the same machine (which terminates HTTPS) reaches it
 * @param portalDir          the service's own folder: accounts, audit log, demo passwords
 * @param reportsDir         the output folder of the annual run whose report set readers download
 * @param secureCookies      whether the session cookie carries {@code Secure}; may be false only on a
 *                           loopback address (plain http in development and tests)
 * @param maxFormBytes       the largest form a page accepts (uploads have their own limit)
 */
public record PortalSettings(String host, int port, Path portalDir, Path reportsDir, boolean secureCookies,
                             Duration idleTimeout, Duration absoluteTimeout, int maxFailuresPerAccount,
                             int maxFailuresPerAddress, Duration failureWindow, Duration lockout,
                             int minPasswordLength, int maxFormBytes) {

    public static final String HOST = "portal.host";
    public static final String HOST_DEFAULT = "127.0.0.1";
    public static final String PORT = "portal.port";
    public static final int PORT_DEFAULT = 8080;
    public static final String DIR = "portal.dir";
    public static final String DIR_DEFAULT = "portal";
    public static final String REPORTS_DIR = "portal.reports-dir";
    public static final String REPORTS_DIR_DEFAULT = "out";
    public static final String SECURE_COOKIES = "portal.secure-cookies";
    public static final boolean SECURE_COOKIES_DEFAULT = true;
    public static final String IDLE_MINUTES = "portal.session.idle-minutes";
    public static final int IDLE_MINUTES_DEFAULT = 30;
    public static final String ABSOLUTE_MINUTES = "portal.session.absolute-minutes";
    public static final int ABSOLUTE_MINUTES_DEFAULT = 480;
    public static final String MAX_FAILURES = "portal.login.max-failures";
    public static final int MAX_FAILURES_DEFAULT = 5;
    public static final String MAX_FAILURES_PER_ADDRESS = "portal.login.max-failures-per-address";
    public static final int MAX_FAILURES_PER_ADDRESS_DEFAULT = 20;
    public static final String FAILURE_WINDOW_MINUTES = "portal.login.window-minutes";
    public static final int FAILURE_WINDOW_MINUTES_DEFAULT = 15;
    public static final String LOCKOUT_MINUTES = "portal.login.lockout-minutes";
    public static final int LOCKOUT_MINUTES_DEFAULT = 15;
    public static final String MIN_PASSWORD_LENGTH = "portal.password.min-length";
    public static final int MIN_PASSWORD_LENGTH_DEFAULT = 12;
    public static final String MAX_FORM_BYTES = "portal.max-form-bytes";
    public static final int MAX_FORM_BYTES_DEFAULT = 64 * 1024;

    /** The portal's part of the settings catalogue (the sample {@code cyberstat.properties}). */
    public static final List<Entry> ENTRIES = List.of(
            new Entry(HOST, HOST_DEFAULT,
                    "The address cyberstat serve listens on. The loopback default lets only this machine in: put a "
                    + "reverse proxy that terminates HTTPS in front of it rather than opening it to the network."),
            new Entry(PORT, Integer.toString(PORT_DEFAULT), "The port of cyberstat serve; serve --port N overrides it."),
            new Entry(DIR, DIR_DEFAULT,
                    "The portal's own folder: accounts.json (password and token hashes only), the append-only "
                    + "audit.jsonl and, after serve --demo, demo-passwords.txt; readable by its owner only."),
            new Entry(REPORTS_DIR, REPORTS_DIR_DEFAULT,
                    "The output folder of the annual run whose report set readers download from the portal (the "
                    + "--out of run and demo)."),
            new Entry(SECURE_COOKIES, Boolean.toString(SECURE_COOKIES_DEFAULT),
                    "Whether the session cookie is sent over HTTPS only. false is accepted only when portal.host is "
                    + "a loopback address: plain http for development and tests."),
            new Entry(IDLE_MINUTES, Integer.toString(IDLE_MINUTES_DEFAULT),
                    "A session unused for this many minutes ends; the next page asks to log in again."),
            new Entry(ABSOLUTE_MINUTES, Integer.toString(ABSOLUTE_MINUTES_DEFAULT),
                    "A session ends this many minutes after its login, however busy."),
            new Entry(MAX_FAILURES, Integer.toString(MAX_FAILURES_DEFAULT),
                    "Failed logins for one account within portal.login.window-minutes that lock it temporarily."),
            new Entry(MAX_FAILURES_PER_ADDRESS, Integer.toString(MAX_FAILURES_PER_ADDRESS_DEFAULT),
                    "Failed logins from one client address within the window that lock that address temporarily, "
                    + "whatever the accounts tried."),
            new Entry(FAILURE_WINDOW_MINUTES, Integer.toString(FAILURE_WINDOW_MINUTES_DEFAULT),
                    "The window, in minutes, in which failed logins are counted."),
            new Entry(LOCKOUT_MINUTES, Integer.toString(LOCKOUT_MINUTES_DEFAULT),
                    "How many minutes a locked account or address must wait before it may try again."),
            new Entry(MIN_PASSWORD_LENGTH, Integer.toString(MIN_PASSWORD_LENGTH_DEFAULT),
                    "The shortest password an account may have, in characters."),
            new Entry(MAX_FORM_BYTES, Integer.toString(MAX_FORM_BYTES_DEFAULT),
                    "The largest form a page of the portal accepts, in bytes; a larger request is refused (413)."));

    public PortalSettings {
        if (port < 0 || port > 65535) {
            throw new BadInputException("Setting " + PORT + " must be a port number from 0 to 65535, not " + port + ".");
        }
        if (!secureCookies && !isLoopback(host)) {
            throw new BadInputException("Setting " + SECURE_COOKIES + " = false is accepted only when the portal listens "
                    + "on a loopback address (" + HOST + " = 127.0.0.1), for development and tests; on a network "
                    + "the session cookie must travel over HTTPS only.");
        }
        for (Duration d : List.of(idleTimeout, absoluteTimeout, failureWindow, lockout)) {
            if (d.isNegative() || d.isZero()) {
                throw new BadInputException("The portal's session and login times must be at least one minute.");
            }
        }
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1 || minPasswordLength < 8 || maxFormBytes < 1024) {
            throw new BadInputException("Setting " + MAX_FAILURES + " and " + MAX_FAILURES_PER_ADDRESS
                    + " must be at least 1, " + MIN_PASSWORD_LENGTH + " at least 8 and " + MAX_FORM_BYTES
                    + " at least 1024.");
        }
    }

    public static PortalSettings from(Settings settings) {
        return new PortalSettings(
                settings.get(HOST, HOST_DEFAULT),
                settings.getInt(PORT, PORT_DEFAULT),
                Path.of(settings.get(DIR, DIR_DEFAULT)),
                Path.of(settings.get(REPORTS_DIR, REPORTS_DIR_DEFAULT)),
                bool(settings, SECURE_COOKIES, SECURE_COOKIES_DEFAULT),
                Duration.ofMinutes(settings.getInt(IDLE_MINUTES, IDLE_MINUTES_DEFAULT)),
                Duration.ofMinutes(settings.getInt(ABSOLUTE_MINUTES, ABSOLUTE_MINUTES_DEFAULT)),
                settings.getInt(MAX_FAILURES, MAX_FAILURES_DEFAULT),
                settings.getInt(MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_ADDRESS_DEFAULT),
                Duration.ofMinutes(settings.getInt(FAILURE_WINDOW_MINUTES, FAILURE_WINDOW_MINUTES_DEFAULT)),
                Duration.ofMinutes(settings.getInt(LOCKOUT_MINUTES, LOCKOUT_MINUTES_DEFAULT)),
                settings.getInt(MIN_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH_DEFAULT),
                settings.getInt(MAX_FORM_BYTES, MAX_FORM_BYTES_DEFAULT));
    }

    /** These settings listening on another port (serve --port). */
    public PortalSettings withPort(int newPort) {
        return new PortalSettings(host, newPort, portalDir, reportsDir, secureCookies, idleTimeout, absoluteTimeout,
                maxFailuresPerAccount, maxFailuresPerAddress, failureWindow, lockout, minPasswordLength, maxFormBytes);
    }

    private static boolean bool(Settings settings, String key, boolean fallback) {
        String v = settings.get(key, Boolean.toString(fallback)).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadInputException("Setting " + key + " must be true or false, not '" + v + "'.");
        };
    }

    /** Only a literal loopback address counts: a name could resolve elsewhere tomorrow. */
    static boolean isLoopback(String host) {
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
