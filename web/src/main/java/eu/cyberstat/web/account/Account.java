package eu.cyberstat.web.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A person (or a machine, through its tokens) allowed into the portal, as kept in accounts.json.
 *
 * @param name              the login name: lower-case letters, digits and {@code . _ @ -}
 * @param displayName       how pages greet the account; free text, always shown escaped
 * @param country           the Member State of an uploader (Eurostat geo code); null for other roles
 * @param passwordHash      an Argon2id hash in PHC string form, never the password
 * @param passwordChangedAt sessions opened before it end (a new password logs out every other session)
 */
public record Account(String name, String displayName, Role role, String country, String passwordHash,
                      boolean enabled, Instant createdAt, Instant passwordChangedAt, List<ApiToken> tokens) {

    public Account {
        tokens = List.copyOf(tokens);
        if ((role == Role.UPLOADER) != (country != null)) {
            throw new IllegalArgumentException("An uploader has exactly one country; other roles have none");
        }
    }

    /** An uploader of {@code geo}; the one fact the access rule reads. */
    public boolean uploadsFor(String geo) {
        return role == Role.UPLOADER && country.equals(geo);
    }

    public Account withPassword(String hash, Instant when) {
        return new Account(name, displayName, role, country, hash, enabled, createdAt, when, tokens);
    }

    public Account withEnabled(boolean value) {
        return new Account(name, displayName, role, country, passwordHash, value, createdAt, passwordChangedAt, tokens);
    }

    public Account withToken(ApiToken token) {
        List<ApiToken> more = new ArrayList<>(tokens);
        more.add(token);
        return new Account(name, displayName, role, country, passwordHash, enabled, createdAt, passwordChangedAt, more);
    }

    public Account withTokenRevoked(String tokenId, Instant when) {
        List<ApiToken> changed = tokens.stream().map(t -> t.id().equals(tokenId) ? t.revoked(when) : t).toList();
        return new Account(name, displayName, role, country, passwordHash, enabled, createdAt, passwordChangedAt,
                changed);
    }
}
