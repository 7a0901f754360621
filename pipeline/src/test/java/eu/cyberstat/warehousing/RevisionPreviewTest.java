package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.figure.Observation;
import eu.cyberstat.warehousing.FigureRevision.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevisionPreviewTest {

    private static Observation lu(int year, String offence, Long value, String flags) {
        return new Observation("LU", year, offence, "RECORDED", value, flags, "");
    }

    private static Map<Observation.Key, Observation> inForce(Observation... figures) {
        Map<Observation.Key, Observation> map = new HashMap<>();
        for (Observation o : figures) {
            map.put(o.key(), o);
        }
        return map;
    }

    @Test
    void aOneRowCorrectionDropsEveryOtherFigureOfItsCountryYear() {
        Map<Observation.Key, Observation> before = inForce(
                lu(2021, "CYB", 100L, ""), lu(2022, "CYB", 120L, "p"), lu(2022, "CIA", 40L, ""),
                lu(2022, "COMP", 80L, "p"), new Observation("BE", 2022, "CYB", "RECORDED", 9L, "", ""));

        RevisionPreview preview = RevisionPreview.of(before, List.of(lu(2022, "CYB", 130L, "")));

        assertThat(preview.countryYears()).containsExactly(new CountryYear("LU", 2022));
        assertThat(preview.changed()).isEqualTo(1);
        assertThat(preview.added()).isZero();
        assertThat(preview.unchanged()).isZero();
        // LU 2021 and BE 2022 are other country-years: untouched, not listed
        assertThat(preview.dropped()).isEqualTo(2);
        assertThat(preview.dropsFigures()).isTrue();
        assertThat(preview.figures()).containsExactly(
                new FigureRevision(Kind.CHANGED, "LU", 2022, "CYB", "RECORDED", 120L, "p", 130L, ""),
                new FigureRevision(Kind.DROPPED, "LU", 2022, "CIA", "RECORDED", 40L, "", null, ""),
                new FigureRevision(Kind.DROPPED, "LU", 2022, "COMP", "RECORDED", 80L, "p", null, ""));
        assertThat(preview.figures().get(0).change()).isEqualTo(10L);
        assertThat(preview.of(Kind.DROPPED).get(0).change()).isNull();
    }

    @Test
    void countsAddedChangedAndUnchangedFigures() {
        Map<Observation.Key, Observation> before = inForce(lu(2022, "CYB", 120L, "p"), lu(2022, "CIA", 40L, ""),
                lu(2022, "IP", null, "c"));
        RevisionPreview preview = RevisionPreview.of(before, List.of(
                lu(2022, "CYB", 120L, ""),          // flags only: changed
                lu(2022, "CIA", 40L, ""),           // same
                lu(2022, "IP", null, "c"),          // same, no value
                lu(2023, "CYB", 150L, "p")));       // a new year: added
        assertThat(List.of(preview.changed(), preview.added(), preview.dropped(), preview.unchanged()))
                .containsExactly(1L, 1L, 0L, 2L);
        assertThat(preview.dropsFigures()).isFalse();
        assertThat(preview.of(Kind.ADDED)).containsExactly(
                new FigureRevision(Kind.ADDED, "LU", 2023, "CYB", "RECORDED", null, "", 150L, "p"));
        assertThat(RevisionPreview.of(Map.of(), List.of(lu(2022, "CYB", 1L, ""))).added()).isEqualTo(1);
    }

    @Test
    void jsonListsTheChangesWithCounts() throws Exception {
        RevisionPreview preview = RevisionPreview.of(inForce(lu(2022, "CYB", 120L, ""), lu(2022, "CIA", 4L, "")),
                List.of(lu(2022, "CYB", 120L, "")));
        JsonNode json = new ObjectMapper().valueToTree(preview);
        assertThat(json.get("dropped").asLong()).isEqualTo(1);
        assertThat(json.get("unchanged").asLong()).isEqualTo(1);
        assertThat(json.get("changes")).hasSize(1);
        assertThat(json.get("changes").get(0).get("kind").asText()).isEqualTo("DROPPED");
        assertThat(json.get("changes").get(0).get("before").asLong()).isEqualTo(4);
        assertThat(json.get("changes").get(0).has("after")).isFalse();
        assertThat(json.has("figures")).isFalse();
    }
}
