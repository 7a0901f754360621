package eu.cyberstat.problem;

/**
 * Who reads a validation message, which decides whose move its advice names. Whoever validates
 * a file (at the terminal or on the upload page) chooses the format, the mapping profile and the
 * settings, and is told how to change them. A Member State's national contact reads the issues
 * on the feedback sheet: mapping profiles and settings are the reporting centre's, so the
 * advice asks the contact for what only the contact can do (a corrected file, a note, the
 * meaning of a national code) and says what the reporting centre will do.
 */
public enum Audience {
    /** Whoever runs the validation: the message as {@code cyberstat validate} prints it. */
    UPLOADER,
    /** The Member State's statistical contact, on the feedback sheet. */
    NATIONAL_CONTACT
}
