package eu.cyberstat.web.account;

import java.nio.CharBuffer;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Password hashing (Argon2id, OWASP's first choice, with its minimum parameters: 19 MiB of memory,
 * two passes, one lane) and the password rule: long enough, not too long to hash, not the login
 * name. No composition rules: length is what makes a password strong (NIST SP 800-63B).
 */
public final class Passwords {

    /** Longer passwords are refused: hashing megabytes would be a cheap way to load the service. */
    public static final int MAX_LENGTH = 256;

    /** Why a password is refused. */
    public enum Weakness { TOO_SHORT, TOO_LONG, SAME_AS_NAME }

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final int minLength;
    // Checked against when the account does not exist, so that a wrong name costs the same time as a wrong password.
    private final String decoy;

    public Passwords(int minLength) {
        this.minLength = minLength;
        this.decoy = encoder.encode("decoy password that no account has");
    }

    public int minLength() {
        return minLength;
    }

    public String hash(char[] password) {
        return encoder.encode(CharBuffer.wrap(password));
    }

    /** Whether {@code password} is the one {@code hash} was made from; null hash: never, in the same time. */
    public boolean matches(char[] password, String hash) {
        boolean match = encoder.matches(CharBuffer.wrap(password), hash == null ? decoy : hash);
        return hash != null && match;
    }

    public Optional<Weakness> weakness(char[] password, String accountName) {
        if (password.length < minLength) {
            return Optional.of(Weakness.TOO_SHORT);
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of(Weakness.TOO_LONG);
        }
        if (new String(password).equalsIgnoreCase(accountName)) {
            return Optional.of(Weakness.SAME_AS_NAME);
        }
        return Optional.empty();
    }

    /** The rule broken, in English, for the command line. */
    public String describe(Weakness weakness) {
        return switch (weakness) {
            case TOO_SHORT -> "The password must have at least " + minLength + " characters.";
            case TOO_LONG -> "The password must have at most " + MAX_LENGTH + " characters.";
            case SAME_AS_NAME -> "The password must not be the account's name.";
        };
    }
}
