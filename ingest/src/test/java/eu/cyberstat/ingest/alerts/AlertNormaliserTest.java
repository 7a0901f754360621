package eu.cyberstat.ingest.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertNormaliserTest {

    private static final byte[] KEY = "k".repeat(32).getBytes(StandardCharsets.UTF_8);

    private final PlatformProfile profile = new PlatformProfile("FR-TEST", "test", PlatformProfile.Format.CSV, null, ';',
            false, ZoneId.of("Europe/Paris"), List.of("dd/MM/yyyy HH:mm", "iso"),
            new PlatformProfile.Fields("id", "date", "cat", "url", "pays", "statut", "cloture"), List.of("courriel"),
            Map.of("Escroquerie", "COMP_FRAUD"), Map.of("Transmis police", AlertStatus.FORWARDED_LE,
                    "En cours", AlertStatus.RECEIVED), Map.of("Inconnu", ""));
    private final AlertNormaliser normaliser = new AlertNormaliser(profile, KEY);

    private static String[] values(String id, String received, String category, String url, String country,
                                   String status, String closed) {
        return new String[] {id, received, category, url, country, status, closed};
    }

    @Test
    void acceptsAndPseudonymises() {
        NormalisedAlert a = new NormalisedAlert();
        Rejection r = normaliser.normalise(values("1", "31/12/2023 23:30", "escroquerie ", "https://WWW.Shop.example.co.uk/x#f",
                "gr", "TRANSMIS POLICE", "2024-01-02T10:00:00Z"), a);
        assertThat(r).isNull();
        assertThat(a.month()).isEqualTo("2023-12");
        assertThat(a.offence).isEqualTo("COMP_FRAUD");
        assertThat(a.status).isEqualTo(AlertStatus.FORWARDED_LE);
        assertThat(a.hostingCountry).isEqualTo("EL");
        assertThat(a.urlDomain).isEqualTo("example.co.uk");
        assertThat(a.urlHmac).isEqualTo(new HmacSha256(KEY).mac("https://www.shop.example.co.uk/x".getBytes(StandardCharsets.UTF_8)));
        assertThat(a.closedMicros - a.receivedMicros).isEqualTo((35L * 3600 + 30 * 60) * 1_000_000L);
    }

    @Test
    void unknownHostingCountryAndNoUrlAreAllowed() {
        NormalisedAlert a = new NormalisedAlert();
        assertThat(normaliser.normalise(values("2", "01/01/2024 10:00", "Escroquerie", "", "Inconnu", "En cours", ""), a)).isNull();
        assertThat(a.hostingCountry).isNull();
        assertThat(a.urlDomain).isNull();
        assertThat(a.urlHmac).isNull();
        assertThat(a.closedMicros).isEqualTo(NormalisedAlert.NO_TIME);
    }

    @Test
    void saysWhyARecordIsRefused() {
        NormalisedAlert a = new NormalisedAlert();
        assertThat(normaliser.normalise(values("", "01/01/2024 10:00", "Escroquerie", "", "", "En cours", ""), a).code())
                .isEqualTo(Rejection.MISSING);
        assertThat(normaliser.normalise(values("3", "32/01/2024 10:00", "Escroquerie", "", "", "En cours", ""), a))
                .extracting(Rejection::code, Rejection::field).containsExactly(Rejection.TIME, "receivedAt");
        assertThat(normaliser.normalise(values("3", "01/01/2024 10:00", "Vol", "", "", "En cours", ""), a).reason())
                .contains("'Vol' is not mapped to an offence");
        assertThat(normaliser.normalise(values("3", "01/01/2024 10:00", "Escroquerie", "", "", "Fermé", ""), a).code())
                .isEqualTo(Rejection.STATUS);
        assertThat(normaliser.normalise(values("3", "01/01/2024 10:00", "Escroquerie", "", "XX", "En cours", ""), a).code())
                .isEqualTo(Rejection.COUNTRY);
        assertThat(normaliser.normalise(values("3", "01/01/2024 10:00", "Escroquerie", "", "", "En cours", "31/12/2023 10:00"), a)
                .code()).isEqualTo(Rejection.CLOSED_BEFORE_RECEIVED);
    }

    @Test
    void neverQuotesAUrlOrAnEmailInAReason() {
        NormalisedAlert a = new NormalisedAlert();
        Rejection url = normaliser.normalise(values("3", "01/01/2024 10:00", "Escroquerie", "http:///secret-path", "", "En cours", ""), a);
        assertThat(url.code()).isEqualTo(Rejection.URL);
        assertThat(url.reason()).doesNotContain("secret");
        Rejection shifted = normaliser.normalise(values("3", "01/01/2024 10:00", "jane@mail.example", "", "", "En cours", ""), a);
        assertThat(shifted.reason()).doesNotContain("jane").contains("withheld");
        Rejection shiftedUrl = normaliser.normalise(values("3", "https://www.evil.example/p", "Escroquerie", "", "", "En cours", ""), a);
        assertThat(shiftedUrl.reason()).doesNotContain("evil");
    }
}
