package com.licensedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.kiosks.KioskService;
import com.licensedesk.operators.Operator;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.Dialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 同期 without a toolkit, over a real home and a real kiosk: a kiosk's bundle imported from the sync folder and a
 * reply written there; a file that is no bundle and a revoked kiosk's bundle refused, each saying what to do.
 */
class SyncViewModelTest {
    @RegisterExtension final TestDesk home = TestDesk.withDemoCatalogue();
    @RegisterExtension final TestDesk kiosk = TestDesk.withDemoCatalogue();
    private final Session session = new Session();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private Path folder;
    private Path bundle;

    @BeforeEach
    void open() throws Exception {
        Operator clerk = home.services().operators.createFirstAdmin(home.services().setupCode.current().orElseThrow(),
                "desk.clerk", "鈴木 一郎", "Clerk9Harbor");
        session.signInStaff(new StaffMember(clerk.id(), clerk.loginId(), clerk.name(), Role.CLERK));
        KioskService.Enrolled enrolled = home.services().kiosks.enrol(Actor.operator("desk.admin", Role.ADMIN),
                "shinjuku-1");
        kiosk.services().joinHome.join(Actor.system("cli"), enrolled.file(), enrolled.passphrase());
        kiosk.registeredCustomer();
        folder = Files.createDirectories(home.folder().resolve("sync"));
        bundle = kiosk.services().kioskSync.export(folder).orElseThrow();
    }

    private SyncViewModel sync(Optional<Path> syncFolder) {
        SyncViewModel sync = new SyncViewModel(home.services().syncImport, home.services().syncReplies,
                home.services().kiosks, syncFolder, session, Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE);
        sync.shown();
        return sync;
    }

    @Test
    void theFoldersBundleIsAppliedAndItsKioskGetsAReplyThere() throws Exception {
        SyncViewModel sync = sync(Optional.of(folder));
        assertThat(sync.folderText()).isEqualTo("同期フォルダ: " + folder);

        sync.importBundles();

        assertThat(sync.rows()).singleElement().satisfies(row -> {
            assertThat(row.bundle()).isEqualTo(bundle.getFileName().toString());
            assertThat(row.kiosk()).isEqualTo("shinjuku-1");
            assertThat(row.applied()).isEqualTo(1);
            assertThat(row.waiting()).isZero();
            assertThat(row.refused()).isFalse();
        });
        assertThat(sync.banner().text()).isEqualTo("同期ファイルを1件読み込み、返信を1件、同期フォルダに書き出しました。");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("shinjuku-1-reply-1.ldreply");
        }
        assertThat(home.store().rows("licence")).isEqualTo(1);
        assertThat(sync.nothingToReply().get()).isFalse();

        Path elsewhere = Files.createDirectories(home.folder().resolve("stick"));
        dialogs.choosing(elsewhere);
        sync.saveReplies();
        assertThat(dialogs.asked()).singleElement()
                .satisfies(asked -> assertThat(asked.kind()).isEqualTo(AnsweringDialogs.Kind.FOLDER));
        assertThat(sync.banner().text()).isEqualTo("返信を1件、" + elsewhere + " に保存しました。キオスクに持ち帰ってください。");
        try (var files = Files.list(elsewhere)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("shinjuku-1-reply-2.ldreply");
        }

        sync.importBundles();
        assertThat(sync.rows()).singleElement().satisfies(row -> {
            assertThat(row.applied()).as("seen before").isZero();
            assertThat(row.reason()).isEqualTo("新しい記録はありませんでした（取り込み済みです）。");
        });
    }

    @Test
    void chosenFilesAreImportedAndRefusalsSayWhatToDo() throws Exception {
        Path junk = Files.write(home.folder().resolve("junk.ldsync"), new byte[] {1, 2, 3, 4});
        SyncViewModel sync = sync(Optional.empty());
        assertThat(sync.folderText()).startsWith("同期フォルダは設定されていません。");
        sync.importBundles();
        assertThat(sync.banner().text()).isEqualTo("取り込む同期ファイルを「ファイルを選ぶ」で選んでください。");

        home.services().kiosks.revoke(Actor.operator("desk.admin", Role.ADMIN), "shinjuku-1", "端末を紛失したため");
        dialogs.choosingFiles(List.of(junk, bundle));
        sync.chooseBundles();
        assertThat(dialogs.asked()).singleElement()
                .satisfies(asked -> assertThat(asked.file()).contains(Dialogs.FileKind.BUNDLE));
        assertThat(sync.chosenText().get()).isEqualTo("選んだファイル（2件）: junk.ldsync、" + bundle.getFileName());

        sync.importBundles();

        assertThat(sync.rows()).extracting(SyncViewModel.Row::refused).containsExactly(true, true);
        assertThat(sync.rows().get(0).reason()).isEqualTo(Fixtures.JAPANESE.get("sync.refused.notABundle"));
        assertThat(sync.rows().get(1).reason())
                .isEqualTo("このキオスクは2026/11/24に取り消されました: 端末を紛失したため。取り消されたキオスクのファイルは取り込めません。");
        assertThat(sync.banner().kind()).isEqualTo(Banner.Kind.SUCCESS);
        assertThat(sync.nothingToReply().get()).isTrue();
        assertThat(sync.chosenText().get()).isEqualTo("ファイルは選ばれていません。");
        assertThat(home.store().rows("licence")).isZero();
    }
}
