package cn.jiangle.ecojustice.db.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
@Import(AlertWindows.class)
class AlertWindowsIntegrationTests {

	static final Duration WINDOW = Duration.ofMinutes(10);

	static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@Autowired
	AlertWindows windows;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theFirstOccurrenceAlertsAtOnceAndTheRestOfTheWindowIsSummarisedWhenItCloses() {
		String kind = "outbox.dead:KF_CUSTOMER:errcode 95016";
		assertThat(occurred(kind, "#1", T0)).isEqualTo(new AlertWindows.Decision(true, 1, 1));
		for (int i = 2; i <= 40; i++) {
			assertThat(occurred(kind, "#" + i, T0.plusSeconds(i)).alertNow()).isFalse();
		}
		assertThat(takeDue(T0.plus(WINDOW).minusSeconds(1))).isEmpty();
		assertThat(takeDue(T0.plus(WINDOW)))
			.containsExactly(new AlertWindows.Summary(kind, 39, 40, "#40"));
		// the summary opened the next window: nothing more to say until something happens
		assertThat(takeDue(T0.plus(WINDOW).plusSeconds(1))).isEmpty();
		assertThat(occurred(kind, "#41", T0.plus(WINDOW).plusSeconds(5)).alertNow()).isFalse();
		assertThat(takeDue(T0.plus(WINDOW.multipliedBy(2))))
			.containsExactly(new AlertWindows.Summary(kind, 1, 41, "#41"));
		// a quiet window later, a new failure is a new run with an immediate alert
		assertThat(occurred(kind, "#42", T0.plus(WINDOW.multipliedBy(4))))
			.isEqualTo(new AlertWindows.Decision(true, 1, 1));
	}

	@Test
	void anOccurrenceAfterAClosedButUnsummarisedWindowCarriesItsCount() {
		String kind = "outbox.dead:APP_USER:errcode 81013";
		occurred(kind, "#1", T0);
		occurred(kind, "#2", T0.plusSeconds(1));
		occurred(kind, "#3", T0.plusSeconds(2));
		assertThat(occurred(kind, "#4", T0.plus(WINDOW).plusSeconds(1)))
			.isEqualTo(new AlertWindows.Decision(true, 3, 4));
		assertThat(takeDue(T0.plus(WINDOW).plusSeconds(2))).isEmpty();
	}

	@Test
	void kindsHaveWindowsOfTheirOwn() {
		assertThat(occurred("kind-a", "a", T0).alertNow()).isTrue();
		assertThat(occurred("kind-b", "b", T0).alertNow()).isTrue();
		assertThat(occurred("kind-a", "a2", T0.plusSeconds(1)).alertNow()).isFalse();
	}

	@Test
	void countingNeedsTheTransactionThatQueuesTheAlert() {
		assertThatThrownBy(() -> windows.occurred("kind-c", "c", T0, WINDOW))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	private AlertWindows.Decision occurred(String kind, String detail, Instant now) {
		return new TransactionTemplate(transactions).execute(s -> windows.occurred(kind, detail, now, WINDOW));
	}

	private List<AlertWindows.Summary> takeDue(Instant now) {
		return new TransactionTemplate(transactions).execute(s -> windows.takeDue(now, WINDOW));
	}

}
