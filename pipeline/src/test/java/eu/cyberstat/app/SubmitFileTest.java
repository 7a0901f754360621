package eu.cyberstat.app;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cyberstat.ingest.validation.ValidationRequest;
import eu.cyberstat.pipeline.Settings;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.warehousing.FigureRevision;
import eu.cyberstat.warehousing.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the portal shows before an uploader confirms: the revisions, with nothing written. */
class SubmitFileTest {

    private static final String HEADER = "country,year,offence,indicator,value,flags,note\n";

    @TempDir
    Path dir;

    @Test
    void aPreviewShowsTheRevisionsAndWritesNothing() throws Exception {
        TestSpark.session();   // the one session of the test JVM, which the application then uses
        Path warehouse = dir.resolve("warehouse");
        Settings settings = Settings.defaults().with(Settings.WAREHOUSE_DIR, warehouse);
        Path first = Files.writeString(dir.resolve("lu-1.csv"), HEADER + "LU,2022,CYB,RECORDED,100,,\n"
                + "LU,2022,CIA,RECORDED,40,,\n");
        Path second = Files.writeString(dir.resolve("lu-2.csv"), HEADER + "LU,2022,CYB,RECORDED,130,p,\n");
        try (Application app = Application.start(settings, "test")) {
            SubmitFile submit = new SubmitFile(app);
            assertThat(submit.submit(new SubmitFile.Request(first, ValidationRequest.detect(), false, false))
                    .receipt().status()).isEqualTo(Receipt.ACCEPTED);

            SubmitFile.Outcome preview = submit.preview(new SubmitFile.Request(second, ValidationRequest.detect(), false,
                    true));

            assertThat(preview.receipt().status()).isEqualTo(Receipt.UNCONFIRMED);
            assertThat(preview.revisions().of(FigureRevision.Kind.CHANGED)).singleElement()
                    .satisfies(f -> assertThat(f.change()).isEqualTo(30L));
            assertThat(preview.revisions().of(FigureRevision.Kind.DROPPED)).singleElement()
                    .satisfies(f -> assertThat(f.offence()).isEqualTo("CIA"));
            assertThat(Warehouse.open(warehouse).submissions().history()).hasSize(1);

            assertThat(submit.submit(new SubmitFile.Request(second, ValidationRequest.detect(), false, true))
                    .receipt().status()).isEqualTo(Receipt.ACCEPTED);
            assertThat(Warehouse.open(warehouse).submissions().history()).hasSize(2);
        }
    }
}
