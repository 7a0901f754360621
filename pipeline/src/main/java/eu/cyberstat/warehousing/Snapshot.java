package eu.cyberstat.warehousing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of a table as of an instant: for every partition, the last commit at or before
 * that instant that wrote it. Earlier commits are superseded partition by partition. Partitions
 * are the commit log's lists of values; each table gives them their type (a submission's
 * {@link CountryYear}s) outside this package.
 */
public final class Snapshot {

    private final Map<List<String>, Commit> owners;
    private final List<Commit> commits;

    Snapshot(Instant asOf, List<Commit> commitsInOrder) {
        Map<List<String>, Commit> map = new LinkedHashMap<>();
        List<Commit> visible = new ArrayList<>();
        for (Commit c : commitsInOrder) {
            if (asOf == null || !c.committedAt().isAfter(asOf)) {
                visible.add(c);
                c.partitions().forEach(p -> map.put(p, c));
            }
        }
        this.owners = map;
        this.commits = List.copyOf(visible);
    }

    /** Every commit visible at this instant, effective or superseded, in log order. */
    public List<Commit> commits() {
        return commits;
    }

    Map<List<String>, Commit> partitionOwners() {
        return owners;
    }

    /** The commits that still own at least one partition, in log order. */
    public List<Commit> effectiveCommits() {
        Set<Commit> effective = Set.copyOf(owners.values());
        return commits.stream().filter(effective::contains).toList();
    }

    /** The partitions a commit still owns in this snapshot (empty when fully superseded). */
    List<List<String>> partitionsOwnedBy(Commit commit) {
        return commit.partitions().stream().filter(p -> commit.equals(owners.get(p))).toList();
    }

    /** True when every partition the commit wrote is still its own. */
    public boolean isFullyEffective(Commit commit) {
        return commit.partitions().stream().allMatch(p -> commit.equals(owners.get(p)));
    }

    /** The latest commit of the snapshot, if any. */
    public Commit latest() {
        return commits.isEmpty() ? null : commits.get(commits.size() - 1);
    }
}
