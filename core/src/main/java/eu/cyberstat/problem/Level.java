package eu.cyberstat.problem;

/** How serious an issue is: an error rejects the file, a warning is accepted with a note. */
public enum Level {
    ERROR, WARNING
}
