package eu.cyberstat.web.cli;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.ConflictException;
import eu.cyberstat.cli.CountryOption;
import eu.cyberstat.cli.ExitCode;
import eu.cyberstat.failure.NotFoundException;
import eu.cyberstat.web.PortalSettings;
import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.account.AccountStore;
import eu.cyberstat.web.account.ApiTokens;
import eu.cyberstat.web.account.Passwords;
import eu.cyberstat.web.account.Role;
import eu.cyberstat.web.audit.AuditEvent;
import eu.cyberstat.web.audit.AuditLog;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cyberstat accounts}: the portal's accounts and API tokens, managed on the machine that
 * runs the portal. Passwords are read from the terminal or standard input, never from an
 * argument; a token is shown once, when it is made. Every change is written to the audit log as
 * done by {@code cli:<operating-system user>}.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Manages the accounts of the portal (cyberstat serve): add, disable, enable, reset a password, "
                + "list; and API tokens for machine clients (accounts token add|revoke).",
        subcommands = {AccountsCommand.Add.class, AccountsCommand.Disable.class, AccountsCommand.Enable.class,
            AccountsCommand.Reset.class, AccountsCommand.ListAccounts.class, AccountsCommand.Token.class})
public final class AccountsCommand implements Runnable {

    /** Login names: short, lower-case, safe in a URL, a log and a terminal. */
    static final String NAME_PATTERN = "[a-z0-9][a-z0-9._@-]{1,63}";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every accounts command works with. */
    private record Context(PortalSettings settings, AccountStore store, AuditLog audit, Passwords passwords,
                           Clock clock) {

        static Context of(PortalOptions options) {
            PortalSettings settings = options.settings();
            Clock clock = Clock.systemUTC();
            return new Context(settings, new AccountStore(settings.portalDir()),
                    new AuditLog(settings.portalDir(), clock), new Passwords(settings.minPasswordLength()), clock);
        }

        void audit(String action, String target, String detail) {
            audit.recordCommand(action, target, detail);
        }

        String hashNewPassword(String accountName) {
            char[] password = PasswordPrompt.read("Password for " + accountName);
            passwords.weakness(password, accountName).ifPresent(w -> {
                throw new BadInputException(passwords.describe(w) + " Nothing was changed.");
            });
            return passwords.hash(password);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds an account. Its password is asked at the terminal (twice), or read as one line from "
                    + "standard input.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "Login name: lower-case letters, digits and . _ @ -")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "uploader (one country's submissions), operator (every country, the runs) or reader "
                        + "(the published reports).")
        Role role;

        @Option(names = "--country", paramLabel = "CC", converter = CountryOption.class,
                description = "The Member State of an uploader (Eurostat code: DE, FR, EL ...). Only for uploaders.")
        String country;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "How the pages greet the account "
                + "(default: its name).")
        String displayName;

        @Mixin
        PortalOptions options;

        @Override
        public Integer call() {
            if (!name.matches(NAME_PATTERN)) {
                throw new BadInputException("'" + name + "' cannot be an account name: use 2 to 64 lower-case letters, "
                        + "digits and . _ @ - (starting with a letter or digit).");
            }
            if (role == Role.UPLOADER && country == null) {
                throw new BadInputException("An uploader needs its country: add --country CC.");
            }
            if (role != Role.UPLOADER && country != null) {
                throw new BadInputException("Only an uploader has a country: leave out --country for a " + role.code()
                        + ".");
            }
            String shown = displayName == null ? name : displayName.strip();
            if (shown.isEmpty() || shown.length() > 100 || shown.chars().anyMatch(Character::isISOControl)) {
                throw new BadInputException("The display name must be 1 to 100 characters, without control characters.");
            }
            Context c = Context.of(options);
            if (c.store().find(name).isPresent()) {
                throw new ConflictException("An account named '" + name + "' exists already: choose another name, or "
                        + "change that one with cyberstat accounts reset or disable.");
            }
            String hash = c.hashNewPassword(name);
            c.store().add(new Account(name, shown, role, country, hash, true, c.clock().instant(), c.clock().instant(),
                    List.of()));
            c.audit(AuditEvent.ACCOUNT_ADD, name, role.code() + (country == null ? "" : " for " + country));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Account %s added: %s%s.%n", name, role.code(), country == null ? "" : " for " + country);
            out.flush();
            return ExitCode.OK;
        }
    }

    /** A command about one existing account: says what it did in one line. */
    abstract static class OnOneAccount implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The account's name.")
        String name;

