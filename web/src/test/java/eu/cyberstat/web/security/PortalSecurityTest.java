package eu.cyberstat.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.web.PortalSettings;
import eu.cyberstat.web.TestPortal;
import eu.cyberstat.web.WebClient;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.cli.Cyberstat;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's defences, each attacked over real HTTP on loopback: no session, a missing or
 * wrong CSRF token, another country's data, guessing passwords, a revoked token, a script in a
 * name; and on every answer the security headers, and never a stack trace.
 */
class PortalSecurityTest {

    private static final String PASSWORD = "a long enough password";

    @TempDir
    static Path dir;

    private static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dir.resolve("portal"), Map.of(PortalSettings.MAX_FAILURES, 3,
                PortalSettings.MAX_FAILURES_PER_ADDRESS, 1000, PortalSettings.LOCKOUT_MINUTES, 10));
        portal.add("de-up", Role.UPLOADER, "DE", PASSWORD);
        portal.add("fr-up", Role.UPLOADER, "FR", PASSWORD);
        portal.add("op", Role.OPERATOR, null, PASSWORD);
        portal.add("rd", Role.READER, null, PASSWORD);
        portal.add("mallory", "<script>alert('x')</script> & <b>bold</b>", Role.UPLOADER, "DE", PASSWORD);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static WebClient client() {
        return new WebClient(portal.url("/"));
    }

    private static WebClient loggedIn(String name) {
        WebClient c = client();
        assertThat(c.login(name, PASSWORD).status()).isEqualTo(303);
        return c;
    }

    @Test
    void withoutASessionPagesRedirectToTheLoginAndTheApiAnswers401() {
        WebClient c = client();
        for (String path : List.of("/", "/countries", "/countries/DE", "/reports", "/account")) {
            WebClient.Page page = c.get(path);
            assertThat(page.status()).as(path).isEqualTo(303);
            assertThat(page.header("Location")).as(path).hasValueSatisfying(l -> assertThat(l).startsWith("/login?next="));
        }
        assertThat(c.get("/countries/DE").header("Location")).contains("/login?next=%2Fcountries%2FDE");
        WebClient.Page api = c.get("/api/v1/me");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).contains("Bearer realm=\"cyberstat\"");
        assertThat(api.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        // A form sent without a session is refused before anything runs.
        assertThat(c.postRaw("/account/password", "current=x&password=y&confirm=y").status()).isEqualTo(403);
    }

    @Test
    void theLoginLeadsBackToThePageAskedForAndNeverToAnotherSite() {
        WebClient c = client();
        c.get("/login?next=%2Faccount");
        WebClient.Page in = c.post("/login", "name", "op", "password", PASSWORD, "next", "/account");
        assertThat(in.header("Location")).contains("/account");
        for (String next : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            WebClient d = client();
            d.get("/login");
            assertThat(d.post("/login", "name", "op", "password", PASSWORD, "next", next).header("Location"))
                    .as(next).contains("/").hasValueSatisfying(l -> assertThat(l).isEqualTo("/"));
        }
    }

    @Test
    void formsWithoutTheSessionsTokenAreRefusedAndRecorded() {
        WebClient c = loggedIn("op");
        c.get("/account");
        int before = portal.audit().size();
        WebClient.Page missing = c.post("/account/password", "csrf", null, "current", PASSWORD, "password",
                "another long password", "confirm", "another long password");
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.text()).contains("This form has expired or did not come from this site");
        WebClient.Page wrong = c.post("/logout", "csrf", "not-the-token");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(c.get("/account").status()).as("still logged in: the forged logout did nothing").isEqualTo(200);
        // A token from another session is no better.
        WebClient other = loggedIn("rd");
        other.get("/account");
        WebClient.Page stolen = c.post("/logout", "csrf", other.get("/account").csrf());
        assertThat(stolen.status()).isEqualTo(403);
        assertThat(portal.audit().subList(before, portal.audit().size())).filteredOn(e -> e.action().equals("csrf"))
                .hasSize(3).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.REFUSED));
        assertThat(c.post("/logout").status()).as("with the right token it works").isEqualTo(303);
    }

    @Test
    void anUploaderSeesItsOwnCountryOnlyAndEveryOtherRequestIsAudited() {
        WebClient de = loggedIn("de-up");
        assertThat(de.get("/").header("Location")).contains("/countries/DE");
        assertThat(de.get("/countries/DE").status()).isEqualTo(200);
        int before = portal.audit().size();
        for (String path : List.of("/countries/FR", "/countries/FR/feedback", "/countries/XX", "/countries/fr")) {
            WebClient.Page page = de.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.text()).contains("Your account gives access to your own country’s data only");
        }
        assertThat(de.get("/countries").status()).as("the operator's list").isEqualTo(403);
        assertThat(de.get("/reports").status()).as("the readers' page").isEqualTo(403);
        List<AuditEvent> refused = portal.audit().subList(before, portal.audit().size());
        assertThat(refused).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::target, AuditEvent::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("de-up", "access", "/countries/FR", AuditEvent.REFUSED),
                        org.assertj.core.groups.Tuple.tuple("de-up", "access", "/countries/FR/feedback",
                                AuditEvent.REFUSED));
        assertThat(refused).hasSize(6).allSatisfy(e -> {
            assertThat(e.client()).isEqualTo("127.0.0.1");
            assertThat(e.time()).isNotNull();
        });
        assertThat(refused.get(0).detail()).isEqualTo("uploader for DE asked for FR");

        WebClient reader = loggedIn("rd");
        assertThat(reader.get("/countries/DE").status()).isEqualTo(403);
        assertThat(reader.get("/reports").status()).isEqualTo(200);
        WebClient op = loggedIn("op");
        assertThat(op.get("/countries/FR").status()).isEqualTo(200);
        assertThat(op.get("/countries/XX").status()).as("no such country").isEqualTo(404);
    }

    @Test
    void guessingAPasswordLocksTheAccountForAWhileWithoutTellingWhetherItExists() {
        portal.add("victim", Role.OPERATOR, null, PASSWORD);
        WebClient c = client();
        assertThat(c.login("victim", "wrong 1").status()).isEqualTo(401);
        assertThat(c.login("victim", "wrong 2").status()).isEqualTo(401);
        WebClient.Page third = c.login("victim", "wrong 3");
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.text()).contains("Too many failed attempts. Try again in 10 min");
        assertThat(c.login("victim", PASSWORD).status()).as("locked: even the right password").isEqualTo(429);
        assertThat(portal.audit()).filteredOn(e -> e.action().equals("lockout") && e.target().equals("victim"))
                .hasSize(1);
        assertThat(portal.audit()).filteredOn(e -> e.action().equals("login") && e.target().equals("victim"))
                .extracting(AuditEvent::outcome).containsExactly(AuditEvent.FAILURE, AuditEvent.FAILURE,
                        AuditEvent.FAILURE, AuditEvent.REFUSED);
        // A name nobody has is locked the same way: the answers tell nothing about which accounts exist.
        WebClient.Page ghost1 = c.login("nobody-here", "x1");
        assertThat(ghost1.status()).isEqualTo(401);
        assertThat(ghost1.text()).contains("The user name or the password is not right");
        c.login("nobody-here", "x2");
        assertThat(c.login("nobody-here", "x3").status()).isEqualTo(429);

        portal.clock.advance(Duration.ofMinutes(10));
        assertThat(c.login("victim", PASSWORD).status()).as("the lock has passed").isEqualTo(303);
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressWhateverTheNames(@TempDir Path own) {
        try (TestPortal p = TestPortal.start(own, Map.of(PortalSettings.MAX_FAILURES_PER_ADDRESS, 4))) {
            p.add("someone", Role.READER, null, PASSWORD);
            WebClient c = new WebClient(p.url("/"));
            for (int i = 1; i <= 3; i++) {
                assertThat(c.login("name" + i, "guess").status()).isEqualTo(401);
            }
            assertThat(c.login("name4", "guess").status()).isEqualTo(429);
            assertThat(c.login("someone", PASSWORD).status()).as("the address is locked").isEqualTo(429);
            assertThat(p.audit()).filteredOn(e -> e.action().equals("lockout")).singleElement()
                    .satisfies(e -> assertThat(e.target()).isEqualTo("127.0.0.1"));
        }
    }

    @Test
    void aRevokedTokenAndTheTokenOfADisabledAccountAreRefused() {
        String token = cli(null, "accounts", "token", "add", "fr-up", "--label", "sdmx push", "--portal-dir",
                portal.settings.portalDir().toString()).lines().filter(l -> l.startsWith("cst_")).findFirst()
                .orElseThrow();
        assertThat(Files.exists(portal.settings.portalDir().resolve("accounts.json"))).isTrue();
        WebClient api = client();
        WebClient.Page me = api.get("/api/v1/me", "Authorization", "Bearer " + token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"name\":\"fr-up\"", "\"country\":\"FR\"");
        assertThat(api.get("/api/v1/countries/FR/submissions", "Authorization", "Bearer " + token).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/countries/DE/submissions", "Authorization", "Bearer " + token).status())
                .as("the same access rule as the pages").isEqualTo(403);
        String id = token.substring(4, 16);
        assertThat(portal.audit()).filteredOn(e -> e.action().equals("token.use") && e.actor().equals("fr-up"))
                .hasSize(3).allSatisfy(e -> {
                    assertThat(e.detail()).isEqualTo("token " + id);
                    assertThat(e.outcome()).isEqualTo(AuditEvent.SUCCESS);
                });

        cli(null, "accounts", "token", "revoke", id, "--portal-dir", portal.settings.portalDir().toString());
        WebClient.Page refused = api.get("/api/v1/me", "Authorization", "Bearer " + token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).contains("Bearer realm=\"cyberstat\", error=\"invalid_token\"");
        assertThat(portal.audit().get(portal.audit().size() - 1)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("token.use");
            assertThat(e.outcome()).isEqualTo(AuditEvent.FAILURE);
            assertThat(e.detail()).contains(id);
        });
        // A token with one character changed is no token.
        String second = cli(null, "accounts", "token", "add", "op", "--portal-dir",
                portal.settings.portalDir().toString()).lines().filter(l -> l.startsWith("cst_")).findFirst().orElseThrow();
        String tampered = second.substring(0, second.length() - 1) + (second.endsWith("A") ? "B" : "A");
        assertThat(api.get("/api/v1/me", "Authorization", "Bearer " + tampered).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", "Authorization", "Bearer " + second).status()).isEqualTo(200);
        // The API never takes a session cookie for a token.
        assertThat(loggedIn("op").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountsSessionAndTokenStopAtTheirNextRequest() {
        portal.add("leaving", Role.OPERATOR, null, PASSWORD);
        WebClient c = loggedIn("leaving");
        String token = cli(null, "accounts", "token", "add", "leaving", "--portal-dir",
                portal.settings.portalDir().toString()).lines().filter(l -> l.startsWith("cst_")).findFirst().orElseThrow();
        assertThat(c.get("/countries").status()).isEqualTo(200);
        cli(null, "accounts", "disable", "leaving", "--portal-dir", portal.settings.portalDir().toString());
        WebClient.Page after = c.get("/countries");
        assertThat(after.status()).isEqualTo(303);
        assertThat(c.get("/login").text()).contains("Your session has ended: your account has been disabled.");
        assertThat(client().get("/api/v1/me", "Authorization", "Bearer " + token).status()).isEqualTo(401);
        assertThat(client().login("leaving", PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void theSessionIdChangesAtLoginAndTheCookieIsHttpOnlyAndStrict() {
        WebClient c = client();
        WebClient.Page login = c.get("/login");
        String before = c.sessionCookie().orElseThrow();
        assertThat(login.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("HttpOnly").contains("SameSite=Strict").contains("Path=/").doesNotContain("Secure"));
        WebClient.Page in = c.post("/login", "name", "op", "password", PASSWORD, "next", "/");
        assertThat(in.status()).isEqualTo(303);
        assertThat(c.sessionCookie().orElseThrow()).isNotEqualTo(before);
        assertThat(in.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).contains("HttpOnly"));
    }

    @Test
    void withSecureCookiesTheCookieIsSecureAndHostOnly(@TempDir Path own) {
        try (TestPortal p = TestPortal.start(own, Map.of(PortalSettings.SECURE_COOKIES, true))) {
            WebClient.Page login = new WebClient(p.url("/")).get("/login");
            assertThat(login.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                    .startsWith(SessionCookie.SECURE_NAME + "=").contains("Secure").contains("HttpOnly")
                    .contains("SameSite=Strict").contains("Path=/").doesNotContain("Domain"));
        }
    }

    @Test
    void aSessionEndsAfterItsAbsoluteTimeoutHoweverBusy() {
        WebClient c = loggedIn("op");
        for (int i = 0; i < 5; i++) {
            portal.clock.advance(Duration.ofMinutes(90));
            assertThat(c.get("/countries").status()).as("after %d minutes", (i + 1) * 90).isEqualTo(200);
        }
        portal.clock.advance(Duration.ofMinutes(40)); // 490 minutes since the login: past the default 480
        assertThat(c.get("/countries").status()).isEqualTo(303);
        assertThat(c.get("/login").text()).contains("Your session has ended. Log in again to continue.");
        assertThat(portal.audit()).filteredOn(e -> e.action().equals("session.end")).last()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("expired"));
    }

    @Test
    void aNewPasswordEndsTheAccountsOtherSessions() {
        portal.add("changer", Role.READER, null, PASSWORD);
        WebClient here = loggedIn("changer");
        WebClient elsewhere = loggedIn("changer");
        here.get("/account");
        WebClient.Page wrong = here.post("/account/password", "current", "not it", "password", "the new long password",
                "confirm", "the new long password");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("The current password is not right.");
        WebClient.Page tooShort = here.post("/account/password", "current", PASSWORD, "password", "short",
                "confirm", "short");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.text()).contains("must have at least 12 characters");
        WebClient.Page changed = here.post("/account/password", "current", PASSWORD, "password",
                "the new long password", "confirm", "the new long password");
        assertThat(changed.status()).isEqualTo(303);
        assertThat(changed.header("Location")).contains("/account?changed");
        assertThat(here.get("/account?changed").text()).contains("Your password has been changed.");
        assertThat(elsewhere.get("/reports").status()).as("the other session ended").isEqualTo(303);
        assertThat(elsewhere.get("/login").text()).contains("Your password was changed in another session.");
        assertThat(client().login("changer", "the new long password").status()).isEqualTo(303);
        assertThat(client().login("changer", PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void aScriptInADisplayNameIsShownAsText() {
        WebClient c = loggedIn("mallory");
        for (String lang : List.of("en", "fr", "de")) {
            c.post("/language", "lang", lang, "back", "/account");
            WebClient.Page page = c.get("/account");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).as(lang).doesNotContain("<script>").doesNotContain("<b>bold</b>")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
            assertThat(page.html().select("script")).isEmpty();
            assertThat(page.text()).contains("<script>alert('x')</script> & <b>bold</b>");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        WebClient c = loggedIn("op");
        List<WebClient.Page> answers = List.of(c.get("/login"), c.get("/countries"), c.get("/static/portal.css"),
                c.get("/no/such/page"), c.get("/logout"), c.get("/countries/XX"), c.get("/reports/report-2022-en.pdf"),
                client().get("/account"), client().get("/api/v1/me"), loggedIn("rd").get("/countries"),
                c.postRaw("/login", "x=" + "y".repeat(100_000)),
                c.get("/countries", "X-Big", "z".repeat(20_000)));
        assertThat(answers).extracting(WebClient.Page::status)
                .containsExactly(303, 200, 200, 404, 405, 404, 200, 303, 401, 403, 413, 431);
        for (WebClient.Page a : answers) {
            assertThat(a.header("Content-Security-Policy")).as("status " + a.status())
                    .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(a.header("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-inline")
                    .contains("frame-ancestors 'none'");
            assertThat(a.header("X-Frame-Options")).as("status " + a.status()).contains("DENY");
            assertThat(a.header("X-Content-Type-Options")).as("status " + a.status()).contains("nosniff");
            assertThat(a.header("Referrer-Policy")).as("status " + a.status()).contains("no-referrer");
            assertThat(a.header("Server")).as("no server banner").isEmpty();
        }
        assertThat(answers.get(1).header("Cache-Control")).contains("no-store");
        assertThat(answers.get(6).header("Cache-Control")).contains("no-store");
        assertThat(answers.get(1).header("Content-Type")).hasValueSatisfying(t -> assertThat(t.replace(" ", ""))
                .isEqualToIgnoringCase("text/html;charset=utf-8"));
        assertThat(answers.get(4).header("Allow")).hasValueSatisfying(a -> assertThat(a).contains("POST"));
    }

    @Test
    void noErrorShowsAStackTrace(@TempDir Path own) throws Exception {
        // A report folder whose manifest is broken: the portal's own fault, a 500 with an incident number.
        Path reports = Files.createDirectories(own.resolve("out"));
        Files.writeString(reports.resolve("manifest.json"), "{ not json");
        try (TestPortal p = TestPortal.start(own.resolve("portal"), reports, Map.of())) {
            p.add("rd", Role.READER, null, PASSWORD);
            WebClient c = new WebClient(p.url("/"));
            c.login("rd", PASSWORD);
            WebClient.Page broken = c.get("/reports");
            assertThat(broken.status()).isEqualTo(500);
            assertThat(broken.text()).containsPattern("give the operator this incident number: [0-9a-f]{8}\\.");
            WebClient.Page api = new WebClient(p.url("/")).get("/api/v1/countries/ZZ/submissions",
                    "Authorization", "Bearer cst_000000000000_" + "A".repeat(43));
            List<WebClient.Page> errors = List.of(broken, api, c.get("/no/such"), c.get("/logout"),
                    c.postRaw("/language", "lang=xx"), c.get("/countries/%C0%AF"), c.get("/reports/..%2F..%2Fetc%2Fpasswd"),
                    c.postRaw("/login", "x=" + "y".repeat(100_000)), c.get("/reports", "X-Big", "z".repeat(20_000)));
            assertThat(errors).extracting(WebClient.Page::status).containsExactly(500, 401, 404, 405, 403, 400, 500,
                    413, 431);
            for (WebClient.Page e : errors) {
                assertThat(e.status()).isGreaterThanOrEqualTo(400);
                assertThat(e.body()).as("status " + e.status()).doesNotContain("Exception").doesNotContain("\tat ")
                        .doesNotContain("at eu.cyberstat").doesNotContain("at io.javalin").doesNotContain("jetty")
                        .doesNotContain("Javalin").doesNotContainIgnoringCase("stack");
            }
        }
    }

    @Test
    void theAuditLogIsAppendedToAndReadableByItsOwnerOnly() throws Exception {
        Path log = portal.settings.portalDir().resolve("audit.jsonl");
        String before = Files.readString(log);
        loggedIn("rd").post("/logout");
        String after = Files.readString(log);
        assertThat(after).startsWith(before);
        assertThat(after.substring(before.length()).lines()).hasSize(2).allSatisfy(l -> assertThat(l)
                .startsWith("{\"time\":\"").endsWith("}"));
        assertThat(after.substring(before.length())).contains("\"action\":\"login\"", "\"action\":\"logout\"");
        assertThat(Files.getPosixFilePermissions(log)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(portal.settings.portalDir().resolve("accounts.json")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(portal.settings.portalDir().resolve("accounts.json"))).doesNotContain(PASSWORD)
                .contains("$argon2id$");
    }

    /** Runs the command line with {@code stdin} as standard input; returns what it printed. */
    static String cli(String stdin, String... args) {
        InputStream in = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int status = Cyberstat.run(new PrintWriter(out), new PrintWriter(err), args);
            assertThat(status).as(out + "\n" + err).isZero();
        } finally {
            System.setIn(in);
        }
        return out.toString();
    }

    static String tokenIn(String output) {
        Matcher m = Pattern.compile("cst_\\S+").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group();
    }
}
