package eu.cyberstat.ingest.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvFieldsTest {

    private static CsvFields split(String record, char separator) {
        CsvFields f = new CsvFields(separator);
        byte[] b = record.getBytes(StandardCharsets.UTF_8);
        f.split(b, 0, b.length);
        return f;
    }

    @Test
    void readsQuotedFieldsWithSeparatorsAndDoubledQuotes() {
        CsvFields f = split("a;\"b;c\";\"say \"\"hi\"\"\"; d ;", ';');
        assertThat(f.count()).isEqualTo(5);
        assertThat(f.text(0, StandardCharsets.UTF_8)).isEqualTo("a");
        assertThat(f.text(1, StandardCharsets.UTF_8)).isEqualTo("b;c");
        assertThat(f.text(2, StandardCharsets.UTF_8)).isEqualTo("say \"hi\"");
        assertThat(f.text(3, StandardCharsets.UTF_8)).isEqualTo("d");
        assertThat(f.text(4, StandardCharsets.UTF_8)).isEmpty();
        assertThat(f.isMalformed()).isFalse();
    }

    @Test
    void flagsUnclosedQuotes() {
        assertThat(split("a,\"b,c", ',').isMalformed()).isTrue();
        assertThat(split("a,\"b\"x,c", ',').isMalformed()).isTrue();
    }

    @Test
    void emptyRecordIsOneEmptyField() {
        assertThat(split("", ',').count()).isEqualTo(1);
    }
}
