package eu.cyberstat.warehousing;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on a local folder. */
class LocalStorageTest extends WarehouseStorageContract {

    @TempDir
    Path dir;

    @Override
    WarehouseLocation freshFolder() {
        return WarehouseLocation.local(dir.resolve("warehouse"));
    }

    @Override
    WarehouseLocation sameFolderAgain() {
        return WarehouseLocation.local(dir.resolve("warehouse"));
    }
}
