package com.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.licensedesk.auth.Totp;
import java.security.SecureRandom;
import java.util.Map;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The QR codes the two-factor screen draws decode to their URI, whatever the secret. */
@ExtendWith(ApplicationExtension.class)
class QrCodeTest {

    @Start
    void start(Stage stage) {
        // The toolkit is all this test needs.
    }

    @Test
    void everyDrawnCodeDecodesToItsText() throws Exception {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            String uri = Totp.uri("License Desk", "user_" + i + "@example.co.jp", Totp.newSecret(random));
            assertThat(decode(QrCode.of(uri, 220))).isEqualTo(uri);
        }
    }

    private static String decode(WritableImage image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = reader.getArgb(x, y);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
