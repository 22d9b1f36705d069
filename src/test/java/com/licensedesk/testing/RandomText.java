package com.licensedesk.testing;

import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeded random input for property tests: each case is one seed, named in the test's display name, so a failing case
 * is rerun by its seed alone ({@code RandomText.of(seed)}). The text leans on what breaks parsers: full-width forms,
 * letters whose case changes their length (ß, İ), combining marks, surrogate pairs, control characters, the key
 * alphabet and its separators, and now and then a very long run.
 */
public final class RandomText {
    private static final String TRICKY = "ßİıﬁ\u0130\u0307ǅ\u00A0\u3000\t\n\r\u200B\uFEFF-－ー‐ @.,\"'\\;:=+%";
    private static final String KEYISH = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789abcdefｱｲｳＡＢＣ０１２";

    private RandomText() {
    }

    /** {@code count} seeds from a fixed start: the same cases on every run, for JUnit's {@code @MethodSource}. */
    public static Stream<Arguments> seeds(long first, int count) {
        return LongStream.range(first, first + count).mapToObj(Arguments::of);
    }

    /** The text of one seed. */
    public static String of(long seed) {
        return of(new Random(seed), 60);
    }

    /** Text of up to about {@code typicalLength} characters; one case in fifty is thousands long. */
    public static String of(Random random, int typicalLength) {
        int length = random.nextInt(50) == 0 ? 2_000 + random.nextInt(20_000) : random.nextInt(typicalLength + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            switch (random.nextInt(6)) {
                case 0 -> text.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
                case 1, 2 -> text.append(KEYISH.charAt(random.nextInt(KEYISH.length())));
                case 3 -> text.appendCodePoint(random.nextInt(0x80));
                case 4 -> text.appendCodePoint(random.nextInt(0x3000) + 0x3000);
                default -> text.appendCodePoint(anyCodePoint(random));
            }
        }
        return text.toString();
    }

    private static int anyCodePoint(Random random) {
        int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
        // A lone surrogate is text no keyboard makes, but a file or the clipboard might: keep some.
        return random.nextInt(20) == 0 || !Character.isSurrogate((char) codePoint) ? codePoint : 'x';
    }
}
