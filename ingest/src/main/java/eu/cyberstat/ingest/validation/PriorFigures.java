package eu.cyberstat.ingest.validation;

import java.util.OptionalLong;

/**
 * The figures the warehouse already holds, for plausibility checks against earlier years.
 * The submission store provides the real one; {@link #NONE} when validating without a warehouse.
 */
@FunctionalInterface
public interface PriorFigures {

    PriorFigures NONE = (geo, year, offence, indicator) -> OptionalLong.empty();

    /** The current value for this country, year, offence and indicator, if any. */
    OptionalLong valueOf(String geo, int year, String offence, String indicator);
}
