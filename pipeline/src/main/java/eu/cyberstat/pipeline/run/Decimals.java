package eu.cyberstat.pipeline.run;

import eu.cyberstat.pipeline.metrics.MetricColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are written in the output files: whole numbers as they are, decimal figures with
 * exactly {@link MetricColumns#DECIMALS} decimals and a point, nulls as nothing. Independent of
 * the JVM's locale, so reruns are byte-identical everywhere.
 */
final class Decimals {

    private Decimals() {
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).setScale(MetricColumns.DECIMALS, RoundingMode.HALF_UP).toPlainString();
        }
        return value.toString();
    }
}
