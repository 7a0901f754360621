package eu.cyberstat.web.account;

import eu.cyberstat.web.PortalFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The accounts of {@code cyberstat serve --demo}: an uploader for Germany, one for France, an
 * operator and a reader, each with a new random password at every start (never a fixed one),
 * written to {@code demo-passwords.txt} in the portal folder, readable by its owner only.
 */
public final class DemoAccounts {

    public static final String FILE = "demo-passwords.txt";

    /** One demo account. */
    public record Demo(String name, String displayName, Role role, String country) {
    }

    public static final List<Demo> ACCOUNTS = List.of(
            new Demo("de-uploader", "Demo uploader, Germany", Role.UPLOADER, "DE"),
            new Demo("fr-uploader", "Demo uploader, France", Role.UPLOADER, "FR"),
            new Demo("operator", "Demo operator", Role.OPERATOR, null),
            new Demo("reader", "Demo reader", Role.READER, null));

    /** No 0/O, 1/l/I: a password read off a file and typed by hand. 20 of 57 symbols: 116 bits. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoAccounts() {
    }

    /**
     * Creates the demo accounts, or gives those that exist a new password (and enables them), and
     * writes the passwords file.
     *
     * @return the passwords file
     */
    public static Path create(AccountStore store, Passwords passwords, Path portalDir, Clock clock) {
        List<String> lines = new ArrayList<>();
        lines.add("# Demo accounts of cyberstat serve --demo: new passwords at every start. Log in at the address");
        lines.add("# the command printed. This file is readable by you only; delete it when you are done.");
        lines.add("# account  password  role  country");
        for (Demo d : ACCOUNTS) {
            char[] password = password();
            String hash = passwords.hash(password);
            if (store.find(d.name()).isPresent()) {
                store.update(d.name(), a -> a.withPassword(hash, clock.instant()).withEnabled(true));
            } else {
                store.add(new Account(d.name(), d.displayName(), d.role(), d.country(), hash, true, clock.instant(),
                        clock.instant(), List.of()));
            }
            lines.add(d.name() + "  " + new String(password) + "  " + d.role().code()
                    + (d.country() == null ? "" : "  " + d.country()));
        }
        Path file = PortalFiles.folder(portalDir).resolve(FILE);
        try {
            Path tmp = Files.createTempFile(file.getParent(), "." + FILE, ".tmp"); // 0600 from the start
            PortalFiles.ownerOnly(tmp);
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static char[] password() {
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            out[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return out;
    }
}
