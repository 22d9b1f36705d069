package com.licensedesk.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PassphraseTest {
    @Test
    void aPassphraseIsSixGroupsOfFourUnmistakableSymbols() {
        String passphrase = Passphrase.generate();

        assertThat(passphrase).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}(-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}){5}");
        assertThat(Passphrase.ALPHABET).doesNotContain("0", "O", "1", "I", "L", "U").hasSize(30);
    }

    @Test
    void itCarriesAtLeastAHundredBits() {
        double bits = Passphrase.SYMBOLS * Math.log(Passphrase.ALPHABET.length()) / Math.log(2);

        assertThat(Passphrase.BITS).isEqualTo((int) Math.floor(bits)).isGreaterThanOrEqualTo(100);
    }

    @Test
    void theDrawUsesEverySymbolAndNeverRepeatsAPassphrase() {
        // Not a test of randomness: a guard against a draw that lost symbols, or one seeded the same each time.
        Set<String> passphrases = IntStream.range(0, 2000).mapToObj(i -> Passphrase.generate())
                .collect(Collectors.toSet());
        Set<Integer> symbols = new HashSet<>();
        passphrases.forEach(passphrase -> passphrase.replace("-", "").chars().forEach(symbols::add));

        assertThat(passphrases).hasSize(2000);
        assertThat(symbols).hasSize(Passphrase.ALPHABET.length());
    }

    @Test
    void whatIsTypedIsForgivenItsCaseSpacesDashesAndFullWidth() {
        String passphrase = "K7MP-3XQ9-ABCD-EFGH-JKMN-PQRS";

        assertThat(Passphrase.symbols("k7mp 3xq9 abcd efgh jkmn pqrs")).contains("K7MP3XQ9ABCDEFGHJKMNPQRS");
        assertThat(Passphrase.symbols("Ｋ７ＭＰー３ＸＱ９－ＡＢＣＤ‐ＥＦＧＨ　ＪＫＭＮＰＱＲＳ"))
                .contains("K7MP3XQ9ABCDEFGHJKMNPQRS");
        assertThat(Passphrase.symbols(passphrase)).contains("K7MP3XQ9ABCDEFGHJKMNPQRS");
    }

    @Test
    void somethingElseIsNotAPassphrase() {
        assertThat(Passphrase.symbols("K7MP-3XQ9-ABCD-EFGH-JKMN")).isEmpty();
        assertThat(Passphrase.symbols("K7MP-3XQ9-ABCD-EFGH-JKMN-PQRS-T")).isEmpty();
        assertThat(Passphrase.symbols("K7MP-3XQ9-ABCD-EFGH-JKMN-PQR0")).isEmpty();
        assertThat(Passphrase.symbols("correct horse battery staple")).isEmpty();
        assertThat(Passphrase.symbols("")).isEmpty();
    }
}
