package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.cyberstat.failure.StorageException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write is a sentence naming the folder and what to do, whatever wrapped the system's words. */
class StorageFailuresTest {

    @TempDir
    Path dir;

    /** As Spark reports a task that hit a full disk: the system's words three layers down. */
    private static RuntimeException wrappedAsSpark(IOException io) {
        return new RuntimeException("Job aborted due to stage failure: Task 0 in stage 3.0 failed 1 times",
                new IllegalStateException("Task failed while writing rows to file:/wh/_staging/x", io));
    }

    @Test
    void aFullDiskSaysSoNamesTheFolderAndWhatToDo() {
        Path where = dir.resolve("wh/_staging");
        StorageException e = StorageFailures.of("write", where,
                wrappedAsSpark(new FileSystemException("/wh/_staging/x/part-0.parquet", null, "No space left on device")));
        assertThat(e.getMessage()).isEqualTo("No space left on the device of " + where + " (cannot write it: No space "
                + "left on device): free space there, or move the folder to a larger disk, then run the command again. "
                + "Nothing was committed; what was written in part is a leftover (cyberstat warehouse check lists it).");
        assertThat(StorageFailures.of("write", where, new IOException("Disk quota exceeded")).getMessage())
                .startsWith("No space left on the device of " + where);
    }

    @Test
    void aReadOnlyWarehouseAndAMissingPermissionAreToldApart() {
        Path where = dir.resolve("wh/tables/alerts/_log");
        assertThat(StorageFailures.of("commit to", where,
                new FileSystemException(where + "/.x.tmp", null, "Read-only file system")).getMessage())
                .isEqualTo(where + " is on a read-only file system (cannot commit to it): remount the disk read-write, "
                        + "or name a writable folder (--warehouse, --out), then run the command again.");
        assertThat(StorageFailures.of("commit to", where, new AccessDeniedException(where + "/.x.tmp")).getMessage())
                .startsWith("cyberstat may not write in " + where + " (cannot commit to it: permission denied): give "
                        + "this account write permission");
    }

    @Test
    void aRenameAcrossDevicesIsRefusedSayingWhyAndWhatToDo() throws IOException {
        Path other = Path.of("/dev/shm");
        assumeTrue(Files.isWritable(other) && !Files.getFileStore(other).equals(Files.getFileStore(dir)),
                "skipped: no writable /dev/shm on another device than the test folder");
        Path staged = Files.createTempDirectory(other, "cyberstat-staged");
        try {
            Files.writeString(staged.resolve("metrics-2022.csv"), "x");
            Path target = dir.resolve("out");
            assertThatThrownBy(() -> AtomicFiles.moveIntoPlace(staged, target))
                    .isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("Cannot put in place " + target + " in one atomic rename: what was written "
                            + "aside is on another device (")
                    .hasMessageContaining("cyberstat never copies instead");
            assertThat(target).doesNotExist();
        } finally {
            AtomicFiles.deleteTree(staged);
        }
    }

    @Test
    void anUnknownFailureStillNamesTheFolderAndTheSystemsWords() {
        Path where = dir.resolve("wh");
        assertThat(StorageFailures.of("write", where, wrappedAsSpark(new IOException("Input/output error"))).getMessage())
                .isEqualTo("Cannot write " + where + ": Input/output error");
    }
}
