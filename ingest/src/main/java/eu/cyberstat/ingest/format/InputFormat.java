package eu.cyberstat.ingest.format;

/** The layouts of national statistics cyberstat reads (docs/data-format.md describes each). */
public enum InputFormat {
    /** The project's CSV contract: country,year,offence,indicator,value,flags,note. */
    PROJECT_CSV("project CSV"),
    /** Eurostat SDMX-CSV 1.0: DATAFLOW,LAST UPDATE,freq,iccs,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG. */
    SDMX_CSV_1("SDMX-CSV 1.0"),
    /** SDMX-CSV 2.0: STRUCTURE,STRUCTURE_ID,ACTION,...,OBS_VALUE,OBS_FLAG,CONF_STATUS. */
    SDMX_CSV_2("SDMX-CSV 2.0"),
    /** Eurostat TSV: freq,iccs,unit,geo\TIME_PERIOD, then a column per year. */
    EUROSTAT_TSV("Eurostat TSV"),
    /** An Excel workbook (.xlsx, also .xls) with a sheet in the project layout or SDMX-CSV columns. */
    XLSX("Excel workbook"),
    /** A national layout described by a mapping profile (templates/profiles/). */
    PROFILE("mapping profile");

    private final String label;

    InputFormat(String label) {
        this.label = label;
    }

    /** The name for people: "SDMX-CSV 2.0". */
    public String label() {
        return label;
    }
}
