package eu.cyberstat.pipeline.run;

import eu.cyberstat.failure.BadInputException;
import eu.cyberstat.failure.StorageException;
import eu.cyberstat.warehousing.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder of a run, published whole: every file is written into a hidden folder
 * beside it ({@code .out.partial-<uuid>}, see {@link AtomicFiles#stageFolderBeside}) and the
 * complete folder, manifest last, takes the folder's name in one rename. A run killed midway
 * leaves the folder as it was (or, killed during the replacing rename, no folder), never some
 * outputs without a manifest. A folder is replaced only when it holds a finished run (its
 * {@code manifest.json}) or nothing: a run never deletes files that are not a run's.
 */
public final class RunFolder {

    private final Path target;
    private final Path staged;

    private RunFolder(Path target, Path staged) {
        this.target = target;
        this.staged = staged;
    }

    /**
     * Checks that a run may write its outputs to {@code out}: absent, empty, or a finished run.
     *
     * @throws BadInputException naming what is there otherwise
     */
    public static void requireReplaceable(Path out) {
        Path shown = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(out)) {
            throw new BadInputException(shown + " is a symbolic link: name the output folder itself with --out.");
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(shown + " is a file, not a folder: name an output folder with --out.");
        }
        if (Files.isRegularFile(out.resolve(AnnualRun.MANIFEST_FILE), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            List<String> some = entries.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
            if (!some.isEmpty()) {
                throw new BadInputException(shown + " holds files that are not a finished cyberstat run ("
                        + String.join(", ", some.subList(0, Math.min(3, some.size()))) + (some.size() > 3 ? ", ..." : "")
                        + ", and no " + AnnualRun.MANIFEST_FILE + "): a run replaces its output folder whole, so name "
                        + "a new or empty folder with --out, or move these files away.");
            }
        } catch (IOException e) {
            throw new StorageException("Cannot read the output folder " + shown + ": " + e.getMessage(), e);
        }
    }

    /** A folder for the run's outputs beside {@code out}, after checking that {@code out} may be replaced. */
    static RunFolder stage(Path out) {
        requireReplaceable(out);
        return new RunFolder(out, AtomicFiles.stageFolderBeside(out));
    }

    /** Where the run writes its outputs until {@link #publish()}. */
    Path staged() {
        return staged;
    }

    /** Makes the staged outputs the content of the output folder, in one rename. */
    void publish() {
        requireReplaceable(target);
        AtomicFiles.publishFolder(staged, target);
    }

    /** Removes the staged outputs of a run that failed (a killed run leaves them to {@code warehouse clean}). */
    void abandon() {
        if (Files.exists(staged)) {
            AtomicFiles.deleteTree(staged);
        }
    }
}
