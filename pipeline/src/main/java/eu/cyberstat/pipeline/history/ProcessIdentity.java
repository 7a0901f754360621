package eu.cyberstat.pipeline.history;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * Which process runs a run: {@code host/pid/start}, the start instant telling a process apart
 * from a later one that got the same pid (a container restarted). A run whose owner on this host
 * is gone was interrupted by the end of its process.
 */
public final class ProcessIdentity {

    private ProcessIdentity() {
    }

    /** This process. */
    public static String current() {
        ProcessHandle self = ProcessHandle.current();
        return host() + "/" + self.pid() + "/" + self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /**
     * Whether the process {@code owner} names still runs. A process of another host is taken as
     * alive: this host cannot tell (a shared history folder is not supported, see docs/scheduling.md).
     */
    public static boolean isAlive(String owner) {
        if (owner == null) {
            return false;
        }
        String[] parts = owner.split("/");
        if (parts.length != 3 || !parts[0].equals(host())) {
            return parts.length == 3;
        }
        long pid;
        long start;
        try {
            pid = Long.parseLong(parts[1]);
            start = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive()
                && process.get().info().startInstant().map(Instant::toEpochMilli).orElse(0L) == start;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
