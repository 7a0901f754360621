package eu.cyberstat.ingest.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A reader of outside input under fuzzing: the samples its inputs start from, a grammar that
 * writes new ones, and how to read one file, checking what the reader promises: an input is
 * accepted, or rejected with a message that names the file and, where there is one, the line
 * and field. Anything else (another exception, a message that says nothing of where) throws.
 */
interface FuzzTarget {

    /** A short name for reports and the folder of regression inputs: "project-csv". */
    String name();

    /** The name the file is given when it is read (readers detect some formats by content, some by name). */
    String fileName();

    /** The shipped valid samples (and known bad ones) that mutations start from. */
    List<byte[]> seeds();

    /** A new input written from the format's grammar, valid or nearly so. */
    byte[] generate(Random random);

    /** Mutates an input; a format with structure inside (a workbook) mutates inside it. */
    default byte[] mutate(byte[] input, List<Mutation> mutations) {
        return Mutation.applyAll(input, mutations);
    }

    /** Reads the file as the product does and checks the outcome; throws AssertionError on a broken promise. */
    Verdict read(Path file) throws Exception;
}
