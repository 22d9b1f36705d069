package com.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.PasswordPolicy;
import com.licensedesk.testing.Fixtures;
import java.util.List;
import com.licensedesk.testing.RandomText;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The field rules of the registration form and the editing screens, each with the Japanese message it says. */
class FieldRulesTest {
    private static final List<FieldRule> RULES = List.of(Kana.RULE, FullWidth.RULE, PostalCode.RULE,
            Prefecture.RULE, MailAddress.RULE, PhoneNumber.AREA_RULE, PhoneNumber.NUMBER_RULE, LoginId.RULE,
            PasswordPolicy.RULE, Text.maxLength(10));

    @ParameterizedTest
    @ValueSource(strings = {"タナカ イチロウ", "ヴァージョン", "サンプル　カブシキガイシャ", "エー"})
    void furiganaAcceptsFullWidthKatakanaWithLongVowelAndSpaces(String kana) {
        assertThat(Kana.RULE.check(kana)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"たなか", "ﾀﾅｶ", "Tanaka", "田中", "タナカ1", " "})
    void furiganaRefusesEverythingElse(String text) {
        assertThat(Kana.RULE.check(text)).map(Problem::messageKey).contains("validation.kana");
        assertThat(Fixtures.JAPANESE.get(Kana.RULE.check(text).orElseThrow())).contains("全角カタカナ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100-0001", "1000001", "１００－０００１", "１００ー０００１", "〒100-0001", " 100-0001 "})
    void postalCodeIsSevenDigitsWithOrWithoutHyphen(String typed) {
        assertThat(PostalCode.parse(typed)).contains(new PostalCode("100-0001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100-001", "10000011", "abc-defg", "100_0001", ""})
    void postalCodeRefusesOtherShapes(String typed) {
        assertThat(PostalCode.RULE.check(typed)).map(Problem::messageKey).contains("validation.postalCode");
    }

    @Test
    void prefectureIsOneOfTheFortySeven() {
        assertThat(Prefecture.NAMES).hasSize(47).contains("北海道", "東京都", "大阪府", "京都府", "沖縄県");
        assertThat(Prefecture.RULE.check("東京都")).isEmpty();
        assertThat(Prefecture.RULE.check("東京")).map(Problem::messageKey).contains("validation.prefecture");
    }

    @Test
    void phoneIsAreaCodeAndNumberTenOrElevenDigits() {
        assertThat(PhoneNumber.parse("03", "53949600")).contains(new PhoneNumber("03", "53949600"));
        assertThat(PhoneNumber.parse("０９０", "１２３４５６７８")).contains(new PhoneNumber("090", "12345678"));
        assertThat(PhoneNumber.parse("3", "53949600")).isEmpty();
        assertThat(PhoneNumber.AREA_RULE.check("3")).map(Problem::messageKey).contains("validation.phone.area");
        assertThat(PhoneNumber.NUMBER_RULE.check("5394-9600")).map(Problem::messageKey)
                .contains("validation.phone.number");
        assertThat(PhoneNumber.lengthProblem("03", "5394960")).map(Problem::messageKey)
                .contains("validation.phone.length");
        assertThat(PhoneNumber.lengthProblem("03", "53949600")).isEmpty();
    }

    @Test
    void mailAddressesMustBeValid() {
        assertThat(MailAddress.RULE.check("chiyoda@example.co.jp")).isEmpty();
        assertThat(MailAddress.RULE.check("first.last+tag@sub.example.com")).isEmpty();
        for (String bad : List.of("chiyoda", "chiyoda@", "@example.co.jp", "a b@example.co.jp", "a@b", "ａ@example.jp")) {
            assertThat(MailAddress.RULE.check(bad)).as(bad).map(Problem::messageKey).contains("validation.email");
        }
    }

    @Test
    void loginIdHasItsCharactersAndLengthAndIsFoldedForUniqueness() {
        assertThat(LoginId.RULE.check("Tanaka_01")).isEmpty();
        assertThat(LoginId.RULE.check("tanaka@example.co.jp")).isEmpty();
        assertThat(LoginId.RULE.check("abc")).isPresent();
        assertThat(LoginId.RULE.check("_tanaka")).isPresent();
        assertThat(LoginId.RULE.check("田中")).isPresent();
        assertThat(LoginId.RULE.check("a".repeat(33))).isPresent();
        assertThat(LoginId.folded("Tanaka_01")).isEqualTo(LoginId.folded("TANAKA_01"));
        assertThat(LoginId.isValid("Tanaka_01")).isTrue();
        assertThat(LoginId.isValid("tanaka@example.co.jp")).isTrue();
    }

    @Test
    void passwordNeedsDigitUpperLowerAndEightToTwentyFive() {
        assertThat(PasswordPolicy.problem("Sakura7Desk")).isEmpty();
        assertThat(PasswordPolicy.problem("Aa3" + "x".repeat(22))).isEmpty();
        assertThat(PasswordPolicy.problem("Passw0r")).map(Problem::messageKey).contains("validation.password.length");
        assertThat(PasswordPolicy.problem("Aa3" + "x".repeat(23))).map(Problem::messageKey)
                .contains("validation.password.length");
        assertThat(PasswordPolicy.problem("Password")).map(Problem::messageKey).contains("validation.password.noDigit");
        assertThat(PasswordPolicy.problem("password1")).map(Problem::messageKey).contains("validation.password.noUpper");
        assertThat(PasswordPolicy.problem("PASSWORD1")).map(Problem::messageKey).contains("validation.password.noLower");
        assertThat(PasswordPolicy.problem("Pass w0rdX")).map(Problem::messageKey)
                .contains("validation.password.characters");
        for (String guessable : List.of("Password1", "P@ssw0rd1", "Passw0rdX", "Qwerty123", "Abcd1234", "Welcome1")) {
            assertThat(PasswordPolicy.problem(guessable)).as(guessable).map(Problem::messageKey)
                    .contains("validation.password.guessable");
        }
        assertThat(Fixtures.JAPANESE.get(PasswordPolicy.problem("Password1").orElseThrow()))
                .startsWith("このパスワードは推測されやすいため使用できません");
        assertThat(PasswordPolicy.confirmationProblem("Sakura7Desk", "Sakura7desk")).map(Problem::messageKey)
                .contains("validation.password.mismatch");
        assertThat(Fixtures.JAPANESE.get(PasswordPolicy.problem("short").orElseThrow()))
                .isEqualTo("パスワードは8文字以上25文字以下にしてください（入力は5文字です）。");
    }

    @Test
    void aReasonIsNeverTheHintBesideTheField() {
        var hints = List.of(Fixtures.JAPANESE.get("form.hint.password"), Fixtures.JAPANESE.get("form.hint.loginId"),
                Fixtures.JAPANESE.get("form.hint.phoneNumber"), Fixtures.JAPANESE.get("form.hint.areaCode"),
                Fixtures.JAPANESE.get("form.hint.postalCode"), Fixtures.JAPANESE.get("form.hint.email"));
        for (String typed : List.of("short", "password1", "PASSWORD1", "Password", "a".repeat(30), "ab", "田中太郎",
                "_tanaka", "tanaka san", "03-", "abc")) {
            for (var rule : List.of(PasswordPolicy.RULE, LoginId.RULE, PhoneNumber.AREA_RULE, PhoneNumber.NUMBER_RULE,
                    PostalCode.RULE, MailAddress.RULE)) {
                rule.check(typed).map(Fixtures.JAPANESE::get).ifPresent(reason ->
                        assertThat(hints).as(typed).doesNotContain(reason));
            }
        }
    }

    @Test
    void aLoginIdsReasonNamesWhatIsWrong() {
        assertThat(Fixtures.JAPANESE.get(LoginId.RULE.check("abc").orElseThrow()))
                .isEqualTo("ログインIDは4文字以上32文字以下にしてください（入力は3文字です）。");
        assertThat(Fixtures.JAPANESE.get(LoginId.RULE.check("tanaka san").orElseThrow()))
                .isEqualTo("ログインIDに使えない文字「 」が含まれています（使えるのは半角英数字と _ . - @ です）。");
        assertThat(Fixtures.JAPANESE.get(LoginId.RULE.check("_tanaka").orElseThrow()))
                .isEqualTo("ログインIDの先頭は英数字にしてください。");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRuleAnswersAnyTextAndEveryRefusalNamesAKnownRule(long seed) {
        String text = RandomText.of(seed);
        for (FieldRule rule : RULES) {
            Optional<Problem> problem = rule.check(text);
            problem.ifPresent(p -> assertThat(Fixtures.JAPANESE.has(p.messageKey())).as(p.messageKey()).isTrue());
            problem.ifPresent(p -> assertThat(Fixtures.JAPANESE.get(p)).isNotBlank());
        }
        PostalCode.normalise(text);
        PhoneNumber.parse(text, text);
        PhoneNumber.lengthProblem(text, text);
        PasswordPolicy.confirmationProblem(text, text + "x");
    }

    static Stream<Arguments> seeds() {
        return RandomText.seeds(1, 1000);
    }
}
