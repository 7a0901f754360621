package eu.cyberstat.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The offence hierarchy (total, groups, offences) as loaded from {@code offences.csv}, and the
 * rules for recognising an offence identifier in an input file.
 */
public final class OffenceClassification {

    private final Map<String, Offence> byCode;
    private final List<Offence> ordered;
    private final Map<String, Offence> byCyberIccs;

    OffenceClassification(Collection<Offence> offences) {
        Map<String, Offence> codes = new LinkedHashMap<>();
        Map<String, Offence> iccs = new LinkedHashMap<>();
        for (Offence o : offences) {
            codes.put(o.code(), o);
            if (o.isIccsCyberByDefinition()) {
                iccs.put(o.iccs(), o);
            }
        }
        this.byCode = Map.copyOf(codes);
        this.byCyberIccs = Map.copyOf(iccs);
        this.ordered = List.copyOf(offences);
        for (Offence o : ordered) {
            o.parentCode().ifPresent(p -> {
                if (!byCode.containsKey(p)) {
                    throw new IllegalStateException("Offence " + o.code() + " names unknown parent " + p);
                }
            });
        }
    }

    static OffenceClassification load() {
        return new OffenceClassification(ReferenceCsv.read("offences.csv").stream()
                .map(OffenceClassification::offence).toList());
    }

    private static Offence offence(CSVRecord r) {
        return new Offence(r.get("code"), r.get("parent"), Integer.parseInt(r.get("level")), r.get("iccs"),
                Boolean.parseBoolean(r.get("iccs_cyber")), r.get("budapest"), ReferenceCsv.labels(r, "label"));
    }

    public Optional<Offence> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Offence get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown offence code '" + code + "'"));
    }

    /** All offences in classification order: total, then each group followed by its offences. */
    public List<Offence> all() {
        return ordered;
    }

    public Offence total() {
        return ordered.stream().filter(Offence::isTotal).findFirst().orElseThrow();
    }

    public List<Offence> groups() {
        return ordered.stream().filter(Offence::isGroup).toList();
    }

    public List<Offence> children(String code) {
        return ordered.stream().filter(o -> code.equals(o.parent())).toList();
    }

    public List<Offence> leaves() {
        return ordered.stream().filter(Offence::isLeaf).toList();
    }

    /**
     * Recognises an offence identifier as written in an input file: a project code
     * ({@code CIA_ACCESS}) or an ICCS code in Eurostat's notation ({@code ICCS0903}). ICCS categories that are cybercrime only with the "cyber-related" tag
     * are {@link InputOffence.NotCybercrime}, to be skipped rather than rejected.
     */
    public InputOffence recognise(String identifier) {
        String id = identifier.trim();
        Offence byProjectCode = byCode.get(id.toUpperCase(Locale.ROOT));
        if (byProjectCode != null) {
            return new InputOffence.Known(byProjectCode);
        }
        String upper = id.toUpperCase(Locale.ROOT);
        if (upper.startsWith("ICCS") && upper.length() > 4 && upper.substring(4).chars().allMatch(Character::isDigit)) {
            Offence cyber = byCyberIccs.get(upper.substring(4));
            return cyber != null ? new InputOffence.Known(cyber) : new InputOffence.NotCybercrime(upper);
        }
        return new InputOffence.Unknown(id);
    }

    /** What an offence identifier in an input file turned out to be. */
    public sealed interface InputOffence {
        record Known(Offence offence) implements InputOffence {
        }

        /** An ICCS category outside cybercrime (or cyber only when tagged): skipped with a warning. */
        record NotCybercrime(String iccs) implements InputOffence {
        }

        record Unknown(String identifier) implements InputOffence {
        }
    }
}
