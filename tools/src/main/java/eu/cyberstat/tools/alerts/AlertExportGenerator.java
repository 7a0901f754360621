package eu.cyberstat.tools.alerts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes realistic, entirely synthetic alert-platform exports in the shapes of the sample
 * profiles: a French-style CSV ({@code ;}, Windows-1252, local times, French labels), a
 * German-style CSV (UTF-8, ISO times with offsets, optionally gzipped) and a Dutch-style JSON
 * Lines export with nested objects. Alerts arrive over the given years with weekly and daily
 * rhythms; categories, statuses and hosting countries follow skewed distributions; about one
 * URL in eight is reported again; handling times are log-normal; every export carries reporter
 * contact fields (which ingest must never store) and, if asked, a share of malformed records.
 * Deterministic for a seed. Used for {@code data-samples/alerts/} and the benchmark.
 *
 * <pre>java -cp ... eu.cyberstat.tools.alerts.AlertExportGenerator SHAPE ROWS FIRST_YEAR YEARS OUT [BAD_RATE] [SEED]</pre>
 * SHAPE is {@code fr-csv}, {@code de-csv} (plain) / {@code de-csv-gz}, or {@code nl-jsonl}.
 */
public final class AlertExportGenerator {

    /** Platform categories with their weights, per shape (the profiles map them to offence codes). */
    private static final String[] FR_CATEGORIES = {"Escroquerie", "Hameçonnage", "Pédopornographie", "Haine et discrimination",
        "Apologie du terrorisme", "Piratage", "Contrefaçon", "Atteinte à la vie privée", "Spam", "Produits illicites", "Autre"};
    private static final String[] DE_CATEGORIES = {"fraud", "phishing", "csam", "hate_speech", "terrorism", "hacking",
        "copyright", "privacy", "spam", "drugs", "other"};
    private static final String[] NL_CATEGORIES = {"oplichting", "phishing", "kindermisbruik", "discriminatie", "terrorisme",
        "hacking", "auteursrecht", "privacy", "spam", "drugs", "overig"};
    private static final int[] CATEGORY_WEIGHTS = {30, 22, 9, 10, 3, 8, 5, 4, 5, 2, 2};

    private static final String[] FR_STATUSES = {"Transmis police", "Transmis hébergeur", "Retiré", "Sans suite", "Doublon", "En cours"};
    private static final String[] DE_STATUSES = {"forwarded_police", "forwarded_host", "removed", "no_action", "duplicate", "open"};
    private static final String[] NL_STATUSES = {"doorgezet_politie", "doorgezet_hoster", "verwijderd", "geen_actie", "dubbel", "in_behandeling"};
    private static final int[] STATUS_WEIGHTS = {24, 30, 20, 14, 4, 8};

    private static final String[] COUNTRIES = {"US", "NL", "DE", "RU", "FR", "GB", "CA", "SG", "UA", "BG", "RO", "SE",
        "LT", "CN", "HK", "PA", "CH", "IE", "IT", "ES", "PL", "CZ", "TR", "IN", "BR", "JP", "GR", "", "??"};
    private static final int[] COUNTRY_WEIGHTS = {28, 14, 9, 7, 6, 4, 3, 3, 2, 2, 2, 2, 1, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 0};

    private static final String[] TLDS = {"com", "net", "org", "ru", "de", "fr", "nl", "co.uk", "com.br", "info", "xyz",
        "top", "shop", "io", "eu", "it", "pl", "online", "github.io", "blogspot.com"};
    private static final String[] WORDS = {"secure", "login", "bank", "shop", "promo", "free", "cloud", "mail", "pay",
        "verify", "account", "deal", "news", "video", "photo", "share", "file", "stream", "crypto", "wallet", "gift",
        "prize", "support", "update", "delivery", "parcel", "tax", "refund", "dating", "forum"};
    private static final String[] FIRST = {"Marie", "Jean", "Anna", "Lukas", "Sophie", "Pieter", "Élodie", "Jürgen",
        "Chloé", "Daan", "Émilie", "Noah", "Zoë", "François", "Björn"};
    private static final String[] LAST = {"Martin", "Müller", "de Vries", "Dubois", "Schmidt", "Jansen", "Lefèvre",
        "Fischer", "Bakker", "Moreau", "Weiß", "Visser", "Girard", "Schäfer", "Smit"};

    private final String shape;
    private final SplittableRandom random;
    private final long firstMillis;
    private final long spanMillis;
    private final double badRate;
    private final String[] recentUrls = new String[4096];
    private long urlsMade;
    private final StringBuilder line = new StringBuilder(512);

