package com.licensedesk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    @Test
    void theUsualWidthFitsAWideScreenAndAShortOne() {
        assertTrue(WindowPlacement.fits(new Rectangle2D(0, 0, 1280, 900)));
        assertTrue(WindowPlacement.fits(new Rectangle2D(0, 0, 1920, 1040)));
        assertTrue(WindowPlacement.fits(new Rectangle2D(0, 0, 1366, 728)));
    }

    @Test
    void aScreenOf1024GetsTheWholeScreen() {
        assertFalse(WindowPlacement.fits(new Rectangle2D(0, 0, 1024, 768)));
        assertFalse(WindowPlacement.fits(new Rectangle2D(0, 0, 1240, 1000)));
    }
}
