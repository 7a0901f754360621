package eu.cyberstat.pipeline.alerts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberstat.ingest.alerts.AlertSplitReader;
import eu.cyberstat.ingest.alerts.AlertStatus;
import eu.cyberstat.ingest.alerts.ExportFile;
import eu.cyberstat.ingest.alerts.ExportSplit;
import eu.cyberstat.ingest.alerts.NormalisedAlert;
import eu.cyberstat.ingest.alerts.RecentValues;
import eu.cyberstat.ingest.alerts.Rejection;
import eu.cyberstat.warehousing.AlertTablesSchema;
import eu.cyberstat.warehousing.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Reads one split into rows of the alerts table. Quarantined records and duplicates are not
 * rows: they are written, pseudonymised, to a JSON Lines side file of the split, and the
 * split's counts to a small JSON file, both replaced atomically so that a retried task leaves
 * exactly one copy. Strings that repeat (platform, month, offence, status, country, domain) are
 * encoded to Spark's UTF8String once, not once per row.
 */
final class SplitRowReader implements PartitionReader<InternalRow> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PROGRESS_EVERY = 8192;

    private final IngestPlan plan;
    private final ExportSplit split;
    private final ExportFile file;
    private final AlertSplitReader reader;
    /** Typed slots: longs are stored without boxing. */
    private final SpecificInternalRow row = new SpecificInternalRow(AlertTablesSchema.ALERTS_SCHEMA);
    private final UTF8String platform;
    private final UTF8String ingestId;
    private final UTF8String[] statuses = new UTF8String[AlertStatus.values().length];
    private final Map<String, UTF8String> codes = new HashMap<>();
    private final Map<Integer, UTF8String> months = new HashMap<>();
    private final RecentValues<String, UTF8String> domains = new RecentValues<>(1 << 14, UTF8String::fromString);
    private final TreeSet<String> monthsSeen = new TreeSet<>();
    private final Path quarantineFile;
    private OutputStream quarantineOut;
    private JsonGenerator quarantine;
    private InternalRow current;
    private long records;
    private long accepted;
    private long quarantined;
    private long duplicates;
    private long sinceProgress;

    SplitRowReader(IngestPlan plan, int splitIndex) {
        this.plan = plan;
        this.split = plan.splits().get(splitIndex);
        this.file = plan.files().get(split.fileIndex());
        this.platform = UTF8String.fromString(plan.profile().platform());
        this.ingestId = UTF8String.fromString(plan.ingestId());
        for (AlertStatus s : AlertStatus.values()) {
            statuses[s.ordinal()] = UTF8String.fromString(s.code());
        }
        this.quarantineFile = Path.of(plan.scratchDir(), String.format("quarantine-%06d.jsonl", splitIndex));
        try {
            this.reader = new AlertSplitReader(file, split, plan.firstLines()[splitIndex], plan.profile(), plan.hmacKey(),
                    plan.duplicates());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
    }

    @Override
    public boolean next() throws IOException {
        while (reader.next()) {
            records++;
            if (++sinceProgress == PROGRESS_EVERY) {
                IngestProgress.add(sinceProgress);
                sinceProgress = 0;
            }
            switch (reader.outcome()) {
                case ACCEPTED -> {
                    accepted++;
                    // One mutable row for the whole split: Spark's projection copies it into its own
                    // row format before the next call, so no copy is made here.
                    current = fill(reader.alert());
                    return true;
                }
                case DUPLICATE -> {
                    duplicates++;
                    quarantine(reader.rejection());
                }
                case QUARANTINED -> {
                    quarantined++;
                    quarantine(reader.rejection());
                }
            }
        }
        return false;
    }

    private InternalRow fill(NormalisedAlert a) {
        row.update(0, platform);
        row.update(1, months.computeIfAbsent(a.yearMonth, ym -> {
            String text = NormalisedAlert.monthText(ym);
            monthsSeen.add(text);
            return UTF8String.fromString(text);
        }));
        row.update(2, UTF8String.fromString(a.alertId));
        row.setLong(3, a.receivedMicros);
        if (a.closedMicros == NormalisedAlert.NO_TIME) {
            row.setNullAt(4);
        } else {
            row.setLong(4, a.closedMicros);
        }
        row.update(5, codes.computeIfAbsent(a.offence, UTF8String::fromString));
        row.update(6, statuses[a.status.ordinal()]);
        row.update(7, a.hostingCountry == null ? null : codes.computeIfAbsent(a.hostingCountry, UTF8String::fromString));
        if (a.urlDomain == null) {
            row.setNullAt(8);
            row.setNullAt(9);
        } else {
            row.update(8, domains.get(a.urlDomain));
            row.update(9, a.urlHmac);
        }
        row.update(10, ingestId);
        return row;
    }

    private void quarantine(Rejection r) throws IOException {
        if (quarantine == null) {
            quarantineOut = new BufferedOutputStream(Files.newOutputStream(tmp(quarantineFile)), 1 << 16);
            quarantine = JSON.getFactory().createGenerator(quarantineOut);
            quarantine.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        }
        quarantine.writeStartObject();
        quarantine.writeStringField("platform", plan.profile().platform());
        quarantine.writeStringField("ingest_id", plan.ingestId());
        quarantine.writeStringField("file", file.name());
        quarantine.writeNumberField("line", reader.line());
        quarantine.writeStringField("code", r.code());
        quarantine.writeStringField("field", r.field());
        quarantine.writeStringField("reason", r.reason());
        quarantine.writeStringField("alert_id", reader.quarantineAlertId());
        quarantine.writeEndObject();
        quarantine.writeRaw('\n');
    }

    @Override
    public InternalRow get() {
        return current;
    }

    @Override
    public void close() throws IOException {
        IngestProgress.add(sinceProgress);
        sinceProgress = 0;
        reader.close();
        if (quarantine != null) {
            quarantine.close();
            quarantineOut.close();
            AtomicFiles.moveIntoPlace(tmp(quarantineFile), quarantineFile);
        }
        SplitCounts counts = new SplitCounts(split.index(), records, accepted, quarantined, duplicates,
                monthsSeen.stream().toList());
        Path countsFile = Path.of(plan.scratchDir(), String.format("counts-%06d.json", split.index()));
        byte[] json = JSON.writeValueAsBytes(counts);
        AtomicFiles.publish(countsFile, null, out -> out.write(json));
    }

    private static Path tmp(Path p) {
        return p.resolveSibling(p.getFileName() + ".tmp");
    }

    /** What one split read: summed into the receipt. */
    record SplitCounts(int split, long records, long accepted, long quarantined, long duplicates,
                       java.util.List<String> months) {
    }
}
