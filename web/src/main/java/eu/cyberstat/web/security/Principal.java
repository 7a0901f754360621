package eu.cyberstat.web.security;

import eu.cyberstat.web.account.Account;

/**
 * Who a request comes from: an account, reached through a session (pages) or a token (API).
 *
 * @param tokenId the token's id for an API request; null for a page
 */
public record Principal(Account account, String tokenId) {

    public String name() {
        return account.name();
    }
}
