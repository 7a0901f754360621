package eu.cyberstat.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAccountsTest {

    @TempDir
    Path dir;

    private static Map<String, String> passwords(Path file) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#"))
                .map(l -> l.split("\\s+")).collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }

    @Test
    void createsFourAccountsWithNewRandomPasswordsEveryTime() throws Exception {
        AccountStore store = new AccountStore(dir);
        Passwords hashing = new Passwords(12);
        Path file = DemoAccounts.create(store, hashing, dir, Clock.systemUTC());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Map<String, String> first = passwords(file);
        assertThat(first).containsOnlyKeys("de-uploader", "fr-uploader", "operator", "reader");
        for (Map.Entry<String, String> e : first.entrySet()) {
            assertThat(hashing.matches(e.getValue().toCharArray(), store.get(e.getKey()).passwordHash())).isTrue();
        }
        store.update("reader", a -> a.withEnabled(false));
        Map<String, String> second = passwords(DemoAccounts.create(store, hashing, dir, Clock.systemUTC()));
        for (String name : List.of("de-uploader", "fr-uploader", "operator", "reader")) {
            assertThat(second.get(name)).isNotEqualTo(first.get(name));
            assertThat(hashing.matches(first.get(name).toCharArray(), store.get(name).passwordHash())).isFalse();
        }
        assertThat(store.get("reader").enabled()).isTrue();
        assertThat(store.accounts()).hasSize(4);
        assertThat(Files.readString(store.file())).doesNotContain(second.values());
    }
}
