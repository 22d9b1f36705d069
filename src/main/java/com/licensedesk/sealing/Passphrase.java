package com.licensedesk.sealing;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one-time passphrase of an enrolment file: six groups of four symbols drawn by SecureRandom from 30 that are
 * not mistaken for one another when read off a screen (no 0/O, 1/I/L, nor U), as {@code K7MP-3XQ9-...}. Its
 * strength is the draw's: 24 symbols of 30 are {@link #BITS} bits. A person does not choose it, so there is nothing
 * of a person's habits to guess.
 */
public final class Passphrase {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int GROUPS = 6;
    static final int GROUP_LENGTH = 4;
    static final int SYMBOLS = GROUPS * GROUP_LENGTH;
    /** The bits of a generated passphrase: 24 × log2(30) = 117.8, rounded down. */
    public static final int BITS = (int) Math.floor(SYMBOLS * Math.log(ALPHABET.length()) / Math.log(2));
    /** A Japanese keyboard in kana mode types the long vowel mark for the minus key. */
    private static final int KANA_LONG_VOWEL = 'ー';
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passphrase() {
    }

    public static String generate() {
        return IntStream.range(0, GROUPS)
                .mapToObj(group -> IntStream.range(0, GROUP_LENGTH)
                        .mapToObj(i -> String.valueOf(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()))))
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("-"));
    }

    /**
     * The 24 symbols of a passphrase as typed: full-width forms, lower case, spaces and dashes are forgiven. Empty
     * when what was typed cannot be a generated passphrase.
     */
    static Optional<String> symbols(String typed) {
        String symbols = Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .codePoints()
                .filter(c -> !Character.isWhitespace(c) && Character.getType(c) != Character.DASH_PUNCTUATION
                        && c != KANA_LONG_VOWEL)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        boolean generated = symbols.length() == SYMBOLS && symbols.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
        return generated ? Optional.of(symbols) : Optional.empty();
    }
}
