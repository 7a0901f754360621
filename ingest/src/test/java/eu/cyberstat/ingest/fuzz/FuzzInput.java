package eu.cyberstat.ingest.fuzz;

import java.util.List;

/**
 * One generated input: where it started (a shipped sample or the grammar with its seed), the
 * changes made to it, and the resulting bytes. Printed short, so that a failure report says how
 * to make the input again rather than dumping it.
 */
record FuzzInput(String origin, List<Mutation> mutations, byte[] bytes) {

    @Override
    public String toString() {
        return origin + " " + mutations + " (" + bytes.length + " bytes)";
    }
}
