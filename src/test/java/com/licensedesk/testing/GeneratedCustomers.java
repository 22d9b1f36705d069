package com.licensedesk.testing;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.LicenseType;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.company.CompanyProfile;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.domain.PhoneNumber;
import com.licensedesk.domain.Prefecture;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.registration.RegistrationRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Realistic customers for desk tests, screenshots and benchmarks: Japanese company names with their readings,
 * contacts, phone numbers, and keys spread over the next years. The same seed makes the same customers.
 */
public final class GeneratedCustomers {
    private static final String[][] FIRST = {{"サクラ", "サクラ"}, {"東京", "トウキョウ"}, {"大阪", "オオサカ"},
        {"北海", "ホッカイ"}, {"みどり", "ミドリ"}, {"日本", "ニホン"}, {"富士", "フジ"}, {"青葉", "アオバ"},
        {"中央", "チュウオウ"}, {"朝日", "アサヒ"}, {"星空", "ホシゾラ"}, {"若葉", "ワカバ"}, {"光", "ヒカリ"},
        {"新星", "シンセイ"}, {"海風", "ウミカゼ"}, {"山田", "ヤマダ"}, {"港", "ミナト"}, {"高橋", "タカハシ"}};
    private static final String[][] SECOND = {{"商事", "ショウジ"}, {"工業", "コウギョウ"}, {"電機", "デンキ"},
        {"システム", "システム"}, {"物産", "ブッサン"}, {"建設", "ケンセツ"}, {"ソフト", "ソフト"},
        {"精機", "セイキ"}, {"運輸", "ウンユ"}, {"食品", "ショクヒン"}, {"製薬", "セイヤク"}, {"印刷", "インサツ"}};
    private static final String[][] FAMILY = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"},
        {"田中", "タナカ"}, {"伊藤", "イトウ"}, {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"},
        {"小林", "コバヤシ"}, {"加藤", "カトウ"}};
    private static final String[][] GIVEN = {{"一郎", "イチロウ"}, {"花子", "ハナコ"}, {"健", "ケン"},
        {"美咲", "ミサキ"}, {"翔", "ショウ"}, {"陽子", "ヨウコ"}, {"大輔", "ダイスケ"}, {"由美", "ユミ"}};
    private static final String[] PRODUCTS = {"Hoshizora Endpoint Guard", "Kasumi Cloud Mail Protect",
        "Tsubasa Server Defense", "Shizuku Mobile Security", "Hotaru Web Gateway"};
    private static final String KEY_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Random random;
    private final LocalDate today;

    public GeneratedCustomers(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** A catalogue key for customer {@code i}'s licence {@code n}, unique for every pair. */
    public static String key(int i, int n) {
        StringBuilder digits = new StringBuilder();
        long value = (long) i * 8 + n;
        for (int g = 0; g < 16; g++) {
            digits.append(KEY_LETTERS.charAt((int) (value % KEY_LETTERS.length())));
            value /= KEY_LETTERS.length();
        }
        String k = digits.toString();
        return "GN-" + k.substring(0, 4) + "-" + k.substring(4, 8) + "-" + k.substring(8, 12) + "-"
                + k.substring(12, 16);
    }

    /** The catalogue entry of a generated key: expiries from last month to three years ahead. */
    public CatalogEntry entry(int i, int n) {
        LocalDate expires = today.plusDays(random.nextInt(3 * 365 + 30) - 30);
        String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        return new CatalogEntry(ProductKey.parse(key(i, n)).orElseThrow(), product, Optional.of(product + " Standard"),
                1 + random.nextInt(50), expires, random.nextInt(10) == 0 ? LicenseType.TRIAL : LicenseType.FULL,
                Optional.of("https://console.example.com/"));
    }

    /** Customer {@code i}'s registration with its first key. */
    public RegistrationRequest customer(int i, Instant now) {
        String[] first = FIRST[random.nextInt(FIRST.length)];
        String[] second = SECOND[random.nextInt(SECOND.length)];
        boolean formBefore = random.nextBoolean();
        String company = formBefore ? "株式会社" + first[0] + second[0] : first[0] + second[0] + "株式会社";
        String reading = formBefore ? "カブシキガイシャ" + first[1] + second[1] : first[1] + second[1] + "カブシキガイシャ";
        String[] family = FAMILY[random.nextInt(FAMILY.length)];
        String[] given = GIVEN[random.nextInt(GIVEN.length)];
        String prefecture = Prefecture.NAMES.get(random.nextInt(Prefecture.NAMES.size()));
        String area = "0" + (3 + random.nextInt(7));
        String number = String.valueOf(10_000_000 + random.nextInt(89_999_999));
        String login = "c" + i + "." + family[1].length() + "x" + Integer.toString(i * 7919 % 100_000, 36);
        String mail = "c" + i + "@" + "example-" + (i % 997) + ".co.jp";
        ContactPerson user = new ContactPerson(family[0] + " " + given[0], family[1] + " " + given[1], "情報システム部",
                PhoneNumber.parse(area, number).orElseThrow(), Optional.empty(), mail);
        CompanyProfile profile = new CompanyProfile(company, reading, random.nextInt(4) == 0 ? "本社" : "", "",
                String.format(Locale.ROOT, "%03d-%04d", 100 + random.nextInt(800), random.nextInt(10_000)),
                prefecture, "中央区1-" + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(20)), "");
        return new RegistrationRequest(ProductKey.parse(key(i, 0)).orElseThrow(),
                new AgreementAcceptance("2026-11", now), login.toLowerCase(Locale.ROOT), "Sakura7Desk", profile, user,
                "サンプル販売株式会社", mail, Optional.empty(), Locale.JAPANESE);
    }

    /** The catalogue for {@code customers} customers with {@code keysEach} keys each. */
    public List<CatalogEntry> catalogue(int customers, int keysEach) {
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            for (int n = 0; n < keysEach; n++) {
                entries.add(entry(i, n));
            }
        }
        return entries;
    }
}
