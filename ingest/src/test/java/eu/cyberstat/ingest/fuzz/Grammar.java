package eu.cyberstat.ingest.fuzz;

import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Indicator;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes inputs from each format's grammar: the right structure with values drawn from the
 * reference codes, near misses of them and the awkward cases of real exports (quoted separators,
 * decimal commas, flags glued to values, blank lines, other encodings). Most are valid or nearly
 * so, which is what gets a reader past its first checks to the deeper ones.
 */
final class Grammar {

    private static final ReferenceData REFERENCE = ReferenceData.shipped();
    private static final List<String> GEOS = REFERENCE.countries().all().stream().map(Country::geo).toList();
    private static final List<String> OFFENCES = REFERENCE.offences().all().stream().map(Offence::code).toList();
    private static final List<String> INDICATORS = REFERENCE.indicators().stream().map(Indicator::code).toList();
    private static final List<String> FLAGS = List.of("", "", "", "b", "e", "p", "u", "c", "d", "bp", "ep", "z", "x", "B");
    private static final List<String> ODD = List.of("", " ", "GR", "DEU", "Germany", "ICCS0701", "ICCS0903", "ICCS09031",
            "EU27_2020", "cyb", "Cyb ", "XX", "1", "-", ":", "n/a", "\"", "=1+1", "\u00E9", "\uFEFF");
    private static final List<String> SEPARATORS = List.of(",", ";", "\t");
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8,
            StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.UTF_16LE);

    private Grammar() {
    }

    /** The project CSV: header in any order and case, values in national styles. */
    static byte[] projectCsv(Random r) {
        String sep = pick(r, SEPARATORS);
        List<String> columns = new ArrayList<>(List.of(r.nextInt(4) == 0 ? "geo" : "country", "year", "offence",
                "indicator", "value", "flags", "note"));
        if (r.nextInt(3) == 0) {
            Collections.shuffle(columns, r);
        }
        if (r.nextInt(6) == 0) {
            columns.remove(r.nextInt(columns.size()));
        }
        if (r.nextInt(6) == 0) {
            columns.add(r.nextInt(columns.size() + 1), pick(r, List.of("comment", "Value", "COUNTRY", "unit", "")));
        }
        StringBuilder sb = new StringBuilder(String.join(sep, columns.stream()
                .map(c -> r.nextInt(8) == 0 ? c.toUpperCase() : c).toList())).append(eol(r));
        int rows = r.nextInt(40);
        for (int i = 0; i < rows; i++) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(quoted(r, sep, switch (c.toLowerCase()) {
                    case "country", "geo" -> geo(r);
                    case "year" -> year(r);
                    case "offence" -> code(r, OFFENCES);
                    case "indicator" -> code(r, INDICATORS);
                    case "value" -> value(r, sep);
                    case "flags" -> pick(r, FLAGS);
                    case "note" -> note(r);
                    default -> r.nextBoolean() ? "" : note(r);
                }));
            }
            sb.append(String.join(sep, cells)).append(eol(r));
            if (r.nextInt(15) == 0) {
                sb.append(eol(r)); // blank lines, as Excel leaves them
            }
        }
        return sb.toString().getBytes(pick(r, ENCODINGS));
    }

    /** SDMX-CSV 1.0 (DATAFLOW first) or 2.0 (STRUCTURE first, ACTION), codes or Eurostat's labelled layout. */
    static byte[] sdmxCsv(Random r, boolean version2) {
        boolean labelled = version2 && r.nextInt(3) == 0;
        boolean eurostat = r.nextBoolean();
        List<String> dims = eurostat ? List.of("freq", "iccs", "unit", "geo", "TIME_PERIOD")
                : List.of("FREQ", "OFFENCE", "INDICATOR", "GEO", "TIME_PERIOD");
        List<String> header = new ArrayList<>();
        if (version2) {
            header.addAll(List.of("STRUCTURE", "STRUCTURE_ID"));
            if (labelled) {
                header.add("STRUCTURE_NAME");
            }
            header.add("ACTION");
        } else {
            header.add("DATAFLOW");
            if (r.nextBoolean()) {
                header.add("LAST UPDATE");
            }
        }
        for (String d : dims) {
            header.add(d);
            if (labelled) {
                header.add(d.equals("TIME_PERIOD") ? "Time" : d + " label");
            }
        }
        header.addAll(List.of("OBS_VALUE", "OBS_FLAG"));
        if (version2) {
            header.add("CONF_STATUS");
        }
        StringBuilder sb = new StringBuilder(String.join(",", header)).append(eol(r));
        int rows = r.nextInt(40);
        for (int i = 0; i < rows; i++) {
            List<String> cells = new ArrayList<>();
            if (version2) {
                cells.addAll(List.of("dataflow", "ESTAT:CRIM_OFF_CAT(1.0)"));
                if (labelled) {
                    cells.add("\"Offences, by category\"");
                }
                cells.add(pick(r, List.of("I", "I", "I", "A", "R", "M", "D", "X", "")));
            } else {
                cells.add("ESTAT:CRIM_OFF_CAT(1.0)");
                if (header.contains("LAST UPDATE")) {
                    cells.add("01/03/24 11:00:00");
                }
            }
            for (String d : dims) {
                String v = switch (d) {
                    case "freq", "FREQ" -> pick(r, List.of("A", "A", "A", "Q", "M", ""));
                    case "iccs" -> pick(r, List.of("ICCS0903", "ICCS09031", "ICCS0701", "ICCS0101", "ICCS", "ICCS09039"));
                    case "OFFENCE" -> code(r, OFFENCES);
                    case "unit" -> pick(r, List.of("NR", "NR", "P_HTHAB", ""));
                    case "INDICATOR" -> code(r, INDICATORS);
                    case "geo", "GEO" -> geo(r);
                    default -> year(r);
                };
                cells.add(v);
                if (labelled) {
                    cells.add(quoted(r, ",", pick(r, List.of("Annual", "Belgium", "Number", "Acts, against", ""))));
                }
            }
            cells.add(pick(r, List.of("", "", "NaN")).isEmpty() ? value(r, ",").replace(",", "") : "NaN");
            cells.add(pick(r, FLAGS));
            if (version2) {
                cells.add(pick(r, List.of("F", "C", "", "N")));
            }
            sb.append(String.join(",", cells)).append(eol(r));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Eurostat's TSV: comma-separated keys, then one tab-separated column per year, flags after the value. */
    static byte[] eurostatTsv(Random r) {
        int years = 1 + r.nextInt(10);
        int first = 2010 + r.nextInt(10);
        StringBuilder sb = new StringBuilder(pick(r, List.of("freq,iccs,unit,geo\\TIME_PERIOD",
                "freq,unit,iccs,geo\\TIME_PERIOD", "iccs,unit,geo\\time", "freq,iccs,unit,geo\\TIME_PERIOD")));
        for (int y = 0; y < years; y++) {
            sb.append('\t').append(first + y).append(r.nextBoolean() ? " " : "");
        }
        sb.append(eol(r));
        int rows = r.nextInt(30);
        for (int i = 0; i < rows; i++) {
            sb.append(pick(r, List.of("A", "A", "Q"))).append(',')
                    .append(pick(r, List.of("ICCS0903", "ICCS09031", "ICCS0701", "ICCS0101"))).append(',')
                    .append(pick(r, List.of("NR", "NR", "P_HTHAB"))).append(',').append(geo(r));
            int cells = years + (r.nextInt(10) == 0 ? r.nextInt(3) - 1 : 0);
            for (int y = 0; y < cells; y++) {
                String v = r.nextInt(5) == 0 ? ":" : value(r, "\t").replace(" ", "");
                String f = pick(r, FLAGS);
                sb.append('\t').append(v).append(f.isEmpty() ? " " : " " + f);
            }
            sb.append(eol(r));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** demo_pjan as TSV or SDMX-CSV 1.0/2.0: age and sex breakdowns, aggregates, ':' for missing. */
    static byte[] demoPjan(Random r) {
        int form = r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        int rows = r.nextInt(30);
        if (form == 0) {
            int years = 1 + r.nextInt(5);
            sb.append("freq,unit,age,sex,geo\\TIME_PERIOD");
            for (int y = 0; y < years; y++) {
                sb.append('\t').append(2018 + y).append(' ');
            }
            sb.append(eol(r));
            for (int i = 0; i < rows; i++) {
                sb.append("A,NR,").append(pick(r, List.of("TOTAL", "TOTAL", "Y_LT1", "UNK"))).append(',')
                        .append(pick(r, List.of("T", "T", "M", "F"))).append(',').append(geo(r));
                for (int y = 0; y < years; y++) {
                    sb.append('\t').append(population(r)).append(' ').append(pick(r, FLAGS));
                }
                sb.append(eol(r));
            }
        } else {
            boolean v2 = form == 2;
            sb.append(v2 ? "STRUCTURE,STRUCTURE_ID,ACTION," : "DATAFLOW,LAST UPDATE,")
                    .append("freq,unit,age,sex,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG").append(v2 ? ",CONF_STATUS" : "")
                    .append(eol(r));
            for (int i = 0; i < rows; i++) {
                sb.append(v2 ? "dataflow,ESTAT:DEMO_PJAN(1.0),I," : "ESTAT:DEMO_PJAN(1.0),01/03/24 11:00:00,")
                        .append(pick(r, List.of("A", "A", "A:Annual"))).append(',').append("NR,")
                        .append(pick(r, List.of("TOTAL", "TOTAL", "Y_LT1"))).append(',')
                        .append(pick(r, List.of("T", "T", "T:Total", "M"))).append(',').append(geo(r))
                        .append(r.nextInt(4) == 0 ? ":Name" : "").append(',').append(year(r)).append(',')
                        .append(population(r)).append(',').append(pick(r, FLAGS)).append(v2 ? ",F" : "")
                        .append(eol(r));
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An alert export in the layout of the FR-PHAROS profile (';', Windows-1252, French labels and times). */
    static byte[] alertCsv(Random r) {
        StringBuilder sb = new StringBuilder("numero;date_signalement;categorie;url_signalee;pays_hebergement;statut;"
                + "date_cloture;nom_signalant;courriel_signalant;telephone_signalant;description").append(eol(r));
        int rows = r.nextInt(40);
        for (int i = 0; i < rows; i++) {
            String received = time(r, true);
            sb.append(r.nextInt(10) == 0 ? "" : "PH-" + r.nextInt(1000)).append(';').append(received).append(';')
                    .append(pick(r, List.of("Escroquerie", "Hame\u00E7onnage", "Spam", "Autre", "Inconnue", "spam", "")))
                    .append(';').append(url(r)).append(';').append(pick(r, List.of("US", "FR", "", "Inconnu", "ZZ", "fr")))
                    .append(';').append(pick(r, List.of("Transmis police", "Retir\u00E9", "En cours", "Sans suite", "?")))
                    .append(';').append(r.nextBoolean() ? time(r, true) : "").append(";Jean Dupont;jean@example.org;")
                    .append("+33 6 00 00 00;").append(quoted(r, ";", note(r))).append(eol(r));
        }
        return sb.toString().getBytes(Charset.forName("windows-1252"));
    }

    /** An alert export in the layout of the NL-MELDPUNT profile (JSON Lines, nested objects, ISO times). */
    static byte[] alertJsonLines(Random r) {
        StringBuilder sb = new StringBuilder();
        int rows = r.nextInt(40);
        for (int i = 0; i < rows; i++) {
            sb.append("{\"id\":").append(r.nextInt(10) == 0 ? "null" : r.nextInt(8) == 0 ? String.valueOf(i)
                            : "\"NL-" + r.nextInt(1000) + "\"")
                    .append(",\"ontvangen\":\"").append(time(r, false)).append('"')
                    .append(",\"melding\":{\"categorie\":\"").append(pick(r, List.of("overig", "privacy", "oplichting",
                            "onbekend", ""))).append("\",\"url\":\"").append(url(r).replace("\"", "\\\"")).append("\"}")
                    .append(r.nextBoolean() ? ",\"hosting\":{\"land\":\"" + pick(r, List.of("FR", "NL", "", "XX")) + "\"}" : "")
                    .append(",\"status\":\"").append(pick(r, List.of("doorgezet_hoster", "verwijderd", "nieuw", "?")))
                    .append('"').append(r.nextBoolean() ? ",\"afgesloten\":\"" + time(r, false) + "\"" : "")
                    .append(",\"melder\":{\"naam\":\"A\",\"email\":\"a@example.org\"}}").append(eol(r));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A mapping profile from the keys of templates/profiles/README.md, right and wrong values mixed. */
    static byte[] mappingProfile(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append("profile: ").append(pick(r, List.of("1", "1", "1", "2", "x"))).append('\n');
        sb.append("name: fuzzed ").append(r.nextInt(100)).append('\n');
        sb.append("source:\n  encoding: ").append(pick(r, List.of("UTF-8", "windows-1252", "latin1", "EBCDIC-XYZ", "")))
                .append("\n  separator: \"").append(pick(r, List.of(";", ",", "\\t", "", ";;"))).append("\"\n");
        if (r.nextBoolean()) {
            sb.append("  skipLines: ").append(pick(r, List.of("0", "1", "2", "-1", "x", "99999999999"))).append('\n');
        }
        sb.append("numbers:\n  decimal: \"").append(pick(r, List.of(",", ".", ""))).append("\"\n  thousands: \"")
                .append(pick(r, List.of(".", " ", "", ","))).append("\"\n");
        sb.append("columns:\n  offence: ").append(pick(r, List.of("Schl\u00FCssel", "code", "\"\""))).append('\n');
        if (r.nextBoolean()) {
            sb.append("  value: ").append(pick(r, List.of("erfasste F\u00E4lle", "value"))).append('\n');
        } else {
            sb.append("values:\n  - column: ").append(pick(r, List.of("erfasste F\u00E4lle", "2022")))
                    .append("\n    indicator: ").append(code(r, INDICATORS)).append('\n');
        }
        sb.append("fixed:\n  country: ").append(geo(r)).append("\n  year: ").append(year(r)).append('\n');
        sb.append("offences:\n");
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append("  \"").append(100000 + r.nextInt(900000)).append("\": ");
            if (r.nextBoolean()) {
                sb.append(code(r, OFFENCES)).append('\n');
            } else {
                sb.append("{offence: ").append(code(r, OFFENCES)).append(", flags: ").append(pick(r, FLAGS).isEmpty()
                        ? "d" : pick(r, FLAGS)).append("}\n");
            }
        }
        if (r.nextBoolean()) {
            sb.append("ignore:\n  - column: ").append(pick(r, List.of("code", "Schl\u00FCssel"))).append("\n    ")
                    .append(pick(r, List.of("equals: [\"------\"]", "matches: \"^[0-9]+$\"", "matches: \"([\"",
                            "notEquals: x"))).append('\n');
        }
        sb.append("unmapped: ").append(pick(r, List.of("warn", "error", "ignore", "maybe"))).append('\n');
        if (r.nextInt(4) == 0) {
            sb.append("years:\n  from: ").append(year(r)).append("\n  to: ").append(year(r)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A platform profile from the keys of docs/alerts.md. */
    static byte[] platformProfile(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append("platform: ").append(pick(r, List.of("FR-PHAROS", "X", "bad id!", "", "A".repeat(50)))).append('\n');
        sb.append("format: ").append(pick(r, List.of("csv", "csv", "jsonl", "xml"))).append('\n');
        sb.append("encoding: ").append(pick(r, List.of("windows-1252", "UTF-8", "nope", "UTF-16"))).append('\n');
        sb.append("separator: \"").append(pick(r, List.of(";", ",", "", ";;", "\\t"))).append("\"\n");
        if (r.nextBoolean()) {
            sb.append("multiLineRecords: ").append(pick(r, List.of("true", "false", "maybe"))).append('\n');
        }
        sb.append("timeZone: ").append(pick(r, List.of("Europe/Paris", "UTC", "Mars/Olympus", "+02:00", ""))).append('\n');
        sb.append("timeFormats:\n");
        int formats = r.nextInt(3);
        for (int i = 0; i < formats; i++) {
            sb.append("  - \"").append(pick(r, List.of("dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "iso", "yyyy-MM-dd",
                    "epoch-millis", "QQQ", "''", "yyyyyyyyyyyyyyyyyyyy", "dd/MM/yyyy HH:mm:ss.SSSSSSSSS", "[", "HH")))
                    .append("\"\n");
        }
        sb.append("fields:\n  alertId: numero\n  receivedAt: date_signalement\n  category: categorie\n  url: ")
                .append(pick(r, List.of("url_signalee", "courriel_signalant", "absent"))).append('\n');
        if (r.nextBoolean()) {
            sb.append("  hostingCountry: pays_hebergement\n  status: statut\n  closedAt: date_cloture\n");
        }
        sb.append("personalFields: [nom_signalant, courriel_signalant]\n");
        sb.append("categories:\n  Escroquerie: ").append(code(r, OFFENCES)).append("\n  Spam: OTHER_SPAM\n");
        sb.append("statuses:\n  Transmis police: ").append(pick(r, List.of("forwarded_le", "lost", ""))).append('\n');
        if (r.nextBoolean()) {
            sb.append("countries:\n  Inconnu: \"").append(pick(r, List.of("", "FR", "fr", "XXX"))).append("\"\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String geo(Random r) {
        return r.nextInt(10) == 0 ? pick(r, ODD) : pick(r, GEOS);
    }

    private static String code(Random r, List<String> codes) {
        return r.nextInt(10) == 0 ? pick(r, ODD) : pick(r, codes);
    }

    private static String year(Random r) {
        return r.nextInt(12) == 0 ? pick(r, List.of("22", "2022.0", "2022-Q1", "1899", "3000", "", "2O22"))
                : String.valueOf(2005 + r.nextInt(20));
    }

    private static String value(Random r, String sep) {
        long n = r.nextInt(4) == 0 ? r.nextInt(100) : r.nextInt(2_000_000);
        return switch (r.nextInt(12)) {
            case 0 -> "";
            case 1 -> String.format(java.util.Locale.GERMANY, "%,d", n);
            case 2 -> String.format(java.util.Locale.FRANCE, "%,d", n);
            case 3 -> String.format(java.util.Locale.UK, "%,d", n);
            case 4 -> n + (sep.equals(";") ? ",5" : ".5");
            case 5 -> "-" + n;
            case 6 -> "(" + n + ")";
            case 7 -> n + " p";
            case 8 -> pick(r, List.of(":", "x", "n/a", "1e3", "..", "NaN"));
            default -> String.valueOf(n);
        };
    }

    private static long population(Random r) {
        return r.nextInt(20) == 0 ? 0 : 100_000L + r.nextInt(90_000_000);
    }

    private static String note(Random r) {
        return pick(r, List.of("", "", "provisional", "includes attempts; see annex", "\"quoted\" note",
                "line\nbreak", "Stand 15.03.2023", "\u00E9t\u00E9 \u00FCber", "=HYPERLINK(\"x\")"));
    }

    private static String time(Random r, boolean french) {
        int y = 2018 + r.nextInt(8);
        int mo = 1 + r.nextInt(12);
        int d = 1 + r.nextInt(r.nextInt(10) == 0 ? 35 : 28);
        int h = r.nextInt(r.nextInt(20) == 0 ? 30 : 24);
        if (r.nextInt(15) == 0) {
            return pick(r, List.of("", "hier", "31/02/2024 10:00:00", "2024-13-01T00:00:00Z", "0", "9999999999999"));
        }
        return french ? String.format("%02d/%02d/%04d %02d:%02d:%02d", d, mo, y, h, r.nextInt(60), r.nextInt(60))
                : String.format("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, mo, d, h, r.nextInt(60), r.nextInt(60),
                r.nextInt(1000));
    }

    private static String url(Random r) {
        return pick(r, List.of("https://www.example.co.uk/login", "http://192.0.2.7/a", "https://shop.example.fr/p?id=1",
                "example", "", "http://[::1]/", "https://xn--bcher-kva.example/", "ftp://x", "https://-bad-.example/",
                "http://a.b.c.d.e.f.g.h.example.com:99999/", "https://" + "a".repeat(300) + ".com/"));
    }

    private static String quoted(Random r, String sep, String text) {
        boolean needs = text.contains(sep) || text.contains("\"") || text.contains("\n");
        if (needs || r.nextInt(10) == 0) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String eol(Random r) {
        return r.nextInt(5) == 0 ? "\r\n" : "\n";
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
