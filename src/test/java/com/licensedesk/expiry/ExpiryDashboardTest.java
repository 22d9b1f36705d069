package com.licensedesk.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.HeldTasks;
import com.licensedesk.testing.TestDesk;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** 期限管理 over a real store: the windows at their edges, the tiles against the table, the chart's months, the CSV. */
class ExpiryDashboardTest {
    /** 2026-11-24 in Japan. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** The last second of 2026-11-24 in Japan, and the first of the 25th. */
    private static final Instant LAST_SECOND = Instant.parse("2026-11-24T14:59:59Z");
    private static final Instant NEXT_DAY = Instant.parse("2026-11-24T15:00:00Z");

    @RegisterExtension final TestDesk desk = TestDesk.empty();
    @TempDir Path folder;
    private ExpiringCustomers customers;
    private final List<ExpiringLicence> opened = new ArrayList<>();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    @BeforeEach
    void open() {
        customers = new ExpiringCustomers(desk);
    }

    private ExpiryViewModel dashboard() {
        Session session = new Session();
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        ExpiryViewModel dashboard = new ExpiryViewModel(desk.store().repositories.expiryBoard(),
                desk.services().reminders, session,
                Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE, desk.clock(), List.of(30, 60, 90), opened::add);
        dashboard.shown();
        return dashboard;
    }