        @Mixin
        PortalOptions options;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println(change(Context.of(options)));
            out.flush();
            return ExitCode.OK;
        }

        /** Makes the change (audited) and returns the sentence that says it. */
        abstract String change(Context c);
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disables an account: it can no longer log in, and its sessions and tokens stop working at "
                    + "their next request.")
    static final class Disable extends OnOneAccount {
        @Override
        String change(Context c) {
            c.store().update(name, a -> a.withEnabled(false));
            c.audit(AuditEvent.ACCOUNT_DISABLE, name, null);
            return "Account " + name + " disabled.";
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled account again.")
    static final class Enable extends OnOneAccount {
        @Override
        String change(Context c) {
            c.store().update(name, a -> a.withEnabled(true));
            c.audit(AuditEvent.ACCOUNT_ENABLE, name, null);
            return "Account " + name + " enabled.";
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Gives an account a new password, asked at the terminal (twice) or read as one line from "
                    + "standard input; the account's open sessions end.")
    static final class Reset extends OnOneAccount {
        @Override
        String change(Context c) {
            c.store().get(name);
            String hash = c.hashNewPassword(name);
            c.store().update(name, a -> a.withPassword(hash, c.clock().instant()));
            c.audit(AuditEvent.ACCOUNT_RESET, name, "new password; open sessions end");
            return "New password set for " + name + "; its open sessions end.";
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts and their tokens.")
    static final class ListAccounts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PortalOptions options;

        @Override
        public Integer call() {
            Context c = Context.of(options);
            PrintWriter out = spec.commandLine().getOut();
            List<Account> accounts = c.store().accounts();
            if (accounts.isEmpty()) {
                out.printf("No accounts in %s yet: add one with cyberstat accounts add NAME --role ROLE.%n",
                        c.store().file());
            } else {
                out.printf("%-24s %-9s %-7s %-9s %s%n", "account", "role", "country", "status", "name");
                for (Account a : accounts) {
                    out.printf("%-24s %-9s %-7s %-9s %s%n", a.name(), a.role().code(),
                            a.country() == null ? "-" : a.country(), a.enabled() ? "enabled" : "disabled",
                            a.displayName());
                    a.tokens().forEach(t -> out.printf("    token %s  %-24s created %s%s%n", t.id(), t.label(),
                            t.createdAt(), t.isRevoked() ? ", revoked " + t.revokedAt() : ""));
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "API tokens for machine clients: a token acts as its account through the portal's API.",
            subcommands = {Token.AddToken.class, Token.Revoke.class})
    static final class Token implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }

        @Command(name = "add", mixinStandardHelpOptions = true,
                description = "Makes a token for an account and prints it once: only its hash is kept.")
        static final class AddToken extends OnOneAccount {
            @Option(names = "--label", paramLabel = "TEXT", defaultValue = "api",
                    description = "What the token is for (default: ${DEFAULT-VALUE}).")
            String label;

            @Override
            String change(Context c) {
                if (label.isBlank() || label.length() > 60 || label.chars().anyMatch(Character::isISOControl)) {
                    throw new BadInputException("The label must be 1 to 60 characters, without control characters.");
                }
                c.store().get(name);
                ApiTokens.Issued issued = ApiTokens.issue(label.strip(), c.clock().instant());
                c.store().update(name, a -> a.withToken(issued.token()));
                c.audit(AuditEvent.TOKEN_ADD, name, "token " + issued.token().id() + " (" + issued.token().label() + ")");
                return "Token " + issued.token().id() + " for " + name + ":\n" + issued.presented() + "\n"
                        + "Keep it now, somewhere safe: it is shown only this once. Clients send it as the header "
                        + "'Authorization: Bearer <token>'.";
            }
        }

        @Command(name = "revoke", mixinStandardHelpOptions = true,
                description = "Revokes a token: the API refuses it from its next request on.")
        static final class Revoke implements Callable<Integer> {
            @Spec
            CommandSpec spec;

            @Parameters(paramLabel = "TOKEN-ID", description = "The token's id (accounts list shows them).")
            String tokenId;

            @Mixin
            PortalOptions options;

            @Override
            public Integer call() {
                Context c = Context.of(options);
                Account holder = c.store().holderOf(tokenId).orElseThrow(() -> new NotFoundException("There is no "
                        + "token " + tokenId + " (cyberstat accounts list shows the tokens of every account)."));
                var revokedAt = holder.tokens().stream().filter(t -> t.id().equals(tokenId)).findFirst().orElseThrow()
                        .revokedAt();
                if (revokedAt != null) {
                    spec.commandLine().getOut().printf("Token %s of %s was revoked already, on %s.%n", tokenId,
                            holder.name(), revokedAt);
                    spec.commandLine().getOut().flush();
                    return ExitCode.OK;
                }
                c.store().update(holder.name(), a -> a.withTokenRevoked(tokenId, c.clock().instant()));
                c.audit(AuditEvent.TOKEN_REVOKE, holder.name(), "token " + tokenId);
                spec.commandLine().getOut().printf("Token %s of %s revoked.%n", tokenId, holder.name());
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }
}
