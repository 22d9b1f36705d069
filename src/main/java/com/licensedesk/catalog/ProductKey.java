package com.licensedesk.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A product key in its one canonical form (upper case, hyphens where its shape has them), parsed from what a person
 * types: lower case, full-width letters and digits, spaces, and missing, extra or look-alike hyphens are all accepted.
 */
public record ProductKey(String value, KeyKind kind) {

    public static Optional<ProductKey> parse(String typed) {
        if (typed == null || tooLong(typed)) {
            return Optional.empty();
        }
        String bare = bare(typed);
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < bare.length(); i++) {
            if (!isKeyCharacter(bare.charAt(i))) {
                return Optional.empty();
            }
        }
        for (KeyKind kind : KINDS) {
            if (bare.length() == kind.length()) {
                return Optional.of(new ProductKey(kind.hyphenate(bare), kind));
            }
        }
        return Optional.empty();
    }

    /** EMPTY or WRONG_SHAPE when the typed text is not a key of either shape; nothing when it is. */
    public static Optional<KeyProblem> shapeProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(KeyProblem.EMPTY);
        }
        if (tooLong(typed)) {
            return Optional.of(KeyProblem.WRONG_SHAPE);
        }
        if (bare(typed).isEmpty()) {
            return Optional.of(KeyProblem.EMPTY);
        }
        return parse(typed).isPresent() ? Optional.empty() : Optional.of(KeyProblem.WRONG_SHAPE);
    }

    /**
     * The longest a key may be as typed: 31 key characters with generous spacing. Longer text is no key, and is not
     * normalised at all (case mapping of some letters, ß or İ, costs more than linear time).
     */
    static final int MAX_TYPED = 128;
    private static final KeyKind[] KINDS = KeyKind.values();

    private static boolean tooLong(String typed) {
        return typed.length() > MAX_TYPED && typed.strip().length() > MAX_TYPED;
    }

    /** Letters and digits only, upper case, in their half-width forms. */
    private static String bare(String typed) {
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isSeparator(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Spaces and everything a Japanese keyboard may produce for a hyphen (ー from the IME among them). */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == 'ー' || c == '−' || c == '‐' || c == '‑' || c == '‒' || c == '–' || c == '—'
                || c == '―' || c == 'ｰ' || c == '_';
    }

    private static boolean isKeyCharacter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The key with every group but the last hidden, as mail that may be forwarded shows it: ****-****-7QX2. */
    public String masked() {
        int last = value.lastIndexOf('-');
        return value.substring(0, Math.max(last, 0)).replaceAll("[A-Z0-9]", "*") + value.substring(Math.max(last, 0));
    }

    @Override
    public String toString() {
        return value;
    }
}
