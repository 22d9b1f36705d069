package com.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.OneTimeCode;
import com.licensedesk.auth.PasswordPolicy;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.testing.RandomText;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parser of typed text answers any text without throwing, and in time linear in its length: a 200,000-character
 * paste costs no more than a blink (letters whose case mapping grows them, ß and İ, once made a key check take 16 s).
 */
class AnyInputTest {
    private static final Map<String, Consumer<String>> PARSERS = Map.ofEntries(
            Map.entry("product key", typed -> {
                ProductKey.parse(typed);
                ProductKey.shapeProblem(typed);
            }),
            Map.entry("reset or recovery code", OneTimeCode::normalise),
            Map.entry("login ID", typed -> {
                LoginId.folded(typed);
                LoginId.RULE.check(typed);
            }),
            Map.entry("password", typed -> {
                PasswordPolicy.problem(typed);
                PasswordPolicy.confirmationProblem(typed, typed);
            }),
            Map.entry("half width", Text::halfWidth),
            Map.entry("postal code", PostalCode::normalise),
            Map.entry("phone number", typed -> PhoneNumber.parse(typed, typed)),
            Map.entry("mail address", MailAddress::isValid),
            Map.entry("kana", Kana::isFullWidthKatakana),
            Map.entry("full width", FullWidth::isFullWidth),
            Map.entry("directory search", typed -> {
                SearchText.terms(typed);
                SearchText.fold(typed);
            }));

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void tenThousandRandomInputsNeverThrow(String parser) {
        Consumer<String> parse = PARSERS.get(parser);
        for (long seed = 1; seed <= 10_000; seed++) {
            String typed = RandomText.of(new Random(seed), 80);
            try {
                parse.accept(typed);
            } catch (RuntimeException e) {
                throw new AssertionError(parser + " threw on the input of seed " + seed + ": " + e, e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void twoHundredThousandCharactersTakeUnderATenthOfASecond(String parser) {
        Consumer<String> parse = PARSERS.get(parser);
        for (String repeated : List.of("ß", "İ", "ｱ", "a-", "\u3000", "ǅ")) {
            String pasted = repeated.repeat(200_000 / repeated.length());
            parse.accept(pasted.substring(0, 1000)); // the code paths warmed, not the cost of the long run
            long start = System.nanoTime();
            parse.accept(pasted);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(parser + " on " + repeated + "…")
                    .isLessThan(Duration.ofMillis(100));
        }
    }

    static Stream<Arguments> parsers() {
        return PARSERS.keySet().stream().sorted().map(Arguments::of);
    }
}
