package eu.cyberstat.web.account;

import eu.cyberstat.failure.ConflictException;
import eu.cyberstat.failure.StorageException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.cyberstat.failure.NotFoundException;
import eu.cyberstat.web.PortalFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The portal's accounts: {@code accounts.json} in the portal folder, owner-only, holding password
 * and token hashes and nothing from which a password or token could be read back. Every change
 * rewrites the file whole under a lock (a temporary file, flushed, renamed over the old one), so
 * the service and a {@code cyberstat accounts} command can change it at the same time; the
 * service sees a change (a disabled account, a revoked token) at its next request.
 */
public final class AccountStore {

    public static final String FILE = "accounts.json";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    /** The file's content. */
    record Document(int version, List<Account> accounts) {
    }

    /** An account and the token it was reached through. */
    public record TokenHolder(Account account, ApiToken token) {
    }

    private final Path file;
    private Snapshot cached;

    /** The accounts as read, and which version of the file they came from. */
    private record Snapshot(Object fileKey, long modified, long size, List<Account> accounts) {
    }

    public AccountStore(Path portalDir) {
        this.file = PortalFiles.folder(portalDir).resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Every account, in name order. */
    public synchronized List<Account> accounts() {
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            if (cached == null || !Objects.equals(cached.fileKey, now.fileKey())
                    || cached.modified != now.lastModifiedTime().toMillis() || cached.size != now.size()) {
                cached = new Snapshot(now.fileKey(), now.lastModifiedTime().toMillis(), now.size(), read());
            }
            return cached.accounts;
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<Account> find(String name) {
        return accounts().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Account get(String name) {
        return find(name).orElseThrow(() -> new NotFoundException("There is no account named '" + name + "' in " + file
                + " (cyberstat accounts list shows them)."));
    }

    /**
     * The enabled account holding the valid token {@code presented}, if any: a revoked token, a
     * wrong secret and a disabled account are all refused.
     */
    public Optional<TokenHolder> findToken(String presented) {
        Optional<ApiTokens.Presented> parts = ApiTokens.parse(presented);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        for (Account a : accounts()) {
            for (ApiToken t : a.tokens()) {
                if (t.id().equals(parts.get().id())) {
                    boolean valid = ApiTokens.matches(t, parts.get().secret()) && !t.isRevoked() && a.enabled();
                    return valid ? Optional.of(new TokenHolder(a, t)) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The account holding token {@code tokenId}, revoked or not. */
    public Optional<Account> holderOf(String tokenId) {
        return accounts().stream().filter(a -> a.tokens().stream().anyMatch(t -> t.id().equals(tokenId))).findFirst();
    }

    /** Adds a new account; a name already taken is refused. */
    public Account add(Account account) {
        return PortalFiles.locked(file, () -> {
            List<Account> all = new ArrayList<>(read());
            if (all.stream().anyMatch(a -> a.name().equals(account.name()))) {
                throw new ConflictException("An account named '" + account.name() + "' exists already: choose another "
                        + "name, or change that one with cyberstat accounts reset or disable.");
            }
            all.add(account);
            write(all);
            return account;
        });
    }

    /** Replaces account {@code name} by {@code change} of it, reading the file under the lock. */
    public Account update(String name, UnaryOperator<Account> change) {
        return PortalFiles.locked(file, () -> {
            List<Account> all = new ArrayList<>(read());
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).name().equals(name)) {
                    Account changed = change.apply(all.get(i));
                    all.set(i, changed);
                    write(all);
                    return changed;
                }
            }
            throw new NotFoundException("There is no account named '" + name + "' in " + file
                    + " (cyberstat accounts list shows them).");
        });
    }

    private List<Account> read() {
        try {
            return List.copyOf(JSON.readValue(file.toFile(), Document.class).accounts());
        } catch (java.io.FileNotFoundException | NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            throw new StorageException("Cannot read the accounts file " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(List<Account> accounts) {
        List<Account> sorted = accounts.stream().sorted(Comparator.comparing(Account::name)).toList();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(file.getParent(), "." + FILE, ".tmp"); // 0600 on POSIX
            PortalFiles.ownerOnly(tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                JSON.writeValue(out, new Document(1, sorted));
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // the rename took it, or there is nothing more to do
            }
        }
    }
}
