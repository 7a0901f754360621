package eu.cyberstat.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.account.Passwords;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditLog;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cyberstat accounts}: passwords from standard input (no terminal here), never from an argument. */
class AccountsCommandTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        InputStream in = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
            String[] all = new String[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--portal-dir";
            all[args.length + 1] = dir.toString();
            int status = Cyberstat.run(new PrintWriter(out), new PrintWriter(err), all);
            return new Run(status, out.toString(), err.toString());
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void addsAnUploaderWithThePasswordFromStandardInput() throws Exception {
        Run added = run("a long password here\n", "accounts", "add", "de-contact", "--role", "uploader", "--country", "de",
                "--display-name", "Bundeskriminalamt, Referat 1");
        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("Account de-contact added: uploader for DE.\n");
        AccountStore store = new AccountStore(dir);
        assertThat(store.get("de-contact")).satisfies(a -> {
            assertThat(a.role()).isEqualTo(Role.UPLOADER);
            assertThat(a.country()).isEqualTo("DE");
            assertThat(a.displayName()).isEqualTo("Bundeskriminalamt, Referat 1");
            assertThat(new Passwords(12).matches("a long password here".toCharArray(), a.passwordHash())).isTrue();
        });
        assertThat(Files.readString(store.file())).doesNotContain("a long password here");
        assertThat(new AuditLog(dir, Clock.systemUTC()).events()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("account.add");
            assertThat(e.actor()).startsWith("cli:");
            assertThat(e.detail()).isEqualTo("uploader for DE");
        });
    }

    @Test
    void refusesWhatWouldMakeABadAccount() {
        assertThat(run("a long password here\n", "accounts", "add", "x", "--role", "reader").err())
                .contains("'x' cannot be an account name");
        assertThat(run("a long password here\n", "accounts", "add", "up", "--role", "uploader").err())
                .contains("An uploader needs its country: add --country CC.");
        assertThat(run("a long password here\n", "accounts", "add", "rd", "--role", "reader", "--country", "FR").err())
                .contains("Only an uploader has a country");
        Run typo = run("a long password here\n", "accounts", "add", "up", "--role", "uploader", "--country", "GR");
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err()).contains("EL");
        Run shortPassword = run("short\n", "accounts", "add", "rd", "--role", "reader");
        assertThat(shortPassword.status()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("The password must have at least 12 characters. Nothing was changed.");
        Run noPassword = run("", "accounts", "add", "rd", "--role", "reader");
        assertThat(noPassword.status()).isEqualTo(2);
        assertThat(noPassword.err()).contains("No password on standard input");
        assertThat(run("a long password here\n", "accounts", "add", "rd", "--role", "reader").status()).isZero();
        Run twice = run("a long password here\n", "accounts", "add", "rd", "--role", "reader");
        assertThat(twice.status()).as("a name taken is a conflict: exit 1").isEqualTo(1);
        assertThat(twice.err()).contains("An account named 'rd' exists already");
        assertThat(new AccountStore(dir).accounts()).hasSize(1);
    }

    @Test
    void noCommandTakesAPasswordAsAnArgument() {
        CommandLine cli = Cyberstat.commandLine();
        CommandLine accounts = cli.getSubcommands().get("accounts");
        for (CommandLine sub : accounts.getSubcommands().values()) {
            assertThat(sub.getCommandSpec().options()).as(sub.getCommandName())
                    .noneSatisfy(o -> assertThat(o.longestName()).containsIgnoringCase("password"));
        }
    }

    @Test
    void disablesEnablesResetsAndLists() {
        run("a long password here\n", "accounts", "add", "op", "--role", "operator");
        assertThat(run(null, "accounts", "disable", "op").out()).isEqualTo("Account op disabled.\n");
        assertThat(new AccountStore(dir).get("op").enabled()).isFalse();
        assertThat(run(null, "accounts", "list").out()).contains("op                       operator  -       disabled");
        assertThat(run(null, "accounts", "enable", "op").out()).isEqualTo("Account op enabled.\n");
        String before = new AccountStore(dir).get("op").passwordHash();
        assertThat(run("another long password\n", "accounts", "reset", "op").out())
                .isEqualTo("New password set for op; its open sessions end.\n");
        assertThat(new AccountStore(dir).get("op").passwordHash()).isNotEqualTo(before);
        Run missing = run("another long password\n", "accounts", "reset", "nobody");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no account named 'nobody'");
        assertThat(new AuditLog(dir, Clock.systemUTC()).events()).extracting(e -> e.action())
                .containsExactly("account.add", "account.disable", "account.enable", "account.reset");
    }

    @Test
    void aTokenIsPrintedOnceAndRevokedByItsId() throws Exception {
        run("a long password here\n", "accounts", "add", "fr-push", "--role", "uploader", "--country", "FR");
        Run made = run(null, "accounts", "token", "add", "fr-push", "--label", "nightly SDMX push");
        assertThat(made.status()).as(made.err()).isZero();
        String token = made.out().lines().filter(l -> l.startsWith("cst_")).findFirst().orElseThrow();
        String id = token.substring(4, 16);
        assertThat(made.out()).startsWith("Token " + id + " for fr-push:\n").contains("shown only this once");
        assertThat(Files.readString(new AccountStore(dir).file())).doesNotContain(token.substring(17))
                .contains(id);
        assertThat(run(null, "accounts", "list").out()).contains("token " + id + "  nightly SDMX push")
                .doesNotContain(token);
        assertThat(run(null, "accounts", "token", "revoke", id).out()).isEqualTo("Token " + id + " of fr-push revoked.\n");
        assertThat(run(null, "accounts", "token", "revoke", id).out()).contains("was revoked already");
        assertThat(new AccountStore(dir).findToken(token)).isEmpty();
        assertThat(run(null, "accounts", "token", "revoke", "0123456789ab").status()).isEqualTo(1);
    }
}
