package eu.cyberstat.web.security;

/**
 * Where the portal may send a browser after a login or a language change: a path of the portal
 * itself, never another site (an open redirect would lend the portal's name to a phishing link).
 */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    /** {@code target} when it is a path of this site other than the login page, else {@code /}. */
    public static String to(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")
                || target.length() > 2000 || target.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')
                || target.equals("/login") || target.startsWith("/login?")) {
            return "/";
        }
        return target;
    }
}
