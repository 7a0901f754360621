package eu.cyberstat.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API tokens as presented by a client: {@code cst_<id>_<secret>}, a public id of 12 hex digits
 * (to find the token without comparing against every hash) and a secret of 256 random bits. Only
 * the secret's SHA-256 is kept.
 */
public final class ApiTokens {

    private static final Pattern FORMAT = Pattern.compile("cst_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just made: what is kept, and the one time its full text is known. */
    public record Issued(ApiToken token, String presented) {
    }

    /** A presented token split into its parts. */
    public record Presented(String id, String secret) {
    }

    private ApiTokens() {
    }

    public static Issued issue(String label, Instant now) {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String idText = HexFormat.of().formatHex(id);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new ApiToken(idText, label, sha256(secretText), now, null),
                "cst_" + idText + "_" + secretText);
    }

    public static Optional<Presented> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        return m.matches() ? Optional.of(new Presented(m.group(1), m.group(2))) : Optional.empty();
    }

    /** Whether {@code secret} is the one {@code token} was issued with, compared in constant time. */
    public static boolean matches(ApiToken token, String secret) {
        return MessageDigest.isEqual(token.secretSha256().getBytes(StandardCharsets.US_ASCII),
                sha256(secret).getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
