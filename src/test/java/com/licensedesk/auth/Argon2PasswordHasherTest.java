package com.licensedesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    /** Made by password4j 1.8.4, which hashed the desks' passwords before: they must still sign in. */
    private static final String STORED = "$argon2id$v=19$m=19456,t=2,p=1$ro7mQKOTIgrUfJx+nUl9Sg"
            + "$EADCXJ4xftfcHub0fEhp1HMxlh18R+ktZySTE9Wlr2k";
    private static final String STORED_CHEAP = "$argon2id$v=19$m=64,t=1,p=1$JlxTwFRQFcZPwdo5uzPGqQ"
            + "$iSLaS2Q4zvDXLNNByQZhQRydP11QoLptI/DhpDQV6Cg";

    @Test
    void aHashStoredBeforeStillMatchesItsPasswordOnly() {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        assertTrue(hasher.matches("Sakura7Desk", STORED));
        assertFalse(hasher.matches("Sakura7desk", STORED));
        assertTrue(hasher.matches("Sakura7Desk", STORED_CHEAP), "the stored hash's own cost is used");
    }

    @Test
    void aNewHashHasTheStoredFormAndMatches() {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(64, 1);
        String hash = hasher.hash("Sakura7Desk");
        assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
        assertTrue(hasher.matches("Sakura7Desk", hash));
        assertFalse(hasher.matches("Sakura7Desk!", hash));
        assertNotEquals(hash, hasher.hash("Sakura7Desk"), "each hash has its own salt");
        assertEquals(new Argon2PasswordHasher().hash("x").substring(0, 31), "$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void somethingThatIsNotSuchAHashMatchesNothing() {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(64, 1);
        assertFalse(hasher.matches("Sakura7Desk", ""));
        assertFalse(hasher.matches("Sakura7Desk", null));
        assertFalse(hasher.matches("Sakura7Desk", "$argon2i$v=19$m=64,t=1,p=1$JlxTwFRQFcZPwdo5uzPGqQ$iSLaS2Q4"));
        assertFalse(hasher.matches("Sakura7Desk", "$argon2id$v=19$m=64,t=1,p=1$JlxTwFRQFcZPwdo5uzPGqQ$iSLaS"),
                "Base64 of an impossible length");
        assertFalse(hasher.matches("Sakura7Desk", "$argon2id$v=19$m=64,t=1,p=0$JlxTwFRQFcZPwdo5uzPGqQ$iSLaS2Q4"),
                "no lanes");
    }
}
