package eu.cyberstat.web.account;

import eu.cyberstat.failure.ConflictException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.failure.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountStoreTest {

    @TempDir
    Path dir;

    private static Account account(String name, Role role, String country) {
        return new Account(name, name, role, country, "$argon2id$hash-of-" + name, true, Instant.EPOCH, Instant.EPOCH,
                List.of());
    }

    @Test
    void keepsAccountsInAFileOnlyItsOwnerReads() throws Exception {
        AccountStore store = new AccountStore(dir.resolve("portal"));
        assertThat(store.accounts()).isEmpty();
        store.add(account("de-up", Role.UPLOADER, "DE"));
        store.add(account("op", Role.OPERATOR, null));
        assertThat(store.accounts()).extracting(Account::name).containsExactly("de-up", "op");
        assertThat(Files.getPosixFilePermissions(store.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("portal"))).isEqualTo(
                PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readString(store.file())).contains("\"role\" : \"uploader\"", "\"country\" : \"DE\"");
        assertThat(new AccountStore(dir.resolve("portal")).get("de-up")).isEqualTo(store.get("de-up"));
    }

    @Test
    void refusesASecondAccountOfTheSameNameAndAnUnknownName() {
        AccountStore store = new AccountStore(dir);
        store.add(account("op", Role.OPERATOR, null));
        assertThatThrownBy(() -> store.add(account("op", Role.READER, null))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("An account named 'op' exists already");
        assertThatThrownBy(() -> store.update("nobody", a -> a)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("There is no account named 'nobody'");
        assertThatThrownBy(() -> account("x", Role.UPLOADER, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account("x", Role.READER, "DE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seesAChangeMadeByAnotherProcessAtItsNextRead() {
        AccountStore service = new AccountStore(dir);
        AccountStore command = new AccountStore(dir);
        command.add(account("op", Role.OPERATOR, null));
        assertThat(service.get("op").enabled()).isTrue();
        command.update("op", a -> a.withEnabled(false));
        assertThat(service.get("op").enabled()).isFalse();
    }

    @Test
    void findsAValidTokenOnlyWhileItAndItsAccountAreValid() {
        AccountStore store = new AccountStore(dir);
        store.add(account("op", Role.OPERATOR, null));
        ApiTokens.Issued issued = ApiTokens.issue("push", Instant.EPOCH);
        store.update("op", a -> a.withToken(issued.token()));
        assertThat(Files.exists(store.file())).isTrue();
        assertThat(store.findToken(issued.presented())).hasValueSatisfying(h -> assertThat(h.account().name())
                .isEqualTo("op"));
        store.update("op", a -> a.withEnabled(false));
        assertThat(store.findToken(issued.presented())).isEmpty();
        store.update("op", a -> a.withEnabled(true).withTokenRevoked(issued.token().id(), Instant.EPOCH));
        assertThat(store.findToken(issued.presented())).isEmpty();
        assertThat(store.holderOf(issued.token().id())).isPresent();
    }

    @Test
    void concurrentChangesAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "user" + i;
            done.add(pool.submit(() -> new AccountStore(dir).add(account(name, Role.READER, null))));
        }
        for (Future<?> f : done) {
            f.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(new AccountStore(dir).accounts()).hasSize(20);
    }
}
