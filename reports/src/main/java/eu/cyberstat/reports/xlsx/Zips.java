package eu.cyberstat.reports.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx is one) with every entry stamped with the same instant, so that the
 * same workbook is the same bytes on every run, in any time zone; POI stamps entries with the
 * wall clock.
 */
final class Zips {

    private Zips() {
    }

    static byte[] withFixedTimes(byte[] zip, Instant when) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(6);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(java.time.LocalDateTime.ofInstant(when, java.time.ZoneOffset.UTC));
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
