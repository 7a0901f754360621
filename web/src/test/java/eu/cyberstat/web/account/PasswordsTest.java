package eu.cyberstat.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords(12);

    @Test
    void hashesWithArgon2idAndASaltOfItsOwn() {
        String a = passwords.hash("correct horse battery".toCharArray());
        String b = passwords.hash("correct horse battery".toCharArray());
        assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
        assertThat(b).isNotEqualTo(a);
        assertThat(passwords.matches("correct horse battery".toCharArray(), a)).isTrue();
        assertThat(passwords.matches("correct horse batterY".toCharArray(), a)).isFalse();
        assertThat(passwords.matches("correct horse battery".toCharArray(), null)).as("no account").isFalse();
    }

    @Test
    void refusesShortOverlongAndNamePasswords() {
        assertThat(passwords.weakness("eleven char".toCharArray(), "ana")).contains(Passwords.Weakness.TOO_SHORT);
        assertThat(passwords.weakness("twelve chars".toCharArray(), "ana")).isEmpty();
        assertThat(passwords.weakness("x".repeat(257).toCharArray(), "ana")).contains(Passwords.Weakness.TOO_LONG);
        assertThat(passwords.weakness("Statistician".toCharArray(), "statistician"))
                .contains(Passwords.Weakness.SAME_AS_NAME);
        assertThat(passwords.describe(Passwords.Weakness.TOO_SHORT)).isEqualTo(
                "The password must have at least 12 characters.");
    }
}