    private AlertExportGenerator(String shape, int firstYear, int years, double badRate, long seed) {
        this.shape = shape;
        this.random = new SplittableRandom(seed);
        this.firstMillis = LocalDateTime.of(firstYear, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        this.spanMillis = LocalDateTime.of(firstYear + years, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli() - firstMillis;
        this.badRate = badRate;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: AlertExportGenerator fr-csv|de-csv|de-csv-gz|nl-jsonl ROWS FIRST_YEAR YEARS OUT [BAD_RATE] [SEED]");
            System.exit(2);
        }
        long rows = Long.parseLong(args[1].replace("_", ""));
        double bad = args.length > 5 ? Double.parseDouble(args[5]) : 0.0;
        long seed = args.length > 6 ? Long.parseLong(args[6]) : 20_240_101L;
        write(args[0], rows, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]), bad, seed);
    }

    /** Writes {@code rows} alerts received over {@code years} years from {@code firstYear}, in time order. */
    public static void write(String shape, long rows, int firstYear, int years, Path out, double badRate, long seed)
            throws IOException {
        AlertExportGenerator g = new AlertExportGenerator(shape, firstYear, years, badRate, seed);
        Charset charset = shape.equals("fr-csv") ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream file = Files.newOutputStream(out);
             OutputStream stream = shape.endsWith("-gz") ? new GZIPOutputStream(file, 1 << 16) : file;
             Writer w = new BufferedWriter(new OutputStreamWriter(stream, charset), 1 << 20)) {
            g.header(w);
            long step = g.spanMillis / Math.max(1, rows);
            for (long i = 0; i < rows; i++) {
                long received = g.firstMillis + i * step + g.random.nextLong(Math.max(1, step));
                g.record(w, i, g.rhythm(received));
            }
        }
    }

    /** Shifts a uniform time towards daytime and weekdays, keeping it within the same day. */
    private long rhythm(long millis) {
        long day = Math.floorDiv(millis, 86_400_000L) * 86_400_000L;
        long inDay = millis - day;
        // Squash the small hours: a third of the night's alerts move into the working day.
        if (inDay < 7 * 3_600_000L && random.nextInt(3) == 0) {
            inDay += 9 * 3_600_000L;
        }
        return day + inDay;
    }

    private void header(Writer w) throws IOException {
        switch (shape) {
            case "fr-csv" -> w.write("numero;date_signalement;categorie;url_signalee;pays_hebergement;statut;date_cloture;"
                    + "nom_signalant;courriel_signalant;telephone_signalant;description\r\n");
            case "de-csv", "de-csv-gz" -> w.write("meldung_id,eingang,kategorie,url,hoster_land,status,abschluss,"
                    + "melder_email,melder_telefon\n");
            case "nl-jsonl" -> { }
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        }
    }

    private void record(Writer w, long i, long receivedMillis) throws IOException {
        int category = pick(CATEGORY_WEIGHTS);
        int status = pick(STATUS_WEIGHTS);
        String url = url();
        String country = COUNTRIES[pick(COUNTRY_WEIGHTS)];
        boolean open = status == 5;
        long closedMillis = open ? 0 : receivedMillis + handlingMillis(status);
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String email = (ASCII_FIRST[random.nextInt(FIRST.length)] + "." + ASCII_LAST[random.nextInt(LAST.length)]).toLowerCase(Locale.ROOT).replace(' ', '-') + random.nextInt(1000)
                + "@" + (random.nextBoolean() ? "mail.example" : "post.example");
        String phone = "+33 6 " + (10 + random.nextInt(89)) + " " + (10 + random.nextInt(89)) + " " + (10 + random.nextInt(89));
        boolean bad = badRate > 0 && random.nextDouble() < badRate;
        int badKind = bad ? random.nextInt(4) : -1;
        line.setLength(0);
        switch (shape) {
            case "fr-csv" -> {
                line.append("PH-").append(100_000_000L + i).append(';')
                        .append(badKind == 0 ? "31/02/2024 25:00" : time(receivedMillis, PARIS, true)).append(';')
                        .append(badKind == 1 ? "Catégorie inconnue" : FR_CATEGORIES[category]).append(';')
                        .append(url).append(';').append(country).append(';').append(FR_STATUSES[status]).append(';')
                        .append(open ? "" : time(closedMillis, PARIS, true)).append(';')
                        .append(first).append(' ').append(last).append(';').append(email).append(';').append(phone).append(';')
                        .append('"').append("Signalé via le formulaire; voir ").append(badKind == 2 ? "\"\"capture\"\"" : "capture")
                        .append('"');
                if (badKind == 3) {
                    line.append(";").append(url); // an unquoted separator: one field too many
                }
                line.append("\r\n");
            }
            case "de-csv", "de-csv-gz" -> {
                line.append("M").append(5_000_000_000L + i).append(',')
                        .append(badKind == 0 ? "2024-13-45T10:00:00+01:00" : time(receivedMillis, BERLIN, false)).append(',')
                        .append(badKind == 1 ? "unknown" : DE_CATEGORIES[category]).append(',')
                        .append(badKind == 2 ? "http:///nohost" : url).append(',').append(country).append(',')
                        .append(DE_STATUSES[status]).append(',')
                        .append(open ? "" : time(closedMillis, BERLIN, false)).append(',')
                        .append(email).append(',').append(phone);
                if (badKind == 3) {
                    line.append(',').append(email);
                }
                line.append('\n');
            }
            default -> {
                line.append("{\"id\":\"NL-").append(i + 1).append("\",\"ontvangen\":\"")
                        .append(badKind == 0 ? "gisteren" : Instant.ofEpochMilli(receivedMillis).toString()).append("\",")
                        .append("\"melding\":{\"categorie\":\"").append(badKind == 1 ? "onbekend" : NL_CATEGORIES[category])
                        .append("\",\"url\":\"").append(url.replace("\"", "\\\"")).append("\",\"toelichting\":\"via formulier\"},")
                        .append("\"hosting\":{\"land\":").append(country.isEmpty() ? "null" : "\"" + country + "\"").append("},")
                        .append("\"status\":\"").append(NL_STATUSES[status]).append("\",")
                        .append("\"afgesloten\":").append(open ? "null" : "\"" + Instant.ofEpochMilli(closedMillis) + "\"").append(',')
                        .append("\"melder\":{\"naam\":\"").append(first).append(' ').append(last).append("\",\"email\":\"")
                        .append(email).append("\"}}");
                if (badKind == 2) {
                    line.setLength(line.length() - 1); // a truncated line
                }
                line.append('\n');
            }
        }
        w.append(line);
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Log-normal handling time: median about a day, a long tail of weeks; takedowns are slower. */
    private long handlingMillis(int status) {
        double median = status == 2 ? 40 : status == 3 ? 12 : 24; // hours
        double hours = median * Math.exp(1.1 * gaussian());
        return (long) (Math.min(hours, 24 * 120) * 3_600_000L) + random.nextInt(60_000);
    }

    private double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** A URL; about one in eight repeats a recently reported one (the same page reported again). */
    private String url() {
        if (urlsMade > 100 && random.nextInt(8) == 0) {
            String again = recentUrls[random.nextInt((int) Math.min(urlsMade, recentUrls.length))];
            if (again != null) {
                return random.nextInt(4) == 0 ? again.replace("https://", "HTTPS://") : again;
            }
        }
        // Zipf-like choice of site: a few sites get most reports.
        int site = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 200_000);
        String word = WORDS[site % WORDS.length];
        String tld = TLDS[(site / WORDS.length) % TLDS.length];
        StringBuilder u = new StringBuilder(96).append(random.nextInt(5) == 0 ? "http://" : "https://");
        if (random.nextInt(3) == 0) {
            u.append(random.nextBoolean() ? "www." : WORDS[random.nextInt(WORDS.length)] + ".");
        }
        u.append(word).append('-').append(site).append('.').append(tld).append('/')
                .append(WORDS[random.nextInt(WORDS.length)]).append('/').append(Long.toString(random.nextLong() & 0xffffffffL, 36));
        if (random.nextInt(4) == 0) {
            u.append("?id=").append(random.nextInt(1_000_000));
        }
        String url = u.toString();
        recentUrls[(int) (urlsMade++ % recentUrls.length)] = url;
        return url;
    }

    private int pick(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static final String[] ASCII_FIRST = java.util.Arrays.stream(FIRST).map(AlertExportGenerator::ascii).toArray(String[]::new);
    private static final String[] ASCII_LAST = java.util.Arrays.stream(LAST).map(AlertExportGenerator::ascii).toArray(String[]::new);

    /** dd/MM/yyyy HH:mm:ss in Paris, or yyyy-MM-ddTHH:mm:ss+hh:mm in Berlin, without DateTimeFormatter's cost. */
    private static String time(long millis, ZoneId zone, boolean french) {
        int offset = zone.getRules().getOffset(Instant.ofEpochMilli(millis)).getTotalSeconds();
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, ZoneOffset.ofTotalSeconds(offset));
        StringBuilder b = new StringBuilder(25);
        if (french) {
            two(b, t.getDayOfMonth()).append('/');
            two(b, t.getMonthValue()).append('/').append(t.getYear()).append(' ');
        } else {
            b.append(t.getYear()).append('-');
            two(b, t.getMonthValue()).append('-');
            two(b, t.getDayOfMonth()).append('T');
        }
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond());
        if (!french) {
            b.append(offset < 0 ? '-' : '+');
            two(b, Math.abs(offset) / 3600).append(':');
            two(b, Math.abs(offset) / 60 % 60);
        }
        return b.toString();
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ß", "ss");
    }
}
