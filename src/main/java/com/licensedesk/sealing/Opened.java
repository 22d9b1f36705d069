package com.licensedesk.sealing;

/**
 * A kiosk file that opened: every check passed, the payload is as its sender sealed it.
 *
 * @param kind          what the file is
 * @param formatVersion the payload's format version, at most the newest the reader said it knows
 * @param sender        the sending place's name, the same in the plain header and inside the sealed payload
 * @param payload       the bytes the sender sealed
 */
public record Opened(Kind kind, int formatVersion, String sender, byte[] payload) {
}
