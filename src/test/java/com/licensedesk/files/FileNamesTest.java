package com.licensedesk.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The file names the save dialogs propose. */
class FileNamesTest {
    @Test
    void charactersNoSystemTakesInANameBecomeUnderscores() {
        assertThat(FileNames.safe("登録控え_sa****02.pdf")).isEqualTo("登録控え_sa____02.pdf");
        assertThat(FileNames.safe("a/b\\c:d?e\"f<g>h|i\tj.txt")).isEqualTo("a_b_c_d_e_f_g_h_i_j.txt");
        assertThat(FileNames.safe("receipt_a@b.c-d.pdf")).isEqualTo("receipt_a@b.c-d.pdf");
    }

    @Test
    void noDotOrSpaceAtTheEndAndNeverEmpty() {
        assertThat(FileNames.safe("kiosk. ")).isEqualTo("kiosk");
        assertThat(FileNames.safe("...")).isEqualTo("_");
    }
}
