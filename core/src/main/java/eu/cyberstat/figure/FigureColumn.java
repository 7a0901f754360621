package eu.cyberstat.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One column of the published figures ({@code metrics-YYYY.csv}), defined once for every output
 * that carries it: its name in the CSV and the warehouse table, its type (the Spark schema is
 * derived from it), how it is written, its SDMX unit (null: not an SDMX measure), how the
 * workbook formats it and the message key of its header there (null: not in the workbook), and
 * whether it gives a withheld (confidential) value away. {@link FigureColumns} lists them all.
 *
 * @param role     what the column is to a figure: part of its key, a measure, or an attribute
 * @param nullable whether the column may be empty ("not computed", never zero)
 * @param sdmxUnit the SDMX {@code UNIT} code of the measure; {@code %02d} is replaced by the
 *                 index base year's last two digits
 * @param cellKind how a workbook or report table formats the column's numbers
 * @param header   the message key of the column's header in the workbook (templates/report/messages)
 * @param revealsValue true when publishing the column would give a withheld value away (it is
 *                 emptied with the value)
 */
public record FigureColumn(String name, Type type, Role role, boolean nullable, String sdmxUnit, CellKind cellKind,
                           String header, boolean revealsValue) {

    /** Every published decimal figure is rounded half-up to this many decimals. */
    public static final int DECIMALS = 2;

    /** How the column's values are typed: the Java type of its values and the Spark type of its column. */
    public enum Type {
        /** {@link String}. */
        TEXT,
        /** {@link Integer}. */
        INTEGER,
        /** {@link Long}: counts. */
        WHOLE,
        /** {@link Double}, published with {@link #DECIMALS} decimals. */
        DECIMAL
    }

    /** What a column is to a figure. */
    public enum Role {
        /** Part of a figure's key: geo, offence, ICCS, indicator, year. */
        KEY,
        /** A number computed for the figure. */
        MEASURE,
        /** What travels with the figure: its flags and confidentiality status. */
        ATTRIBUTE
    }

    public boolean isMeasure() {
        return role == Role.MEASURE;
    }

    public boolean isSdmxMeasure() {
        return sdmxUnit != null;
    }

    /** The SDMX unit of this measure for an index based on {@code baseYear}. */
    public String sdmxUnit(int baseYear) {
        return sdmxUnit.contains("%") ? String.format(sdmxUnit, baseYear % 100) : sdmxUnit;
    }

    /**
     * A value of this column as the output files write it: whole numbers as they are, decimals
     * with exactly {@link #DECIMALS} decimals and a point, nothing for null. Independent of the
     * JVM's locale, so reruns are byte-identical everywhere.
     */
    public String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
        }
        return value.toString();
    }

    /** A value of this column read back from its text in an output file ("" is null for a nullable column). */
    public Object parse(String text) {
        if (text == null || text.isEmpty() && nullable) {
            return null;
        }
        return switch (type) {
            case TEXT -> text;
            case INTEGER -> Integer.valueOf(text);
            case WHOLE -> Long.valueOf(text);
            case DECIMAL -> Double.valueOf(text);
        };
    }

    /** {@code value} as this column's Java type (a Spark row may give an Integer where a Long is meant). */
    public Object typed(Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> value.toString();
            case INTEGER -> ((Number) value).intValue();
            case WHOLE -> ((Number) value).longValue();
            case DECIMAL -> ((Number) value).doubleValue();
        };
    }
}
