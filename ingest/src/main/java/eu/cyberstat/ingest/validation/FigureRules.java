package eu.cyberstat.ingest.validation;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.ingest.format.Field;
import eu.cyberstat.ingest.format.NumberStyle;
import eu.cyberstat.ingest.format.RawFigure;
import eu.cyberstat.problem.Checks;
import eu.cyberstat.problem.IssueCollector;
import eu.cyberstat.problem.Phrase;
import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Flags;
import eu.cyberstat.reference.OffenceClassification.InputOffence;
import eu.cyberstat.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks on one figure, whatever format it came in: known codes, the uploader's country,
 * the year, the flags and the value. Turns a {@link RawFigure} into an {@link Observation}, or
 * skips it (counted), or raises the issues that keep it out. Every problem of a row is reported,
 * not only the first, so that one round of corrections is enough.
 */
final class FigureRules {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final ReferenceData reference;
    private final ValidationSettings settings;
    private final String uploaderCountry;
    private final CodeHints hints;
    private final String indicatorCodes;

    FigureRules(ReferenceData reference, ValidationSettings settings, String uploaderCountry, CodeHints hints) {
        this.reference = reference;
        this.settings = settings;
        this.uploaderCountry = uploaderCountry;
        this.hints = hints;
        this.indicatorCodes = reference.indicators().stream().map(i -> i.code()).collect(Collectors.joining(", "));
    }

    /** The figure, checked and normalised; empty when it is skipped or has an error. */
    Optional<Observation> check(RawFigure raw, NumberStyle style, IssueCollector issues) {
        long line = raw.line();
        // Rows that are not national cybercrime figures are skipped before anything else is checked.
        InputOffence offence = raw.offence().isBlank() ? null : reference.offences().recognise(raw.offence().text());
        if (offence instanceof InputOffence.NotCybercrime nc) {
            issues.skip(Checks.W_SKIPPED_NON_CYBER, line, raw.offence().column(), nc.iccs());
            return Optional.empty();
        }
        String geo = raw.geo().text().toUpperCase(Locale.ROOT);
        Optional<Country> country = reference.countries().find(geo);
        if (country.isPresent() && country.get().isAggregate()) {
            issues.skip(Checks.W_SKIPPED_AGGREGATE, line, raw.geo().column(), geo);
            return Optional.empty();
        }

        boolean ok = true;
        if (raw.geo().isBlank()) {
            ok = missing(issues, line, raw.geo(), "country");
        } else if (country.isEmpty()) {
            issues.add(Checks.E_UNKNOWN_COUNTRY, line, raw.geo().column(), "value", raw.geo().text(),
                    "hint", hints.country(raw.geo().text()));
            ok = false;
        } else if (uploaderCountry != null && !uploaderCountry.equals(geo)) {
            issues.add(Checks.E_COUNTRY_MISMATCH, line, raw.geo().column(), "value", geo, "expected", uploaderCountry);
            ok = false;
        }

        Integer year = year(raw.year(), line, issues);
        ok &= year != null;

        String offenceCode = null;
        if (offence == null) {
            ok = missing(issues, line, raw.offence(), "offence");
        } else if (offence instanceof InputOffence.Known known) {
            offenceCode = known.offence().code();
        } else {
            issues.add(Checks.E_UNKNOWN_OFFENCE, line, raw.offence().column(), "value", raw.offence().text(),
                    "hint", hints.offence(raw.offence().text()));
            ok = false;
        }

        String indicator = raw.indicator().text().toUpperCase(Locale.ROOT);
        if (raw.indicator().isBlank()) {
            ok = missing(issues, line, raw.indicator(), "indicator");
        } else if (reference.indicator(indicator).isEmpty()) {
            issues.add(Checks.E_UNKNOWN_INDICATOR, line, raw.indicator().column(), "value", raw.indicator().text(),
                    "hint", hints.indicator(raw.indicator().text()), "codes", indicatorCodes);
            ok = false;
        }

        String flags = "";
        boolean badFlags = false;
        if (raw.flags() != null && !raw.flags().isBlank()) {
            Optional<String> parsed = Flags.parse(raw.flags().text());
            if (parsed.isPresent()) {
                flags = parsed.get();
            } else {
                issues.add(Checks.E_UNKNOWN_FLAG, line, raw.flags().column(), "value", raw.flags().text(),
                        "detail", Phrase.of("detail.unknown-letters", "letters", unknownFlagLetters(raw.flags().text())),
                        "known", knownFlags());
                ok = false;
                badFlags = true;
            }
        }
        String note = raw.note() == null ? "" : raw.note().text();

        Long value = null;
        Field v = raw.value();
        if (v.isBlank()) {
            // A flags cell holding only separators (",", ";") says nothing: it explains no missing value.
            // Flags with an unknown letter were meant to; their error is enough.
            if (flags.isEmpty() && note.isEmpty() && !badFlags) {
                issues.add(Checks.E_VALUE_MISSING, line, v.column());
                ok = false;
            }
        } else {
            value = count(v, style, line, issues);
            ok &= value != null;
        }
        return ok ? Optional.of(new Observation(geo, year, offenceCode, indicator, value, flags, note)) : Optional.empty();
    }

