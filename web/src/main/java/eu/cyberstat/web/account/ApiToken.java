package eu.cyberstat.web.account;

import java.time.Instant;

/**
 * A machine client's token, as kept in accounts.json: its public id and the SHA-256 of its
 * secret, never the secret itself (shown once when created). A token acts as its account.
 *
 * @param secretSha256 lower-case hex SHA-256 of the secret part; a secret of 256 random bits
 *                     needs no slow hash, unlike a password
 * @param revokedAt    null while the token is valid
 */
public record ApiToken(String id, String label, String secretSha256, Instant createdAt, Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public ApiToken revoked(Instant when) {
        return new ApiToken(id, label, secretSha256, createdAt, when);
    }
}
