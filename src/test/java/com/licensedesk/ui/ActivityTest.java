package com.licensedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.HeldTasks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two pieces of work run together: busy until both answered, one answer or one failure for both. */
class ActivityTest {
    private final HeldTasks tasks = new HeldTasks();
    private final Activity activity = new Activity(tasks, Fixtures.JAPANESE, ActivityTest.class);
    private final List<String> answers = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @Test
    void bothAnswersComeTogetherWhicheverIsFirstAndTheViewModelIsBusyUntilThen() {
        assertThat(activity.runTogether("both", () -> "counts", () -> 3, (a, b) -> answers.add(a + b),
                failures::add)).isTrue();
        assertThat(tasks.waiting()).as("both started at once").isEqualTo(2);
        assertThat(activity.run("other", () -> "x", answers::add)).as("one piece of work at a time").isFalse();

        tasks.releaseOne(1);
        assertThat(activity.isBusy()).isTrue();
        assertThat(answers).isEmpty();
        tasks.releaseOne(0);
        assertThat(activity.isBusy()).isFalse();
        assertThat(answers).containsExactly("counts3");
        assertThat(failures).isEmpty();
    }

    @Test
    void whenBothFailTheFirstFailureIsAnsweredOnceWithTheOtherInsideIt() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second");
        activity.runTogether("both", () -> {
            throw first;
        }, () -> {
            throw second;
        }, (a, b) -> answers.add("answered"), failures::add);
        tasks.release();

        assertThat(failures).containsExactly(first);
        assertThat(first.getSuppressed()).containsExactly(second);
        assertThat(answers).isEmpty();
        assertThat(activity.isBusy()).isFalse();
    }

    @Test
    void oneFailingIsAnsweredAsAFailureOnceTheOtherIsBack() {
        IllegalStateException failed = new IllegalStateException("list");
        activity.runTogether("both", () -> "counts", () -> {
            throw failed;
        }, (a, b) -> answers.add("answered"), failures::add);
        tasks.releaseOne(1);
        assertThat(failures).as("the other is still being read").isEmpty();
        assertThat(activity.isBusy()).isTrue();
        tasks.releaseOne(0);

        assertThat(failures).containsExactly(failed);
        assertThat(answers).isEmpty();
        assertThat(activity.isBusy()).isFalse();
    }
}
