package eu.cyberstat.pipeline.alerts;

import eu.cyberstat.ingest.alerts.DuplicateAlertIds;
import eu.cyberstat.ingest.alerts.ExportFile;
import eu.cyberstat.ingest.alerts.ExportSplit;
import eu.cyberstat.ingest.alerts.PlatformProfile;
import java.io.Serializable;
import java.util.List;

/**
 * Everything a task needs to read its split of an ingest: shipped to executors inside the
 * reader factory (serialised with the task, never printed in a plan or a log).
 *
 * @param firstLines line number of the first line of each split, by split index
 * @param scratchDir where tasks leave their quarantine records and counts (a folder every task can reach)
 */
record IngestPlan(String ingestId, PlatformProfile profile, List<ExportFile> files, List<ExportSplit> splits,
                  long[] firstLines, DuplicateAlertIds duplicates, byte[] hmacKey, String scratchDir)
        implements Serializable {

    @Override
    public String toString() {
        return "IngestPlan[" + ingestId + ", " + files.size() + " files, " + splits.size() + " splits]"; // no key
    }
}
