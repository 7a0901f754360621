package eu.cyberstat.warehousing;

import eu.cyberstat.failure.StorageException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * A warehouse on a Hadoop file system whose rename is atomic and refuses an existing target
 * (HDFS; see {@link WarehouseLocation} for which schemes qualify and why). Every file is written
 * under a fresh name beside its target, {@code hsync}ed and closed, then renamed into place with
 * {@link FileContext#rename}: {@code Options.Rename.NONE} to create once (fails when the target
 * exists: the commit's no-replace step), {@code OVERWRITE} to replace a file.
 *
 * <p>There is no lock a dead process would release on Hadoop, so commits are optimistic, as
 * Delta Lake's HDFSLogStore: see {@link #appendingTo}.
 */
public final class HadoopStorage implements WarehouseStorage {

    private static final FsPermission FOLDER = new FsPermission((short) 0755);

    private final URI base;
    private final FileSystem fs;
    private final FileContext fc;

    /**
     * @param base the file system's scheme and authority ({@code hdfs://namenode:8020})
     * @param conf the Hadoop settings (the same the executors get: {@code spark.hadoop.*})
     */
    HadoopStorage(URI base, Configuration conf) throws IOException {
        this.base = URI.create(base.getScheme() + "://" + (base.getRawAuthority() == null ? "" : base.getRawAuthority()));
        this.fs = FileSystem.get(this.base, conf);
        this.fc = FileContext.getFileContext(this.base, conf);
    }

    /** The Hadoop path of a warehouse name. */
    org.apache.hadoop.fs.Path of(Path p) {
        return new org.apache.hadoop.fs.Path(base.getScheme(), base.getAuthority(), p.toAbsolutePath().normalize().toString());
    }

    @Override
    public String describe(Path p) {
        return of(p).toString();
    }

    @Override
    public StorageException failure(String doing, Path where, Throwable cause) {
        return StorageFailures.of(doing, describe(where), cause);
    }

    private FileStatus status(Path p) throws IOException {
        try {
            return fs.getFileStatus(of(p));
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    private FileStatus statusOrNull(Path p) {
        try {
            return status(p);
        } catch (IOException e) {
            throw unreadable(p, e);
        }
    }

    private StorageException unreadable(Path p, IOException e) {
        return new StorageException("Cannot read " + describe(p) + ": " + e.getMessage(), e);
    }

    @Override
    public boolean exists(Path p) {
        return statusOrNull(p) != null;
    }

    @Override
    public boolean isDirectory(Path p) {
        FileStatus s = statusOrNull(p);
        return s != null && s.isDirectory();
    }

    @Override
    public boolean isFile(Path p) {
        FileStatus s = statusOrNull(p);
        return s != null && s.isFile();
    }

    @Override
    public boolean isLink(Path p) {
        try {
            return fs.getFileLinkStatus(of(p)).isSymlink(); // getFileStatus would follow the link
        } catch (FileNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw unreadable(p, e);
        }
    }

    @Override
    public String linkTarget(Path link) {
        try {
            return fc.getLinkTarget(of(link)).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    @Override
    public List<Path> list(Path dir) {
        try {
            FileStatus s = status(dir);
            if (s == null || !s.isDirectory()) {
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            for (FileStatus child : fs.listStatus(of(dir))) {
                out.add(dir.resolve(child.getPath().getName()));
            }
            out.sort(Comparator.naturalOrder());
            return out;
        } catch (FileNotFoundException gone) {
            return List.of();
        } catch (IOException e) {
            throw new StorageException("Cannot list " + describe(dir) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Path> walk(Path p) {
        if (!exists(p)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        out.add(p);
        for (Path child : list(p)) {
            out.addAll(walk(child));
        }
        return out;
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        fs.mkdirs(of(dir), FOLDER);
    }

    @Override
    public void createPrivateDirectory(Path dir) throws IOException {
        if (!isDirectory(dir)) {
            fs.mkdirs(of(dir), new FsPermission((short) 0700));
            fs.setPermission(of(dir), new FsPermission((short) 0700));
        }
    }

    @Override
    public InputStream read(Path file) throws IOException {
        return fs.open(of(file));
    }

    @Override
    public long size(Path p) throws IOException {
        return fs.getFileStatus(of(p)).getLen();
    }

    @Override
    public Instant lastModified(Path p) throws IOException {
        return Instant.ofEpochMilli(fs.getFileStatus(of(p)).getModificationTime());
    }

    @Override
    public void write(Path target, AtomicFiles.Content content) throws IOException {
        writeDurably(of(target), AtomicFiles.PUBLISHED, content);
    }

    /** Creates a new file (never replacing one), writes it, {@code hsync}s and closes it. */
    private void writeDurably(org.apache.hadoop.fs.Path file, Set<PosixFilePermission> mode,
                              AtomicFiles.Content content) throws IOException {
        FsPermission permission = mode == null ? new FsPermission((short) 0600) : permissionOf(mode);
        try (FSDataOutputStream out = fc.create(file, EnumSet.of(CreateFlag.CREATE),
                Options.CreateOpts.perms(permission), Options.CreateOpts.createParent())) {
            content.writeTo(out);
            out.hsync();
        }
        // The umask applies at creation: the mode is set after, as locally.
        fs.setPermission(file, permission);
    }

    private static FsPermission permissionOf(Set<PosixFilePermission> mode) {
        int bits = 0;
        for (PosixFilePermission p : mode) {
            bits |= 1 << (8 - p.ordinal());
        }
        return new FsPermission((short) bits);
    }

    @Override
    public void copyIn(Path localFile, Path target) throws IOException {
        write(target, out -> Files.copy(localFile, out));
    }

    /** A fresh name beside {@code target}, as {@link AtomicFiles} names its temporary files. */
    private static Path aside(Path target) {
        return target.resolveSibling("." + target.getFileName() + UUID.randomUUID() + ".tmp");
    }

    @Override
    public void publish(Path target, Set<PosixFilePermission> mode, AtomicFiles.Content content) {
        try {
            writeAsideThenRename(target, mode, content, Options.Rename.OVERWRITE);
        } catch (IOException e) {
            throw failure("write", target, e);
        }
    }

    @Override
    public boolean createOnce(Path target, Set<PosixFilePermission> mode, AtomicFiles.Content content) {
        try {
            writeAsideThenRename(target, mode, content, Options.Rename.NONE);
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException raced) {
            return false;
        } catch (IOException e) {
            throw failure("create", target, e);
        }
    }

    /** The content written whole beside {@code target}, then renamed onto it in one step. */
    private void writeAsideThenRename(Path target, Set<PosixFilePermission> mode, AtomicFiles.Content content,
                                      Options.Rename how) throws IOException {
        Path tmp = aside(target);
        try {
            writeDurably(of(tmp), mode, content);
            fc.rename(of(tmp), of(target), how);
        } finally {
            deleteQuietly(tmp);
        }
    }

    @Override
    public void moveIntoPlace(Path staged, Path target) {
        try {
            fs.mkdirs(of(target.getParent()), FOLDER);
            FileStatus s = fs.getFileStatus(of(staged));
            // A folder never replaces one; a file replaces the one there, atomically (HDFS rename).
            fc.rename(of(staged), of(target), s.isDirectory() ? Options.Rename.NONE : Options.Rename.OVERWRITE);
        } catch (IOException e) {
            throw failure("put in place", target, e);
        }
    }

    @Override
    public void delete(Path p) {
        remove(p, false);
    }

    @Override
    public void deleteTree(Path dir) {
        remove(dir, true);
    }

    private void remove(Path p, boolean recursive) {
        try {
            fs.delete(of(p), recursive);
        } catch (IOException e) {
            throw failure("remove", p, e);
        }
    }

    private void deleteQuietly(Path tmp) {
        try {
            fs.delete(of(tmp), false);
        } catch (IOException ignored) {
            // Only a leftover temporary file; the target itself is complete or absent.
        }
    }

    /**
     * No lock: the append runs as it is, and {@link CommitLog} makes it optimistic (write the
     * entry aside, rename it to {@code N.json} with no replace; when another writer took N, read
     * what it committed, check for conflicts again and try N+1). A writer that dies holds nothing
     * that could block the next one.
     */
    @Override
    public <T> T appendingTo(Path logDir, LogAppend<T> append) throws IOException {
        fs.mkdirs(of(logDir), FOLDER);
        return append.run();
    }
}
