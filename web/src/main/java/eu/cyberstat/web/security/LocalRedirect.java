package eu.cyberstat.web.security;

/**
 * Where the portal may send a browser after a login or a language change: a path of the portal
 * itself, never another site (an open redirect would lend the portal's name to a phishing link).
 */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    /** {@code target} when it is a path of this site, else {@code /}. */
    public static String to(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.length() > 2000
                || target.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return "/";
        }
        return target;
    }

    /** Where a login leads: {@link #to} the page asked for, but never back to the login page. */
    public static String afterLogin(String target) {
        String local = to(target);
        return local.equals("/login") || local.startsWith("/login?") ? "/" : local;
    }
}
