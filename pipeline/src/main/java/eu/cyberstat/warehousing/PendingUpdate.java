package eu.cyberstat.warehousing;

/**
 * A change to the warehouse, built first and made visible in one step, in the spirit of Apache
 * Iceberg's {@code PendingUpdate}: {@link #apply()} says what committing would do, computed
 * against the warehouse state the update was built on, and writes nothing; {@link #commit()}
 * makes the whole change visible at once (one commit-log entry per table) or not at all. What a
 * commit stages before its log entry and leaves behind after a crash is invisible to readers.
 *
 * @param <P> what the update would change, as {@link #apply()} reports it
 * @param <C> what was committed
 */
public interface PendingUpdate<P, C> {

    /** What committing would change; writes nothing. */
    P apply();

    /**
     * Makes the change visible in one atomic step.
     *
     * @throws CommitLog.Conflict when a commit since the state this update was built on forbids it
     *         (nothing of this update is visible then)
     * @throws eu.cyberstat.failure.StorageException when the warehouse cannot be written
     */
    C commit();
}
