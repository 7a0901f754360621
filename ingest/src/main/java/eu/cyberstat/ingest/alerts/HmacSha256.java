package eu.cyberstat.ingest.alerts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA-256 (RFC 2104) with the key's inner and outer pads digested once: each message then
 * costs the compression of its own blocks plus one, instead of {@link javax.crypto.Mac}'s
 * re-digesting of both pads on every call. Not thread-safe: one instance per task.
 */
public final class HmacSha256 {

    private static final int BLOCK = 64;

    private final MessageDigest innerBase;
    private final MessageDigest outerBase;

    public HmacSha256(byte[] key) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("An HMAC key must not be empty");
        }
        MessageDigest sha = sha256();
        byte[] k = key.length > BLOCK ? sha.digest(key) : key;
        byte[] ipad = new byte[BLOCK];
        byte[] opad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        innerBase = sha256();
        innerBase.update(ipad);
        outerBase = sha256();
        outerBase.update(opad);
        Arrays.fill(ipad, (byte) 0);
        Arrays.fill(opad, (byte) 0);
    }

    /** The 32-byte HMAC of {@code message[offset, offset + length)}. */
    public byte[] mac(byte[] message, int offset, int length) {
        MessageDigest inner = copy(innerBase);
        inner.update(message, offset, length);
        MessageDigest outer = copy(outerBase);
        outer.update(inner.digest());
        return outer.digest();
    }

    public byte[] mac(byte[] message) {
        return mac(message, 0, message.length);
    }

    private static MessageDigest copy(MessageDigest base) {
        try {
            return (MessageDigest) base.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest of this JVM cannot be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }
}
