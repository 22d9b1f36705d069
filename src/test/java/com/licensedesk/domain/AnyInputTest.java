package com.licensedesk.domain;

import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.OneTimeCode;
import com.licensedesk.auth.PasswordPolicy;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.testing.RandomText;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parser of typed text answers any text without throwing, a 200,000-character paste too (letters whose case
 * mapping grows them, ß and İ, once made a key check take 16 s: {@link AnyInputBenchmark} times those pastes).
 */
class AnyInputTest {
    /** Pastes of 200,000 characters, of letters that grow when their case changes, wide ones, spaces. */
    static final List<String> PASTES = Stream.of("ß", "İ", "ｱ", "a-", "\u3000", "ǅ")
            .map(repeated -> repeated.repeat(200_000 / repeated.length())).toList();
    static final Map<String, Consumer<String>> PARSERS = Map.ofEntries(
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
            Map.entry("full width", typed -> FullWidth.RULE.check(FullWidth.toFullWidth(typed))),
            Map.entry("full width kept Latin", typed -> FullWidth.RULE.check(FullWidth.keepingLatin(typed))),
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

    /** Their time is {@link AnyInputBenchmark}'s to measure. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("parsers")
    void twoHundredThousandCharactersAreAnswered(String parser) {
        Consumer<String> parse = PARSERS.get(parser);
        for (String pasted : PASTES) {
            parse.accept(pasted);
        }
    }

    static Stream<Arguments> parsers() {
        return PARSERS.keySet().stream().sorted().map(Arguments::of);
    }
}
