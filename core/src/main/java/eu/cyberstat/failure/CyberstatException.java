package eu.cyberstat.failure;

/**
 * A failure cyberstat explains to whoever asked: its message is a sentence for a person (it
 * names the file, line or field and says what to do), never a stack trace. The subclass says
 * what kind of failure it is, which is all a door needs to answer: the command line chooses its
 * exit status from it, a web service its HTTP status.
 *
 * <table>
 *   <caption>What each kind means to a door</caption>
 *   <tr><th>failure</th><th>HTTP</th><th>exit status</th></tr>
 *   <tr><td>{@link BadInputException}</td><td>400</td><td>2</td></tr>
 *   <tr><td>{@link ForbiddenException}</td><td>403</td><td>1</td></tr>
 *   <tr><td>{@link NotFoundException}</td><td>404</td><td>1</td></tr>
 *   <tr><td>{@link ConflictException}</td><td>409</td><td>1</td></tr>
 *   <tr><td>{@link StorageException}</td><td>500</td><td>2</td></tr>
 * </table>
 */
public abstract sealed class CyberstatException extends RuntimeException
        permits BadInputException, ForbiddenException, NotFoundException, ConflictException, StorageException {

    protected CyberstatException(String message) {
        super(message);
    }

    protected CyberstatException(String message, Throwable cause) {
        super(message, cause);
    }
}
