package com.licensedesk.sealing;

import com.licensedesk.auth.Argon2id;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The enrolment file: sealed under a one-time {@link Passphrase}, because the kiosk has no keys yet.
 *
 * <pre>
 * preamble     magic, kind ENROLMENT, layout, format version, sender (home's name) (see Preamble): plain
 * salt         16 bytes: plain
 * sealed size  4 bytes, big-endian: plain
 * sealed part  Tink AES-256-GCM, the plain header above as associated data, of the payload
 * </pre>
 *
 * The key is Argon2id of the passphrase's 24 symbols and the salt, with the parameters of layout 1:
 * 19 MiB, 2 passes, 1 lane, as the desk's password hashes. The passphrase's 117 bits carry the strength; the slow
 * hash is a second line.
 */
public final class PassphraseSeal {
    public static final int LARGEST_PAYLOAD = 1024 * 1024;
    private static final int SALT_BYTES = 16;
    private static final int LARGEST_SEALED = LARGEST_PAYLOAD + Algorithms.AES_GCM_OVERHEAD;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PassphraseSeal() {
    }

    /**
     * Seals an enrolment payload from {@code sender} (home's name).
     *
     * @throws IllegalArgumentException when the passphrase is not one {@link Passphrase#generate()} makes: a
     *                                  weaker one is never used
     */
    public static byte[] seal(int formatVersion, String sender, byte[] payload, String passphrase) {
        String symbols = Passphrase.symbols(passphrase).orElseThrow(() -> new IllegalArgumentException(
                "an enrolment file is sealed only under a passphrase of Passphrase.generate()"));
        if (payload.length > LARGEST_PAYLOAD) {
            throw new IllegalArgumentException("an enrolment payload is at most " + LARGEST_PAYLOAD + " bytes");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        Preamble.write(header, Kind.ENROLMENT, formatVersion, sender);
        header.writeBytes(salt);
        SealedFile.writeU32(header, payload.length + Algorithms.AES_GCM_OVERHEAD);
        byte[] plainHeader = header.toByteArray();
        byte[] sealed;
        try {
            sealed = Algorithms.aesGcm(key(symbols, salt)).encrypt(payload, plainHeader);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the enrolment file could not be sealed", e);
        }
        byte[] file = Arrays.copyOf(plainHeader, plainHeader.length + sealed.length);
        System.arraycopy(sealed, 0, file, plainHeader.length, sealed.length);
        return file;
    }

    /**
     * Opens an enrolment file, or refuses it: not a kiosk file, not an enrolment file, a newer format, shorter than
     * its header says, bytes after its end (all before the slow hash), then WRONG_PASSPHRASE when the passphrase
     * does not open it (AES-GCM cannot tell a wrong passphrase from an altered file).
     */
    public static Opened open(byte[] file, int newestFormatKnown, String passphrase) {
        Preamble.Cursor in = new Preamble.Cursor(file);
        Preamble.Read preamble = Preamble.read(in, Kind.ENROLMENT, newestFormatKnown);
        byte[] salt = in.bytes(SALT_BYTES);
        long sealedLength = in.u32();
        if (sealedLength > LARGEST_SEALED) {
            throw new SealRefused(SealRefused.Reason.ALTERED,
                    "it claims " + sealedLength + " sealed bytes, more than an enrolment file holds");
        }
        if (in.remaining() < sealedLength) {
            throw new SealRefused(SealRefused.Reason.TRUNCATED,
                    "it is " + file.length + " bytes; its header says " + (in.position() + sealedLength));
        }
        if (in.remaining() > sealedLength) {
            throw new SealRefused(SealRefused.Reason.ALTERED, "bytes follow its end");
        }
        String symbols = Passphrase.symbols(passphrase).orElseThrow(() -> new SealRefused(
                SealRefused.Reason.WRONG_PASSPHRASE, "not the shape of a generated passphrase"));
        int headerLength = in.position();
        byte[] payload;
        try {
            payload = Algorithms.aesGcm(key(symbols, salt))
                    .decrypt(Arrays.copyOfRange(file, headerLength, file.length), Arrays.copyOf(file, headerLength));
        } catch (GeneralSecurityException e) {
            throw new SealRefused(SealRefused.Reason.WRONG_PASSPHRASE, "the passphrase does not open it");
        }
        return new Opened(Kind.ENROLMENT, preamble.formatVersion(), preamble.sender(), payload);
    }

    private static byte[] key(String symbols, byte[] salt) {
        return Argon2id.derive(symbols.getBytes(StandardCharsets.US_ASCII), salt, Argon2id.Cost.INTERACTIVE,
                Algorithms.AES_KEY_BYTES);
    }
}
