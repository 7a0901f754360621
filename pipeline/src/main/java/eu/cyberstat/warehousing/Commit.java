package eu.cyberstat.warehousing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One committed change to a warehouse table: the data folder it added (relative to the table)
 * and the partitions whose content it replaces. Immutable once written.
 *
 * @param sequence    position in the table's log, from 1
 * @param id          unique id of the commit (for submissions: the submission id)
 * @param committedAt when the commit became visible; strictly increasing along the log
 * @param dataDir     folder of the commit's Parquet files, relative to the table folder
 * @param partitions  partition values (in the table's partition column order) this commit owns
 * @param properties  free metadata (file name, checksum, rows, run id ...)
 */
public record Commit(long sequence, String id, Instant committedAt, String dataDir, List<List<String>> partitions,
                     Map<String, String> properties) {

    public Commit {
        partitions = partitions.stream().map(List::copyOf).toList();
        properties = Map.copyOf(properties);
    }

    public String property(String key) {
        return properties.getOrDefault(key, "");
    }
}