    private static boolean missing(IssueCollector issues, long line, Field field, String name) {
        issues.add(Checks.E_MISSING_FIELD, line, field.column().isEmpty() ? name : field.column(), "field",
                Phrase.of("field." + name));
        return false;
    }

    private Integer year(Field f, long line, IssueCollector issues) {
        if (f.isBlank()) {
            missing(issues, line, f, "year");
            return null;
        }
        Integer year = null;
        if (f.number() != null) {
            BigDecimal n = f.number().stripTrailingZeros();
            if (n.scale() <= 0 && n.precision() - n.scale() <= 4 && n.signum() > 0) {
                year = n.intValueExact();
            }
        } else if (YEAR.matcher(f.text()).matches()) {
            year = Integer.parseInt(f.text());
        }
        if (year == null || year < 1000) {
            issues.add(Checks.E_BAD_YEAR, line, f.column(), "value", f.text());
            return null;
        }
        if (year < settings.firstYear() || year > settings.effectiveLastYear()) {
            issues.add(Checks.E_YEAR_OUT_OF_RANGE, line, f.column(), "value", year, "first", settings.firstYear(),
                    "last", settings.effectiveLastYear());
            return null;
        }
        return year;
    }

    /** A whole, non-negative count, or null (with the issue raised). */
    private static Long count(Field f, NumberStyle style, long line, IssueCollector issues) {
        BigDecimal n = f.number();
        if (n == null) {
            NumberStyle.Reading reading = style.read(f.text());
            if (!reading.isNumber()) {
                issues.add(Checks.E_NOT_A_NUMBER, line, f.column(), "value", f.text(), "detail",
                        reading.problem() == null ? "" : reading.problem());
                return null;
            }
            n = reading.value();
            if (reading.ambiguous()) {
                issues.skip(Checks.W_AMBIGUOUS_NUMBER, line, f.column(), f.text(), "example", f.text(),
                        "separator", String.valueOf(style.grouping()),
                        "reading", Phrase.of("reading.as", "written", f.text(), "read", n.stripTrailingZeros().toPlainString()));
            }
        }
        if (n.stripTrailingZeros().scale() > 0) {
            issues.add(Checks.E_NOT_WHOLE, line, f.column(), "value", f.text());
            return null;
        }
        if (n.signum() < 0) {
            issues.add(Checks.E_NEGATIVE, line, f.column(), "value", f.text());
            return null;
        }
        if (n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            issues.add(Checks.E_NOT_A_NUMBER, line, f.column(), "value", f.text(), "detail",
                    Phrase.of("number.too-large"));
            return null;
        }
        return n.longValueExact();
    }

    /** The letters that make a flag string invalid, apart: "x Y". */
    private static String unknownFlagLetters(String text) {
        return Flags.unknownLetters(text).chars().mapToObj(Character::toString).collect(Collectors.joining(" "));
    }

    /** "b break in time series, c confidential, ...", with the labels in each language. */
    private List<Phrase> knownFlags() {
        return reference.flagLabels().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> Phrase.of("flag.known", "letter", String.valueOf(e.getKey()), "label", e.getValue()))
                .toList();
    }
}
