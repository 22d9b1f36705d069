package com.licensedesk.postal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.licensedesk.domain.Prefecture;
import com.licensedesk.testing.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostalCodesTest {
    private final PostalCodes codes = Fixtures.POSTAL_CODES;

    @Test
    void knownCodesGiveTheirPrefectureCityAndTown() {
        assertEquals(Optional.of(new PostalAddress("東京都", "千代田区", "千代田")), codes.find("100-0001"));
        assertEquals(Optional.of(new PostalAddress("東京都", "中央区", "銀座")), codes.find("1040061"));
        assertEquals(Optional.of(new PostalAddress("大阪府", "大阪市北区", "梅田")), codes.find("530-0001"));
        assertEquals(Optional.of(new PostalAddress("沖縄県", "八重山郡与那国町", "与那国")), codes.find("907-1801"));
        assertEquals("千代田区千代田", codes.find("100-0001").orElseThrow().addressStart());
    }

    @Test
    void aCodeForAWholeCityHasNoTown() {
        assertEquals(Optional.of(new PostalAddress("北海道", "札幌市中央区", "")), codes.find("060-0000"));
    }

    @Test
    void aLargeBuildingsCodesFollowTheirBlock() {
        assertEquals(Optional.of(new PostalAddress("東京都", "千代田区", "霞が関霞が関ビル")), codes.find("100-6001"));
        assertEquals(codes.find("100-6001"), codes.find("100-6090"));
    }

    @Test
    void unknownOrMalformedCodesFindNothing() {
        assertEquals(Optional.empty(), codes.find("000-0000"));
        assertEquals(Optional.empty(), codes.find("999-9999"));
        assertEquals(Optional.empty(), codes.find("100-000"));
        assertEquals(Optional.empty(), codes.find("abc-defg"));
        assertEquals(Optional.empty(), codes.find(""));
        assertEquals(Optional.empty(), codes.find(null));
        assertEquals(Optional.empty(), PostalCodes.NONE.find("100-0001"));
    }

    @Test
    void everyPrefectureOfTheTableIsOneOfTheFormsChoices() {
        for (String code : new String[] {"060-0000", "100-0001", "530-0001", "810-0001", "900-0001", "980-0001"}) {
            String prefecture = codes.find(code).orElseThrow().prefecture();
            assertTrue(Prefecture.NAMES.contains(prefecture), code + " gives " + prefecture);
        }
    }

    @Test
    void theTableIsReadInTheBackgroundAndFoundOnceRead() {
        PostalCodes loading = PostalCodes.loadingOn(Runnable::run);
        assertEquals(codes.find("100-0001"), loading.find("100-0001"));
    }
}
