package cn.jiangle.ecojustice.bot.wecom;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jiangle.ecojustice.db.wecom.NewInboundEvent;

/**
 * A callback's event handed to the {@link IntakeCommitter}, and who finishes it: the committer, or — after the ack
 * deadline — the waiting callback thread itself. Exactly one of them completes it (compare-and-set on the state).
 */
final class PendingCallback {

	private static final int QUEUED = 0;

	private static final int CLAIMED = 1;

	private static final int DONE = 2;

	private static final int ABANDONED = 3;

	final NewInboundEvent event;

	final SpooledCallback envelope;

	final CompletableFuture<IntakeCommitter.Outcome> result = new CompletableFuture<>();

	private final AtomicInteger state = new AtomicInteger(QUEUED);

	PendingCallback(NewInboundEvent event, SpooledCallback envelope) {
		this.event = event;
		this.envelope = envelope;
	}

	/** The committer takes it into a batch; false when the callback already gave up on it. */
	boolean claim() {
		return state.compareAndSet(QUEUED, CLAIMED);
	}

	/** The committer is about to complete it; false when the callback gave up meanwhile (it spools itself). */
	boolean finish() {
		return state.compareAndSet(CLAIMED, DONE);
	}

	/** The waiting callback gives up on the committer; false when the committer already finished with it. */
	boolean abandon() {
		return state.compareAndSet(QUEUED, ABANDONED) || state.compareAndSet(CLAIMED, ABANDONED);
	}

}
