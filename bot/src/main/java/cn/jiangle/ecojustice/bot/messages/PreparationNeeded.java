package cn.jiangle.ecojustice.bot.messages;

/**
 * Thrown by an {@link InboundHandler} inside the dispatcher's transaction when answering needs slow remote work first
 * (the chat model): the dispatcher rolls the transaction back, runs {@link #prepare()} with no transaction open, and
 * handles the event again, when the handler finds the result ready. So no lock is held while the network is waited
 * for.
 */
public final class PreparationNeeded extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Runnable work;

	public PreparationNeeded(Runnable work) {
		super("slow work must run before the event is handled", null, false, false);
		this.work = work;
	}

	/** Does the slow work; called outside any transaction. */
	public void prepare() {
		work.run();
	}

}
