package eu.cyberstat.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.figure.ConfidentialityStatus;
import eu.cyberstat.figure.Figure;
import eu.cyberstat.figure.FigureColumns;
import eu.cyberstat.reports.model.KeyFinding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFormatTest {

    private static final Figure EU = new Figure("EU27_2020", "CIA", "ICCS0903", "RECORDED",
            2022, 12345678L, 2.5, -3L, -0.004, 12.3456, 1.0 / 3, 100.0, 33.333, null, "ep", 26, 99.999).withPanel(12000000L, 24);
    private static final Figure SECRET = new Figure("DK", "CYB", "", "VICTIMS", 2020, null,
            null, null, null, null, null, null, null, null, "bc", null, null);
    /** Withheld so that a confidential figure cannot be worked out: c in the flags, S in CONF_STATUS. */
    private static final Figure WITHHELD = new Figure("SE", "CYB", "", "VICTIMS", 2020, null,
            null, null, null, null, null, null, null, null, "cp", null, null).withConfidentiality(ConfidentialityStatus.SECONDARY);

    @Test
    void decimalsAreFixedAndLocaleFree() {
        assertThat(FigureColumns.RATE.format(2.5)).isEqualTo("2.50");
        assertThat(FigureColumns.YOY_PCT.format(-0.004)).isEqualTo("0.00");
        assertThat(FigureColumns.MA_3Y.format(1e7 + 0.125)).isEqualTo("10000000.13");
        assertThat(FigureColumns.VALUE.format(12345678L)).isEqualTo("12345678");
        assertThat(FigureColumns.VALUE.format(null)).isEmpty();
    }

    @Test
    void metricsCsvRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsCsv.write(List.of(EU, SECRET, WITHHELD), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "geo,offence,iccs,indicator,year,value,rate_per_100k,yoy_abs,yoy_pct,cagr_5y,ma_3y,index,share_of_total,"
                        + "rank,flags,countries_covered,population_covered_pct,panel_value,panel_countries,conf_status\n"
                        + "EU27_2020,CIA,ICCS0903,RECORDED,2022,12345678,2.50,-3,0.00,12.35,0.33,100.00,33.33,,ep,26,"
                        + "100.00,12000000,24,F\n"
                        + "DK,CYB,,VICTIMS,2020,,,,,,,,,,bc,,,,,C\n"
                        + "SE,CYB,,VICTIMS,2020,,,,,,,,,,cp,,,,,S\n");
    }

    @Test
    void sdmxRowsPerMeasureAndConfidentiality() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SdmxCsv.write(List.of(EU, SECRET, WITHHELD), 2015, out);
        List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
        assertThat(lines.get(0)).isEqualTo("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,GEO,OFFENCE,INDICATOR,UNIT,TIME_PERIOD,"
                + "OBS_VALUE,OBS_FLAG,CONF_STATUS");
        assertThat(lines).contains(
                "dataflow,CYBERSTAT:CYB_METRICS(1.0),I,A,EU27_2020,CIA,RECORDED,NR,2022,12345678,ep,F",
                "dataflow,CYBERSTAT:CYB_METRICS(1.0),I,A,EU27_2020,CIA,RECORDED,I15,2022,100.00,ep,F",
                "dataflow,CYBERSTAT:CYB_METRICS(1.0),I,A,EU27_2020,CIA,RECORDED,NR_GEO,2022,26,ep,F",
                "dataflow,CYBERSTAT:CYB_METRICS(1.0),I,A,DK,CYB,VICTIMS,NR,2020,,b,C",
                "dataflow,CYBERSTAT:CYB_METRICS(1.0),I,A,SE,CYB,VICTIMS,NR,2020,,p,S");
        assertThat(lines).filteredOn(l -> l.contains(",EU27_2020,")).hasSize(12);   // every figure but the rank
        assertThat(lines).filteredOn(l -> l.contains(",DK,")).hasSize(1);
    }

    @Test
    void keyFindingsJsonIsPlainAndReadsBack(@TempDir Path dir) throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("value", 12345678.0);
        figures.put("yoyPct", 12.5);
        List<KeyFinding> findings = List.of(new KeyFinding(1, KeyFinding.EU_TOTAL_TREND, "EU27_2020", "CYB", "RECORDED",
                2022, figures));
        OutputFile file = OutputFile.write(dir, "k.json", 1L, s -> KeyFindingsJson.write(findings, s));
        String json = Files.readString(dir.resolve("k.json"));
        assertThat(json).contains("\"value\" : 12345678,").contains("\"yoyPct\" : 12.5").doesNotContain("E7")
                .doesNotContain("\r");
        assertThat(KeyFindingsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(findings);
        assertThat(file.sha256()).hasSize(64);
        assertThat(file.bytes()).isEqualTo(Files.size(dir.resolve("k.json")));
        assertThat(dir.resolve(".k.json.tmp")).doesNotExist();
    }
}
