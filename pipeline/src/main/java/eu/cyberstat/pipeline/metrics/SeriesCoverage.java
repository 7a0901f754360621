package eu.cyberstat.pipeline.metrics;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which years of the window one country reported an offence × indicator for, and which years
 * carry a break in series ({@code b}): what panel selection decides on.
 */
public record SeriesCoverage(String offence, String indicator, String geo, SortedSet<Integer> yearsWithValue,
                             SortedSet<Integer> breakYears) {

    public SeriesCoverage {
        yearsWithValue = new TreeSet<>(yearsWithValue);
        breakYears = new TreeSet<>(breakYears);
    }
}
