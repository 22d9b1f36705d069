package com.licensedesk.auth;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (version 19, RFC 9106) from Bouncy Castle. Its memory, 19 MiB for a password, is taken for each hash and
 * let go after it: an open window holds none of it between sign-ins.
 */
public final class Argon2id {
    private Argon2id() {
    }

    /** {@code length} bytes derived from {@code secret} and {@code salt}; slow by design. */
    public static byte[] derive(byte[] secret, byte[] salt, Cost cost, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB()).withIterations(cost.iterations())
                .withParallelism(cost.parallelism()).withSalt(salt).build());
        byte[] out = new byte[length];
        generator.generateBytes(secret, out);
        return out;
    }

    /** Memory in KiB, passes and lanes. */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        /** OWASP's recommendation for interactive sign-ins: 19 MiB, 2 passes, 1 lane. */
        public static final Cost INTERACTIVE = new Cost(19_456, 2, 1);
    }
}
