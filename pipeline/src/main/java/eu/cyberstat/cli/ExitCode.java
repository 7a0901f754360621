package eu.cyberstat.cli;

/** Exit statuses of every cyberstat command. */
public final class ExitCode {

    /** Done; for validate and submit: accepted (warnings allowed). */
    public static final int OK = 0;
    /**
     * The input was rejected (validation errors), a submission would withdraw figures without
     * {@code --replace}, or there is nothing to work on (no warehouse where one is read, no
     * figures for the year asked).
     */
    public static final int REJECTED = 1;
    /** Usage error, or an input or output that could not be read or written. */
    public static final int USAGE_OR_IO = 2;

    private ExitCode() {
    }
}
