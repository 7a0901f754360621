package eu.cyberstat.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** The system's words are found however deep a library buried them. */
class StorageProblemTest {

    /** As Spark reports a task that hit a full disk: a checked exception, then Hadoop's FSError (an Error). */
    private static Exception asSparkReportsIt(IOException io) {
        return new Exception("[TASK_WRITE_FAILED] Task failed while writing rows to file:/wh/_staging/x",
                new Error("org.apache.hadoop.fs.FSError: " + io, io));
    }

    @Test
    void aFullDiskIsFoundUnderSparkAndHadoop() {
        assertThat(StorageProblem.in(asSparkReportsIt(new IOException("No space left on device"))))
                .contains(StorageProblem.FULL);
        assertThat(StorageProblem.in(new UncheckedIOException(new IOException("Disk quota exceeded"))))
                .contains(StorageProblem.FULL);
    }

    @Test
    void aReadOnlyDiskIsFoundInAFileSystemException() {
        assertThat(StorageProblem.in(new UncheckedIOException(
                new FileSystemException("/portal/uploads/U1/content", null, "Read-only file system"))))
                .contains(StorageProblem.READ_ONLY);
    }

    @Test
    void otherFailuresAndWordsOutsideAnIoFailureAreNotStorageProblems() {
        assertThat(StorageProblem.in(asSparkReportsIt(new IOException("Input/output error")))).isEmpty();
        // A value that quotes the words is not the system saying them.
        assertThat(StorageProblem.in(new IllegalArgumentException("No space left on device"))).isEmpty();
        assertThat(StorageProblem.in(null)).isEmpty();
    }
}
