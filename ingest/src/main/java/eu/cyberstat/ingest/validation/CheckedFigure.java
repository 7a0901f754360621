package eu.cyberstat.ingest.validation;

import eu.cyberstat.figure.Observation;

/**
 * A figure that passed the checks of its own row, with where it came from, for the checks
 * across rows (duplicates, consistency, plausibility) to point back at the file.
 */
record CheckedFigure(Observation observation, long line, String valueColumn, String source) {

    Observation.Key key() {
        return observation.key();
    }

    Long value() {
        return observation.value();
    }

    /** "DE 2021 CYB RECORDED", for messages. */
    String describeKey() {
        Observation o = observation;
        return o.geo() + " " + o.year() + " " + o.offence() + " " + o.indicator();
    }
}
