package eu.cyberstat.pipeline.run;

import eu.cyberstat.pipeline.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wall-clock time of each stage of a run, in the order they ran; each stage is announced to the run's progress. */
final class StageTimings {

    private static final Logger LOG = LoggerFactory.getLogger(StageTimings.class);

    private final List<RunManifest.StageTiming> timings = new ArrayList<>();
    private final Progress progress;

    StageTimings(Progress progress) {
        this.progress = progress;
    }

    <T> T time(String stage, Supplier<T> work) {
        progress.stage(stage, 0, null);
        long start = System.nanoTime();
        T result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        timings.add(new RunManifest.StageTiming(stage, millis));
        LOG.info("{}: {} ms", stage, millis);
        return result;
    }

    void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    List<RunManifest.StageTiming> all() {
        return List.copyOf(timings);
    }
}
