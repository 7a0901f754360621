package eu.cyberstat.ingest.fuzz;

/** How a reader took an input: read (accepted, for alert exports: read to the end) or rejected with a message. */
enum Verdict {
    ACCEPTED, REJECTED
}
