package eu.cyberstat.ingest.alerts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * HMAC-SHA-256 (RFC 2104): H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)). One digest object reused for
 * every message, so that a call allocates only its 32-byte result (tens of millions of calls
 * per export; {@link javax.crypto.Mac} allocates more per call). Not thread-safe: one instance
 * per task. Checked against RFC 4231's vectors and against {@code javax.crypto.Mac}.
 */
public final class HmacSha256 {

    private static final int BLOCK = 64;

    private final MessageDigest sha = sha256();
    private final byte[] ipad = new byte[BLOCK];
    private final byte[] opad = new byte[BLOCK];
    private final byte[] inner = new byte[32];

    public HmacSha256(byte[] key) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("An HMAC key must not be empty");
        }
        MessageDigest sha = sha256();
        byte[] k = key.length > BLOCK ? sha.digest(key) : key;
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
    }

    /** The 32-byte HMAC of {@code message[offset, offset + length)}. */
    public byte[] mac(byte[] message, int offset, int length) {
        try {
            sha.update(ipad);
            sha.update(message, offset, length);
            sha.digest(inner, 0, inner.length);
            sha.update(opad);
            sha.update(inner);
            return sha.digest();
        } catch (java.security.DigestException e) {
            throw new IllegalStateException("SHA-256 digest of 32 bytes did not fit 32 bytes", e);
        }
    }

    public byte[] mac(byte[] message) {
        return mac(message, 0, message.length);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }
}
