package com.licensedesk.sealing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The plain start every kiosk file shares, readable without keys: magic, kind, layout, format version, sender name.
 * These positions hold in every layout, so an older reader can still say a file is newer than it knows.
 *
 * <pre>
 * magic      8 bytes   89 'L' 'D' 'S' 0D 0A 1A 0A
 * kind       1 byte    Kind.code
 * layout     1 byte    how the rest of the file is laid out (1)
 * format     2 bytes   the payload's format version, big-endian, 1..65535
 * sender     1 byte n, then n bytes of UTF-8 (1..80 characters, as a place's name)
 * </pre>
 */
final class Preamble {
    /**
     * PNG's trick: a byte with the high bit set, CR LF, Ctrl-Z and LF, so that a file mangled by a text-mode copy
     * is told apart from one cut short or altered.
     */
    static final byte[] MAGIC = {(byte) 0x89, 'L', 'D', 'S', '\r', '\n', 0x1A, '\n'};
    static final int LAYOUT = 1;
    static final int NEWEST_FORMAT = 0xFFFF;
    static final int LONGEST_SENDER = 80;

    private Preamble() {
    }

    /** What the preamble said, once read. */
    record Read(Kind kind, int formatVersion, String sender) {
    }

    static void write(ByteArrayOutputStream out, Kind kind, int formatVersion, String sender) {
        if (formatVersion < 1 || formatVersion > NEWEST_FORMAT) {
            throw new IllegalArgumentException("a format version is 1.." + NEWEST_FORMAT + ", not " + formatVersion);
        }
        byte[] name = senderBytes(sender);
        out.writeBytes(MAGIC);
        out.write(kind.code);
        out.write(LAYOUT);
        out.write(formatVersion >>> 8);
        out.write(formatVersion);
        out.write(name.length);
        out.writeBytes(name);
    }

    static byte[] senderBytes(String sender) {
        if (sender.isEmpty() || sender.codePointCount(0, sender.length()) > LONGEST_SENDER
                || sender.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a sender is a place's name of 1.." + LONGEST_SENDER + " characters");
        }
        byte[] name = sender.getBytes(StandardCharsets.UTF_8);
        if (name.length > 255) {
            throw new IllegalArgumentException("a sender's name is at most 255 bytes of UTF-8");
        }
        return name;
    }

    /**
     * Reads the preamble, refusing in the order the reasons are listed: not ours, the wrong kind, newer than
     * {@code newestFormatKnown}. {@code expected} null accepts any kind (a peek).
     */
    static Read read(Cursor in, Kind expected, int newestFormatKnown) {
        byte[] magic = in.bytesOrWhatIsLeft(MAGIC.length);
        if (!Arrays.equals(magic, 0, magic.length, MAGIC, 0, magic.length)) {
            throw new SealRefused(SealRefused.Reason.NOT_A_SYNC_FILE, "it does not start as a License Desk file");
        }
        if (magic.length < MAGIC.length) {
            throw new SealRefused(SealRefused.Reason.TRUNCATED, "it ends inside its first bytes");
        }
        int code = in.u8();
        Kind kind = Kind.ofCode(code).orElseThrow(() -> new SealRefused(SealRefused.Reason.WRONG_KIND,
                "kind " + code + " is none this reader knows"));
        if (expected != null && kind != expected) {
            throw new SealRefused(SealRefused.Reason.WRONG_KIND,
                    "a " + kind + " where a " + expected + " was asked for");
        }
        int layout = in.u8();
        if (layout > LAYOUT) {
            throw new SealRefused(SealRefused.Reason.NEWER_FORMAT,
                    "laid out as " + layout + "; this reader knows up to " + LAYOUT);
        }
        if (layout < 1) {
            throw new SealRefused(SealRefused.Reason.NOT_A_SYNC_FILE, "layout " + layout + " was never written");
        }
        int formatVersion = in.u16();
        if (formatVersion > newestFormatKnown) {
            throw new SealRefused(SealRefused.Reason.NEWER_FORMAT,
                    "format " + formatVersion + "; this reader knows up to " + newestFormatKnown);
        }
        return new Read(kind, formatVersion, in.utf8(in.u8()));
    }

    /**
     * Reads a file's bytes front to back; running out is TRUNCATED. Lengths read from the file are checked against
     * what is there before anything is allocated, so a hostile header cannot ask for gigabytes.
     */
    static final class Cursor {
        private final ByteBuffer bytes;

        Cursor(byte[] file) {
            this.bytes = ByteBuffer.wrap(file);
        }

        int position() {
            return bytes.position();
        }

        int remaining() {
            return bytes.remaining();
        }

        int u8() {
            need(1);
            return Byte.toUnsignedInt(bytes.get());
        }

        int u16() {
            need(2);
            return Short.toUnsignedInt(bytes.getShort());
        }

        long u32() {
            need(4);
            return Integer.toUnsignedLong(bytes.getInt());
        }

        byte[] bytes(int length) {
            need(length);
            byte[] taken = new byte[length];
            bytes.get(taken);
            return taken;
        }

        String utf8(int length) {
            byte[] text = bytes(length);
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(text))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new SealRefused(SealRefused.Reason.ALTERED, "a name that is not UTF-8");
            }
        }

        private byte[] bytesOrWhatIsLeft(int length) {
            return bytes(Math.min(length, bytes.remaining()));
        }

        private void need(int length) {
            if (bytes.remaining() < length) {
                throw new SealRefused(SealRefused.Reason.TRUNCATED,
                        "it ends at byte " + bytes.limit() + ", inside its header");
            }
        }
    }
}
