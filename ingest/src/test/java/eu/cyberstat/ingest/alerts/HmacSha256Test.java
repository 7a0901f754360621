package eu.cyberstat.ingest.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacSha256Test {

    @Test
    void matchesRfc4231TestVectors() {
        // RFC 4231, test case 1
        byte[] key1 = HexFormat.of().parseHex("0b".repeat(20));
        assertThat(HexFormat.of().formatHex(new HmacSha256(key1).mac("Hi There".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        // test case 2
        assertThat(HexFormat.of().formatHex(new HmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII))
                .mac("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        // test case 6: a key longer than the block size is hashed first
        byte[] key6 = HexFormat.of().parseHex("aa".repeat(131));
        assertThat(HexFormat.of().formatHex(new HmacSha256(key6).mac(
                "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void equalsTheJdkMacForRandomKeysAndMessages() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 300; i++) {
            byte[] key = new byte[1 + random.nextInt(150)];
            byte[] message = new byte[random.nextInt(300)];
            random.nextBytes(key);
            random.nextBytes(message);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            HmacSha256 ours = new HmacSha256(key);
            assertThat(ours.mac(message)).isEqualTo(mac.doFinal(message));
            assertThat(ours.mac(message)).as("reusable").isEqualTo(mac.doFinal(message));
        }
    }
}
