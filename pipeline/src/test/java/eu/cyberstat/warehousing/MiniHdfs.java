package eu.cyberstat.warehousing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * One in-process HDFS (a name node and a data node on 127.0.0.1, in a temporary folder) for the
 * tests of the warehouse on Hadoop, started when first needed and stopped when the JVM ends.
 */
public final class MiniHdfs {

    private static MiniDFSCluster cluster;

    private MiniHdfs() {
    }

    /** {@code hdfs://127.0.0.1:PORT}, the cluster started if need be. */
    public static synchronized String uri() {
        if (cluster == null) {
            try {
                Path base = Files.createTempDirectory("cyberstat-minihdfs");
                Configuration conf = new Configuration();
                conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
                conf.set("dfs.namenode.http-address", "127.0.0.1:0");
                conf.set("dfs.datanode.http.address", "127.0.0.1:0");
                conf.set("dfs.permissions.enabled", "true");
                cluster = new MiniDFSCluster.Builder(conf, new File(base.toString())).numDataNodes(1).format(true).build();
                cluster.waitActive();
                MiniDFSCluster started = cluster;
                Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "hdfs://127.0.0.1:" + cluster.getNameNodePort();
    }

    /** A warehouse location on the cluster, in a folder of its own. */
    public static WarehouseLocation location(String folder) {
        return WarehouseLocation.of("warehouse.dir", uri() + folder, Map.of());
    }
}