    private static Map<String, Integer> tiles(ExpiryViewModel dashboard) {
        return dashboard.tiles().stream().collect(Collectors.toMap(ExpiryViewModel.Tile::label,
                ExpiryViewModel.Tile::count, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void whileTheCountsAndTheListAreReadNothingCountedBeforeIsShownAndTheListSaysItIsReading() {
        customers.customer(TODAY.plusDays(10));
        HeldTasks tasks = new HeldTasks();
        ExpiryViewModel dashboard = shownWith(tasks);
        tasks.release();
        assertThat(tiles(dashboard)).containsEntry("30日以内", 1);
        assertThat(dashboard.loading().get()).isFalse();

        customers.customer(TODAY.plusDays(20));
        dashboard.shown();
        assertThat(dashboard.loading().get()).isTrue();
        assertThat(dashboard.tiles()).as("the count of before is not shown as today's").isEmpty();
        assertThat(dashboard.bars()).isEmpty();
        assertThat(dashboard.rows()).isEmpty();
        assertThat(dashboard.count().get()).as("the list's table says it is reading, not the count too").isEmpty();

        assertThat(tasks.waiting()).as("the counts and the list are read at once").isEqualTo(2);
        tasks.releaseOne(0);
        assertThat(dashboard.loading().get()).as("the list is still being read").isTrue();
        assertThat(dashboard.rows()).isEmpty();
        tasks.releaseOne(0);
        assertThat(dashboard.loading().get()).isFalse();
        assertThat(tiles(dashboard)).containsEntry("30日以内", 2);
        assertThat(dashboard.rows()).hasSize(2);
        assertThat(dashboard.count().get()).isEqualTo("30日以内: 2件");

        customers.customer(TODAY.plusDays(25));
        dashboard.shown();
        tasks.releaseOne(1);
        assertThat(dashboard.loading().get()).as("the list came first: the counts are still being read").isTrue();
        assertThat(dashboard.count().get()).isEmpty();
        tasks.releaseOne(0);
        assertThat(tasks.waiting()).as("nothing read twice").isZero();
        assertThat(dashboard.rows()).hasSize(3);
        assertThat(dashboard.count().get()).as("with the counts' total").isEqualTo("30日以内: 3件");
    }

    @Test
    void aFilterChosenWhileTheScreenOpensIsTheListShown() {
        customers.customer(TODAY.plusDays(10), TODAY.plusDays(45), TODAY.plusDays(50));
        HeldTasks tasks = new HeldTasks();
        ExpiryViewModel dashboard = shownWith(tasks);
        dashboard.filter().set(dashboard.filters().get(2));
        tasks.release();
        assertThat(dashboard.rows()).as("the 30-day list read as it opened is not shown for 60日以内").isEmpty();
        assertThat(dashboard.loading().get()).isTrue();
        assertThat(tasks.waiting()).as("the 60-day list is read").isOne();
        tasks.release();
        assertThat(tasks.waiting()).isZero();
        assertThat(dashboard.rows()).hasSize(3);
        assertThat(dashboard.count().get()).isEqualTo("60日以内: 3件");
        assertThat(dashboard.loading().get()).isFalse();

        dashboard.shown();
        tasks.releaseOne(0);
        dashboard.filter().set(dashboard.filters().get(1));
        assertThat(dashboard.busy().get()).as("the screen is still opening: one piece of work at a time").isTrue();
        tasks.release();
        assertThat(dashboard.rows()).as("the 60-day list read as it opened is not shown for 30日以内").isEmpty();
        tasks.release();
        assertThat(tasks.waiting()).isZero();
        assertThat(dashboard.rows()).hasSize(1);
        assertThat(dashboard.count().get()).isEqualTo("30日以内: 1件");
    }

    @Test
    void aListThatCannotBeReadAsTheScreenOpensIsSaidOnceAndTheScreenStopsLoading() {
        customers.customer(TODAY.plusDays(10));
        desk.clock().set(LAST_SECOND);
        Session session = new Session();
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        ExpiryBoard board = desk.store().repositories.expiryBoard();
        ExpiryBoard failing = new ExpiryBoard() {
            @Override
            public List<ExpiryCount> countsThrough(LocalDate through) {
                return board.countsThrough(through);
            }

            @Override
            public List<ExpiringLicence> licences(Optional<LocalDate> from, LocalDate through,
                                                  Optional<String> product, int limit) {
                throw new IllegalStateException("the list is not there");
            }

            @Override
            public int count(Optional<LocalDate> from, LocalDate through, Optional<String> product) {
                return board.count(from, through, product);
            }

            @Override
            public void eachLicence(Optional<LocalDate> from, LocalDate through, Optional<String> product,
                                    java.util.function.Consumer<ExpiringLicence> each) {
                board.eachLicence(from, through, product, each);
            }
        };
        HeldTasks tasks = new HeldTasks();
        ExpiryViewModel dashboard = new ExpiryViewModel(failing, desk.services().reminders, session, tasks, dialogs,
                Fixtures.JAPANESE, desk.clock(), List.of(30, 60, 90), opened::add);
        dashboard.shown();
        tasks.release();
        assertThat(dashboard.loading().get()).isFalse();
        assertThat(dashboard.busy().get()).isFalse();
        assertThat(dashboard.banner().text()).isEqualTo(Fixtures.JAPANESE.get("common.error.unexpected"));
    }

    /** 期限管理 opened by a clerk on the last second of TODAY, its work held by {@code tasks}. */
    private ExpiryViewModel shownWith(HeldTasks tasks) {
        desk.clock().set(LAST_SECOND);
        Session session = new Session();
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        ExpiryViewModel dashboard = new ExpiryViewModel(desk.store().repositories.expiryBoard(),
                desk.services().reminders, session, tasks, dialogs, Fixtures.JAPANESE, desk.clock(),
                List.of(30, 60, 90), opened::add);
        dashboard.shown();
        return dashboard;
    }

    @Test
    void aLicenceEndingTodayIsNotExpiredUntilTheDayIsOverInJapan() {
        customers.customer(TODAY.minusDays(1), TODAY, TODAY.plusDays(30), TODAY.plusDays(31), TODAY.plusDays(60),
                TODAY.plusDays(61), TODAY.plusDays(90), TODAY.plusDays(91));

        desk.clock().set(LAST_SECOND);
        assertThat(tiles(dashboard())).containsExactly(Map.entry("期限切れ", 1), Map.entry("30日以内", 2),
                Map.entry("60日以内", 4), Map.entry("90日以内", 6));

        desk.clock().set(NEXT_DAY);
        assertThat(tiles(dashboard())).as("from midnight in Japan, the 24th has passed")
                .containsExactly(Map.entry("期限切れ", 2), Map.entry("30日以内", 2), Map.entry("60日以内", 4),
                        Map.entry("90日以内", 6));
    }

    @Test
    void eachTileCountsTheRowsItsWindowLists() {
        customers.customer(TODAY.minusDays(400), TODAY.minusDays(3), TODAY, TODAY.plusDays(12), TODAY.plusDays(45));
        customers.customer("Kasumi Cloud Mail Protect", Locale.JAPANESE, TODAY.plusDays(7), TODAY.plusDays(88),
                TODAY.plusDays(200));
        customers.customer(TODAY.plusDays(29), TODAY.plusDays(30), TODAY.plusDays(31));
        ExpiryViewModel dashboard = dashboard();

        for (ExpiryViewModel.Tile tile : List.copyOf(dashboard.tiles())) {
            dashboard.filter().set(tile.filter());
            assertThat(dashboard.rows()).as(tile.label()).hasSize(tile.count());
            assertThat(dashboard.rows()).allSatisfy(row ->
                    assertThat(tile.filter().holds(row.licence().expires(), TODAY)).isTrue());
        }
        assertThat(tiles(dashboard)).containsExactly(Map.entry("期限切れ", 2), Map.entry("30日以内", 5),
                Map.entry("60日以内", 7), Map.entry("90日以内", 8));
        assertThat(dashboard.count().get()).isEqualTo("90日以内: 8件");

        dashboard.product().set("Kasumi Cloud Mail Protect");
        assertThat(tiles(dashboard)).containsExactly(Map.entry("期限切れ", 0), Map.entry("30日以内", 1),
                Map.entry("60日以内", 1), Map.entry("90日以内", 2));
        assertThat(dashboard.rows()).extracting(row -> row.licence().product())
                .containsOnly("Kasumi Cloud Mail Protect").hasSize(2);
        assertThat(dashboard.products()).containsExactly(ExpiryViewModel.ALL_PRODUCTS, "Hoshizora Endpoint Guard",
                "Kasumi Cloud Mail Protect");
    }

    @Test
    void theChartCountsTwelveMonthsAndAMonthChosenListsItsLicences() {
        customers.customer(TODAY.minusDays(1), TODAY, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 2, 28), LocalDate.of(2027, 10, 31), LocalDate.of(2027, 11, 1));
        ExpiryViewModel dashboard = dashboard();

        assertThat(dashboard.bars()).hasSize(12);
        assertThat(dashboard.bars().get(0).month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(dashboard.bars()).extracting(ExpiryViewModel.Bar::count)
                .containsExactly(1, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1);

        dashboard.monthChosen(YearMonth.of(2026, 12));
        assertThat(dashboard.rows()).extracting(row -> row.licence().expires())
                .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertThat(dashboard.count().get()).isEqualTo("2026年12月: 2件");
        dashboard.monthChosen(YearMonth.of(2026, 11));
        assertThat(dashboard.rows()).as("this month: not what has already expired").hasSize(1);
    }

    @Test
    void allListsEveryLicenceAlsoPastTheChartAndItsCsvHoldsThemAll() throws Exception {
        customers.customer(TODAY.minusDays(700), TODAY.plusDays(3), TODAY.plusDays(400), TODAY.plusDays(2_000));
        ExpiryViewModel dashboard = dashboard();
        assertThat(dashboard.choices()).contains(new ExpiryFilter.All());

        dashboard.filter().set(new ExpiryFilter.All());

        assertThat(dashboard.rows()).extracting(row -> row.licence().expires()).containsExactly(
                TODAY.minusDays(700), TODAY.plusDays(3), TODAY.plusDays(400), TODAY.plusDays(2_000));
        assertThat(dashboard.count().get()).isEqualTo("すべて: 4件");
        ExpiryFilter all = new ExpiryFilter.All();
        assertThat(desk.store().repositories.expiryBoard().count(all.from(TODAY), all.through(TODAY), Optional.empty()))
                .as("what a list past the twenty thousand shown is counted by").isEqualTo(4);
        Path file = folder.resolve("all.csv");
        dialogs.choosing(file);
        dashboard.export();
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(5);
    }

    @Test
    void openingARowActsForItsCustomer() {
        long account = customers.customer(TODAY.plusDays(3));
        ExpiryViewModel dashboard = dashboard();

        dashboard.open(dashboard.rows().get(0));

        assertThat(opened).singleElement().satisfies(licence -> {
            assertThat(licence.accountId()).isEqualTo(account);
            assertThat(licence.companyName()).isEqualTo("サンプル株式会社");
            assertThat(licence.contactName()).isEqualTo("田中 一郎");
            assertThat(licence.phone()).isEqualTo("03-53949600");
        });
    }

    @Test
    void theCsvHoldsEveryCellAsListedAndNeutralisesFormulas() throws Exception {
        long account = customers.customer(TODAY.plusDays(3), TODAY.plusDays(20));
        customers.customer(TODAY.plusDays(5));
        desk.store().execute("UPDATE contractor SET company_name = '=HYPERLINK(\"http://x\",\"株式会社\")'"
                + " WHERE account_id = " + account);
        ExpiryViewModel dashboard = dashboard();
        Path file = folder.resolve("有効期限一覧.csv");
        dialogs.choosing(file);

        dashboard.export();
        assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.title()).isEqualTo("CSVに書き出す");
            assertThat(asked.detail()).as("the name offered").isEqualTo("有効期限一覧.csv");
        });

        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            records = csv.getRecords();
        }
        assertThat(records.get(0).get(0)).isEqualTo("\uFEFF会社名");
        assertThat(records.get(0).values()).containsExactly("\uFEFF会社名", "ログインID", "サポート窓口", "電話番号",
                "製品/サービス", "キー", "シート数", "有効期限（日本時間）", "最後のお知らせ");
        assertThat(records).hasSize(1 + dashboard.rows().size());
        for (int i = 0; i < dashboard.rows().size(); i++) {
            ExpiringLicence licence = dashboard.rows().get(i).licence();
            String company = licence.companyName().startsWith("=") ? "'" + licence.companyName()
                    : licence.companyName();
            assertThat(records.get(i + 1).values()).containsExactly(company, licence.loginId(),
                    licence.contactName(), licence.phone(), licence.product(), licence.key(),
                    String.valueOf(licence.seats()), licence.expires().toString(), "");
        }
        assertThat(dashboard.banner().text()).contains("3件のライセンス");
    }

    @Test
    void aClerkMaySendRemindersAndAReadOnlyOperatorMayNot() {
        assertThat(dashboard().maySendReminders()).isTrue();
        Session readOnly = new Session();
        readOnly.signInStaff(new StaffMember(2, "desk.viewer", "閲覧 太郎", Role.READ_ONLY));
        ExpiryViewModel viewer = new ExpiryViewModel(desk.store().repositories.expiryBoard(), null, readOnly,
                Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE, desk.clock(), List.of(30, 60, 90), opened::add);
        assertThat(viewer.maySendReminders()).isFalse();
    }

    @Test
    void aLongListShowsItsFirstRowsAndSaysSo() {
        LocalDate[] many = new LocalDate[8];
        java.util.Arrays.fill(many, TODAY.plusDays(2));
        customers.customer(many);
        ExpiryViewModel dashboard = dashboard();

        assertThat(dashboard.rows()).hasSize(8);
        assertThat(ExpiryViewModel.SHOWN).isGreaterThan(8);
        assertThat(dashboard.rows()).extracting(row -> row.licence().lastReminder()).containsOnly(Optional.empty());
    }

    static Duration days(int n) {
        return Duration.ofDays(n);
    }
}
