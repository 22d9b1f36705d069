package com.licensedesk.sealing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * A bundle or a reply: sealed to its recipient, signed by its sender
 * (docs/decisions/sealed-files-sign-the-ciphertext.md).
 *
 * <pre>
 * preamble     magic, kind, layout, format version, sender name (see Preamble): plain
 * recipient    32 bytes   the recipient's X25519 public key: plain
 * sealed size  4 bytes    the length of the sealed part, big-endian: plain
 * sealed part  HPKE to the recipient, the plain header above as context info, of:
 *                1 byte n, n bytes of the sender's name (UTF-8), then the payload
 * signature    64 bytes   the sender's Ed25519 signature over everything before it
 * </pre>
 *
 * Payload, sealed part and file are whole byte arrays: a payload of n bytes costs about five times n while it is
 * sealed or opened (Tink's HPKE and signatures work on whole arrays), so a payload is at most
 * {@link #LARGEST_PAYLOAD} and a reader can refuse a file longer than {@link #LARGEST_FILE} before reading it.
 */
public final class SealedFile {
    public static final int LARGEST_PAYLOAD = 64 * 1024 * 1024;
    private static final int LARGEST_SEALED = LARGEST_PAYLOAD + 1 + 255 + Algorithms.HYBRID_OVERHEAD;
    private static final int LONGEST_HEADER = Preamble.MAGIC.length + 1 + 1 + 2 + 1 + 255
            + Algorithms.X25519_KEY_BYTES + 4;
    public static final int LARGEST_FILE = LONGEST_HEADER + LARGEST_SEALED + Algorithms.SIGNATURE_BYTES;

    /**
     * What a file says of itself in clear, read without keys.
     *
     * @param kind          what the file is
     * @param formatVersion its payload's format version
     * @param sender        the place it names as its sender (not yet checked against any signature)
     */
    public record Header(Kind kind, int formatVersion, String sender) {
    }

    private SealedFile() {
    }

    /** Seals a bundle or a reply from {@code senderName} (whose keys are {@code senderKeys}) to {@code recipient}. */
    public static byte[] seal(Kind kind, int formatVersion, String senderName, byte[] payload, PlaceKeys senderKeys,
            PublicKeys recipient) {
        requireSealedKind(kind);
        if (payload.length > LARGEST_PAYLOAD) {
            throw new IllegalArgumentException("a payload is at most " + LARGEST_PAYLOAD + " bytes");
        }
        byte[] name = Preamble.senderBytes(senderName);
        byte[] envelope = new byte[1 + name.length + payload.length];
        envelope[0] = (byte) name.length;
        System.arraycopy(name, 0, envelope, 1, name.length);
        System.arraycopy(payload, 0, envelope, 1 + name.length, payload.length);
        int sealedLength = envelope.length + Algorithms.HYBRID_OVERHEAD;

        ByteArrayOutputStream header = new ByteArrayOutputStream(LONGEST_HEADER);
        Preamble.write(header, kind, formatVersion, senderName);
        header.writeBytes(recipient.recipientId());
        writeU32(header, sealedLength);
        byte[] plainHeader = header.toByteArray();

        byte[] sealed;
        try {
            sealed = recipient.encrypter().encrypt(envelope, plainHeader);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the payload could not be sealed", e);
        }
        if (sealed.length != sealedLength) {
            throw new IllegalStateException("HPKE's ciphertext is " + sealed.length + " bytes, not " + sealedLength);
        }
        byte[] signed = Arrays.copyOf(plainHeader, plainHeader.length + sealed.length);
        System.arraycopy(sealed, 0, signed, plainHeader.length, sealed.length);
        byte[] signature = senderKeys.sign(signed);
        byte[] file = Arrays.copyOf(signed, signed.length + signature.length);
        System.arraycopy(signature, 0, file, signed.length, signature.length);
        return file;
    }

    /**
     * Opens a bundle or a reply sealed to {@code recipient}, or refuses it for the first reason that applies: not a
     * kiosk file; not the {@code expected} kind; a format newer than {@code newestFormatKnown} (all three before
     * any key is touched); a sender {@code senderKeys} does not know; shorter than its header says; a signature
     * that does not match; sealed to another place; a sealed part that does not open, or names another sender.
     *
     * @throws SealRefused with the reason; nothing of a refused file's payload is returned
     */
    public static Opened open(byte[] file, Kind expected, int newestFormatKnown, PlaceKeys recipient,
            Function<String, Optional<PublicKeys>> senderKeys) {
        requireSealedKind(expected);
        Preamble.Cursor in = new Preamble.Cursor(file);
        Preamble.Read preamble = Preamble.read(in, expected, newestFormatKnown);
        PublicKeys sender = senderKeys.apply(preamble.sender()).orElseThrow(() -> new SealRefused(
                SealRefused.Reason.UNKNOWN_SENDER, "no keys for a place named " + preamble.sender()));
        byte[] recipientId = in.bytes(Algorithms.X25519_KEY_BYTES);
        long sealedLength = in.u32();
        if (sealedLength > LARGEST_SEALED) {
            throw new SealRefused(SealRefused.Reason.ALTERED,
                    "it claims " + sealedLength + " sealed bytes, more than a place ever seals");
        }
        int headerLength = in.position();
        long signedLength = headerLength + sealedLength;
        if (in.remaining() < sealedLength + Algorithms.SIGNATURE_BYTES) {
            throw new SealRefused(SealRefused.Reason.TRUNCATED, "it is " + file.length + " bytes; its header says "
                    + (signedLength + Algorithms.SIGNATURE_BYTES));
        }
        if (in.remaining() > sealedLength + Algorithms.SIGNATURE_BYTES) {
            throw new SealRefused(SealRefused.Reason.ALTERED, "bytes follow its signature");
        }

        byte[] signed = Arrays.copyOf(file, (int) signedLength);
        try {
            sender.verifier().verify(Arrays.copyOfRange(file, (int) signedLength, file.length), signed);
        } catch (GeneralSecurityException e) {
            throw new SealRefused(SealRefused.Reason.ALTERED, "its signature is not " + preamble.sender() + "'s");
        }
        if (!Arrays.equals(recipientId, recipient.publicKeys().recipientId())) {
            throw new SealRefused(SealRefused.Reason.NOT_FOR_US, preamble.sender() + " sealed it for another place");
        }

        byte[] envelope;
        try {
            envelope = recipient.decrypt(Arrays.copyOfRange(signed, headerLength, signed.length),
                    Arrays.copyOf(signed, headerLength));
        } catch (GeneralSecurityException e) {
            throw new SealRefused(SealRefused.Reason.ALTERED, "its sealed part does not open");
        }
        byte[] name = preamble.sender().getBytes(StandardCharsets.UTF_8);
        if (envelope.length < 1 + name.length || Byte.toUnsignedInt(envelope[0]) != name.length
                || !Arrays.equals(envelope, 1, 1 + name.length, name, 0, name.length)) {
            throw new SealRefused(SealRefused.Reason.ALTERED,
                    "its header names " + preamble.sender() + " but its sealed part does not");
        }
        return new Opened(preamble.kind(), preamble.formatVersion(), preamble.sender(),
                Arrays.copyOfRange(envelope, 1 + name.length, envelope.length));
    }

    /**
     * The plain header of any kiosk file (a bundle, a reply or an enrolment file), read without keys and checked no
     * further: its sender is only what it says.
     *
     * @throws SealRefused NOT_A_SYNC_FILE, WRONG_KIND (a kind this reader does not know), NEWER_FORMAT (a newer
     *                     layout), TRUNCATED
     */
    public static Header peek(byte[] file) {
        Preamble.Read preamble = Preamble.read(new Preamble.Cursor(file), null, Preamble.NEWEST_FORMAT);
        return new Header(preamble.kind(), preamble.formatVersion(), preamble.sender());
    }

    static void writeU32(ByteArrayOutputStream out, long value) {
        out.write((int) (value >>> 24));
        out.write((int) (value >>> 16));
        out.write((int) (value >>> 8));
        out.write((int) value);
    }

    private static void requireSealedKind(Kind kind) {
        if (kind == Kind.ENROLMENT) {
            throw new IllegalArgumentException("an enrolment file is sealed by its passphrase: PassphraseSeal");
        }
    }
}
