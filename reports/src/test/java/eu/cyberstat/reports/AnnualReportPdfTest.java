package eu.cyberstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.reports.model.ReportData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AnnualReportPdfTest {

    private static final Map<String, List<String>> OWN_WORDS = Map.of(
            "en", List.of("Executive summary", "Contents", "Country profiles", "Methodology", "per 100 000 inhabitants",
                    "Germany", "break in series"),
            "fr", List.of("Synthèse", "Table des matières", "Profils par pays", "Méthodologie", "pour 100 000 habitants",
                    "Allemagne", "rupture de série"),
            "de", List.of("Zusammenfassung", "Inhalt", "Länderprofile", "Methodik", "je 100 000 Einwohner",
                    "Deutschland", "Zeitreihenbruch"));

    @Test
    void eachLanguageHasItsOwnWordsAndNotTheOthers() throws IOException {
        PdfTools.require();
        for (String lang : List.of("en", "fr", "de")) {
            String text = squash(PdfTools.text(RenderedSet.file("report-2022-" + lang + ".pdf"), 0));
            assertThat(text).as(lang).contains(OWN_WORDS.get(lang));
            for (String other : List.of("en", "fr", "de")) {
                if (!other.equals(lang)) {
                    assertThat(text).as(lang + " must not contain " + other).doesNotContain(OWN_WORDS.get(other).get(0));
                }
            }
        }
    }

    @Test
    void metadataNamesTitleLanguageAndTheRunsDate() throws IOException {
        PdfReader reader = new PdfReader(RenderedSet.file("report-2022-fr.pdf").toString());
        try {
            assertThat(reader.getInfo().get("Title")).isEqualTo("La cybercriminalité dans l'Union européenne 2022");
            assertThat(reader.getInfo().get("CreationDate")).startsWith("D:20230701080000");
            assertThat(reader.getInfo().get("ModDate")).startsWith("D:20230701080000");
            PdfDictionary catalog = reader.getCatalog();
            assertThat(catalog.get(PdfName.LANG).toString()).isEqualTo("fr");
        } finally {
            reader.close();
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        PdfTools.require();
        for (Path pdf : RenderedSet.files().stream().filter(p -> p.toString().endsWith(".pdf")).toList()) {
            PdfTools.Result r = PdfTools.run(List.of("pdffonts", pdf.toString()), 60);
            List<String> rows = r.out().lines().skip(2).toList();
            assertThat(rows).as(pdf.toString()).isNotEmpty();
            for (String row : rows) {
                assertThat(row).as(pdf.toString()).contains("DejaVu")
                        .containsPattern("CID TrueType\\s+Identity-H\\s+yes\\s+yes");
            }
        }
    }

    @Test
    void everyChartCarriesItsSourceAndDataVintage() throws IOException {
        PdfTools.require();
        ReportData data = RenderedSet.fixture().data();
        String text = squash(PdfTools.text(RenderedSet.file("report-2022-en.pdf"), 0));
        // Chart source lines end with "run <id>."; the page footers carry the id without the full stop.
        String stamp = "Data as of 2023-06-30 00:00 UTC, run " + data.provenance().runId() + ".";
        int groups = data.reference().offences().groups().size() + 1;
        int countries = 32;
        int expected = 4 + groups * 2 + 1 + 2 + countries * 2;
        assertThat(PdfText.count(text, stamp)).isEqualTo(expected);
        assertThat(PdfText.count(text, squash("Source: national alert platforms, compiled by cyberstat. ") + stamp))
                .as("the two alert charts name their own source").isEqualTo(2);
    }

    @Test
    void noPageIsEmpty() throws IOException {
        PdfTools.require();
        Path dir = Path.of("target/report-test/png");
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        for (String lang : List.of("en", "fr", "de")) {
            PdfTools.Result r = PdfTools.run(List.of("pdftoppm", "-r", "24", "-png",
                    RenderedSet.file("report-2022-" + lang + ".pdf").toString(), dir.resolve(lang).toString()), 300);
            assertThat(r.exit()).isZero();
        }
        List<String> empty = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> pngs = Files.list(dir)) {
            for (Path png : pngs.sorted().toList()) {
                pages++;
                if (inkShare(ImageIO.read(png.toFile())) < 0.01) {
                    empty.add(png.getFileName().toString());
                }
            }
        }
        assertThat(pages).isGreaterThan(3 * 40);
        assertThat(empty).as("pages with almost no ink").isEmpty();
    }

    @Test
    void confidentialValuesAppearInNoPdf() throws IOException {
        PdfTools.require();
        ReportFixtures.Fixture fx = RenderedSet.fixture();
        Set<Long> secrets = new HashSet<>(fx.confidentialValues());
        // A secret that equals some published number cannot be told apart in text: leave it out.
        for (Figure f : fx.data().figures()) {
            if (ReportFixtures.confidential(f)) {
                continue;
            }
            secrets.remove(f.value());
            secrets.remove(f.yoyAbs());
            if (f.rank() != null) {
                secrets.remove((long) f.rank());
            }
        }
        assertThat(secrets).hasSizeGreaterThan(10);
        List<Path> pdfs = RenderedSet.files().stream().filter(p -> p.toString().endsWith(".pdf")).toList();
        assertThat(pdfs).hasSize(30);
        Pattern number = Pattern.compile("(?<![\\d.,\\u202F\\u00A0])(\\d{1,3}(?:[,.\\u202F\\u00A0]\\d{3})+|\\d+)(?![\\d]|[.,]\\d)");
        for (Path pdf : pdfs) {
            Matcher m = number.matcher(PdfTools.text(pdf, 0));
            while (m.find()) {
                long v = Long.parseLong(m.group(1).replaceAll("[^0-9]", ""));
                assertThat(secrets).as("confidential value printed in " + pdf.getFileName()).doesNotContain(v);
            }
        }
    }

    /** Text with line breaks and runs of spaces made single spaces (headings may wrap). */
    static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static double inkShare(BufferedImage img) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (lum < 235) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) img.getWidth() * img.getHeight());
    }
}
