package eu.cyberstat.web.run;

import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.web.ServedDemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * What the tests of the operator's runs share: a copy of the demo's warehouse without its run
 * history (the served demo holds that one open), and the settings of a scheduler that runs what
 * is queued at once and fires nothing by itself.
 */
public final class RunFixture {

    private RunFixture() {
    }

    /** A copy of the served demo's warehouse in {@code dir/warehouse}, its {@code _history} left behind. */
    public static Path warehouseCopy(Path dir) {
        Path from = ServedDemo.get().warehouse;
        Path to = dir.resolve("warehouse");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path relative = from.relativize(f);
                if (relative.startsWith("_history")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Settings over that warehouse: the history in {@code dir/history}, the queue looked at every second, no job of its own. */
    public static Settings settings(Path warehouse, Path dir) {
        return Settings.defaults().with("warehouse.dir", warehouse).with("history.dir", dir.resolve("history"))
                .with("schedule.annual.cron", "off").with("schedule.deadline.cron", "off")
                .with("schedule.watch.seconds", 0).with("schedule.inbox.seconds", 0).with("schedule.queue.seconds", 1);
    }
}
