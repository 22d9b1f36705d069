package com.licensedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.RandomText;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LD-7KQ2-M9XP-4RTW-H3CN|LD-7KQ2-M9XP-4RTW-H3CN|REGISTRATION_KEY",
            "ld-7kq2-m9xp-4rtw-h3cn|LD-7KQ2-M9XP-4RTW-H3CN|REGISTRATION_KEY",
            "LD7KQ2M9XP4RTWH3CN|LD-7KQ2-M9XP-4RTW-H3CN|REGISTRATION_KEY",
            "ＬＤ－７ＫＱ２－Ｍ９ＸＰ－４ＲＴＷ－Ｈ３ＣＮ|LD-7KQ2-M9XP-4RTW-H3CN|REGISTRATION_KEY",
            "ld ー 7kq2 m9xp--4rtw h3cn |LD-7KQ2-M9XP-4RTW-H3CN|REGISTRATION_KEY",
            "LD-2F8H-KQ7MX-9RW3T-P4NZC-6VB2J-8YT5D|LD-2F8H-KQ7MX-9RW3T-P4NZC-6VB2J-8YT5D|ACTIVATION_CODE",
            "ld2f8hkq7mx9rw3tp4nzc6vb2j8yt5d|LD-2F8H-KQ7MX-9RW3T-P4NZC-6VB2J-8YT5D|ACTIVATION_CODE",
            "L-D2F8-HKQ7M-X9RW3-TP4NZ-C6VB2-J8YT5D|LD-2F8H-KQ7MX-9RW3T-P4NZC-6VB2J-8YT5D|ACTIVATION_CODE",
    })
    void acceptsWhatPeopleType(String typed, String canonical, KeyKind kind) {
        assertThat(ProductKey.parse(typed)).contains(new ProductKey(canonical, kind));
        assertThat(ProductKey.shapeProblem(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "－ ー"})
    void emptyIsSaidToBeEmpty(String typed) {
        assertThat(ProductKey.shapeProblem(typed)).contains(KeyProblem.EMPTY);
        assertThat(ProductKey.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LD-7KQ2-M9XP-4RTW", "LD-7KQ2-M9XP-4RTW-H3CN-X", "LD-7KQ2-M9XP-4RTW-H3C!",
            "LD-7KQ2-M9XP-4RTW-H3CÑ", "ＬＤ－７ＫＱ２－Ｍ９ＸＰ－４ＲＴＷ－Ｈ３Ｃあ", "hello"})
    void otherTextIsTheWrongShape(String typed) {
        assertThat(ProductKey.shapeProblem(typed)).contains(KeyProblem.WRONG_SHAPE);
        assertThat(ProductKey.parse(typed)).isEmpty();
    }

    @Test
    void nullIsEmpty() {
        assertThat(ProductKey.shapeProblem(null)).contains(KeyProblem.EMPTY);
        assertThat(ProductKey.parse(null)).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("twoThousandSeeds")
    void anyTextIsEitherAKeyOrHasOneNamedProblem(long seed) {
        String typed = RandomText.of(seed);
        Optional<ProductKey> key = ProductKey.parse(typed);
        Optional<KeyProblem> problem = ProductKey.shapeProblem(typed);

        assertThat(key.isPresent()).isNotEqualTo(problem.isPresent());
        problem.ifPresent(p -> assertThat(p).isIn(KeyProblem.EMPTY, KeyProblem.WRONG_SHAPE));
        key.ifPresent(k -> assertThat(k.value()).matches(k.kind() == KeyKind.ACTIVATION_CODE
                ? "[A-Z0-9]{2}-[A-Z0-9]{4}(-[A-Z0-9]{5}){5}" : "[A-Z0-9]{2}-[A-Z0-9]{4}(-[A-Z0-9]{4}){3}"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("thousandSeeds")
    void aKeyTypedCarelesslyParsesToTheSameKey(long seed) {
        Random random = new Random(seed);
        String canonical = randomKey(random);
        String typed = carelessly(canonical, random);

        assertThat(ProductKey.parse(typed)).map(ProductKey::value).contains(canonical);
    }

    static Stream<Arguments> twoThousandSeeds() {
        return RandomText.seeds(1, 2000);
    }

    static Stream<Arguments> thousandSeeds() {
        return RandomText.seeds(1, 1000);
    }

    /** A registration key or an activation code in its canonical form. */
    private static String randomKey(Random random) {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String alphabet = letters + "0123456789";
        StringBuilder key = new StringBuilder();
        key.append(letters.charAt(random.nextInt(letters.length()))).append(letters.charAt(random.nextInt(24)));
        boolean activation = random.nextBoolean();
        int[] groups = activation ? new int[] {4, 5, 5, 5, 5, 5} : new int[] {4, 4, 4, 4};
        for (int group : groups) {
            key.append('-');
            for (int i = 0; i < group; i++) {
                key.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return key.toString();
    }

    /** Lower case, full-width characters, spaces, missing and extra hyphens, at random. */
    private static String carelessly(String key, Random random) {
        StringBuilder typed = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c == '-') {
                typed.append(new String[] {"", "-", "--", " ", "ー", "－", " - "}[random.nextInt(7)]);
                continue;
            }
            char shown = random.nextBoolean() ? Character.toLowerCase(c) : c;
            if (random.nextInt(4) == 0) {
                shown = (char) (shown + 0xFEE0); // the full-width form
            }
            typed.append(shown);
            if (random.nextInt(10) == 0) {
                typed.append(random.nextBoolean() ? "-" : " ");
            }
        }
        return (random.nextBoolean() ? " " : "") + typed + (random.nextBoolean() ? "\t" : "");
    }
}
