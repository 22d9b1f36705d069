package com.licensedesk.cli;

import com.licensedesk.kiosks.Kiosk;
import com.licensedesk.kiosks.NoSuchKiosk;
import com.licensedesk.sync.BundleRefused;
import com.licensedesk.sync.BundleReport;
import com.licensedesk.sync.KioskSync;
import com.licensedesk.ui.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sync export|import|reply}: at a kiosk its bundle goes out (after home's replies in the same folder are read);
 * at home bundles are read, one line per file, and each kiosk heard from gets its reply.
 */
final class SyncCli extends CommandGroup {
    SyncCli(Terminal terminal) {
        super(terminal);
    }

    @Override
    int run(List<String> words) {
        if (matches(words, 1, "sync", "export")) {
            return export(Path.of(words.get(2)));
        }
        if (words.size() >= 3 && words.get(1).equals("import")) {
            return importBundles(words.subList(2, words.size()).stream().map(Path::of).toList());
        }
        if (matches(words, 2, "sync", "reply")) {
            return reply(words.get(2), Path.of(words.get(3)));
        }
        return usage();
    }

    /** Home's replies first, so that what home has settled does not travel again. */
    private int export(Path folder) {
        try (Installation.Opened opened = installation.open()) {
            KioskSync sync = opened.kioskSync();
            KioskSync.RepliesRead replies = sync.readReplies(folder);
            if (replies.read() > 0) {
                out.println(messages.get("cli.sync.repliesRead", replies.read(), replies.acks(), replies.keys(),
                        replies.catalogueKeys()));
            }
            replies.refused().forEach(file -> err.println(messages.get("cli.sync.replyRefused", file)));
            int waiting = sync.state().map(KioskSync.State::waiting).orElse(0);
            Optional<Path> bundle = sync.export(folder);
            out.println(bundle.map(file -> messages.get("cli.sync.exported", file, waiting))
                    .orElse(messages.get("cli.sync.nothingWaits")));
            return replies.refused().isEmpty() ? Cli.OK : Cli.USER_ERROR;
        } catch (KioskSync.NotAKiosk notJoined) {
            err.println(messages.get("cli.sync.notAKiosk"));
            return Cli.USER_ERROR;
        }
    }

    private int importBundles(List<Path> files) {
        boolean allTaken = true;
        Set<String> heardFrom = new LinkedHashSet<>();
        try (Installation.Opened opened = installation.open()) {
            for (Path file : files) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    err.println(Terminal.unreadable(messages, file, e));
                    allTaken = false;
                    continue;
                }
                BundleReport report = opened.syncImport().importBundle(CLI, file.getFileName().toString(), bytes);
                if (report.refused().isPresent()) {
                    err.println(messages.get("cli.sync.refused", file,
                            refusal(report.refused().get(), opened)));
                    allTaken = false;
                    continue;
                }
                heardFrom.add(report.kiosk().orElseThrow());
                out.println(messages.get("cli.sync.imported", file, report.kiosk().orElseThrow(), report.entries(),
                        report.applied(), report.waiting(), report.held(), report.takenBefore()));
                report.missing().ifPresent(missing -> out.println(messages.get("cli.sync.missing", missing)));
                if (report.waiting() > 0) {
                    out.println(messages.get("cli.sync.toReview"));
                }
            }
            Path replies = config.syncFolder().orElseGet(() -> files.get(0).toAbsolutePath().getParent());
            for (String kiosk : heardFrom) {
                printReplies(kiosk, opened.syncReplies().write(kiosk, replies));
            }
        }
        return allTaken ? Cli.OK : Cli.USER_ERROR;
    }

    /** The refusal in words, with what to do about it. */
    private String refusal(BundleRefused refused, Installation.Opened opened) {
        String kiosk = refused.kiosk().orElse("?");
        return switch (refused.reason()) {
            case NOT_A_BUNDLE -> messages.get("cli.sync.refused.notABundle");
            case NOT_A_BUNDLE_BUT_ANOTHER_FILE -> messages.get("cli.sync.refused.anotherFile");
            case NEWER_FORMAT -> messages.get("cli.sync.refused.newerFormat");
            case UNKNOWN_KIOSK -> messages.get("cli.sync.refused.unknownKiosk", kiosk);
            case REVOKED -> messages.get("cli.sync.refused.revoked", opened.kiosks().find(kiosk)
                    .flatMap(Kiosk::revocation).map(r -> Formats.date(r.at()))
                    .orElse("?"),
                    refused.detail().orElse(""));
            case TRUNCATED -> messages.get("cli.sync.refused.truncated");
            case ALTERED -> messages.get("cli.sync.refused.altered");
            case NOT_FOR_THIS_HOME -> messages.get("cli.sync.refused.notForThisHome");
            case NOT_HOME -> messages.get("cli.sync.refused.notHome");
        };
    }

    private void printReplies(String kiosk, List<Path> written) {
        written.forEach(file -> out.println(messages.get("cli.sync.replied", kiosk, file)));
    }

    private int reply(String kiosk, Path folder) {
        try (Installation.Opened opened = installation.open()) {
            printReplies(kiosk, opened.syncReplies().write(kiosk, folder));
            return Cli.OK;
        } catch (NoSuchKiosk unknown) {
            err.println(messages.get("cli.kiosk.unknown", kiosk));
            return Cli.USER_ERROR;
        }
    }
}
