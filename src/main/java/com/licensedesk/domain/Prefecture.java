package com.licensedesk.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The 47 prefectures, in the usual north-to-south order. */
public final class Prefecture {
    public static final List<String> NAMES = List.of(
            "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
            "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
            "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
            "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
            "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
            "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");
    /** Their readings, in the order of {@link #NAMES}: what a clerk types to find one. */
    static final List<String> READINGS = List.of(
            "ほっかいどう", "あおもりけん", "いわてけん", "みやぎけん", "あきたけん", "やまがたけん", "ふくしまけん",
            "いばらきけん", "とちぎけん", "ぐんまけん", "さいたまけん", "ちばけん", "とうきょうと", "かながわけん",
            "にいがたけん", "とやまけん", "いしかわけん", "ふくいけん", "やまなしけん", "ながのけん", "ぎふけん",
            "しずおかけん", "あいちけん", "みえけん", "しがけん", "きょうとふ", "おおさかふ", "ひょうごけん",
            "ならけん", "わかやまけん", "とっとりけん", "しまねけん", "おかやまけん", "ひろしまけん", "やまぐちけん",
            "とくしまけん", "かがわけん", "えひめけん", "こうちけん", "ふくおかけん", "さがけん", "ながさきけん",
            "くまもとけん", "おおいたけん", "みやざきけん", "かごしまけん", "おきなわけん");
    /** Their names in English (Hepburn, without macrons), in the order of {@link #NAMES}. */
    static final List<String> ENGLISH = List.of(
            "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima",
            "Ibaraki", "Tochigi", "Gunma", "Saitama", "Chiba", "Tokyo", "Kanagawa",
            "Niigata", "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano", "Gifu",
            "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto", "Osaka", "Hyogo",
            "Nara", "Wakayama", "Tottori", "Shimane", "Okayama", "Hiroshima", "Yamaguchi",
            "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga", "Nagasaki",
            "Kumamoto", "Oita", "Miyazaki", "Kagoshima", "Okinawa");
    public static final FieldRule RULE = FieldRule.of(NAMES::contains, "validation.prefecture");

    private Prefecture() {
    }

    /**
     * The prefecture a clerk means by the start of its reading, in hiragana, katakana or Latin letters, or of its name
     * (「おお」, 「オオ」 or 「osa」 is 大阪府; 「とう」 is 東京都): the first in the list's order.
     */
    public static Optional<String> typedAhead(String typed) {
        String start = Kana.toFullWidthKatakana(typed.strip()).toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        String hiragana = start.codePoints().map(c -> c >= 'ァ' && c <= 'ヶ' ? c - 0x60 : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        for (int i = 0; i < NAMES.size(); i++) {
            if (READINGS.get(i).startsWith(hiragana) || NAMES.get(i).startsWith(typed.strip())
                    || ENGLISH.get(i).toLowerCase(Locale.ROOT).startsWith(start)) {
                return Optional.of(NAMES.get(i));
            }
        }
        return Optional.empty();
    }

    /** The name to show: the prefecture's own, or in English for an English screen. */
    public static String shown(String name, Locale language) {
        int index = NAMES.indexOf(name);
        return index >= 0 && language.getLanguage().equals("en") ? ENGLISH.get(index) : name;
    }
}
