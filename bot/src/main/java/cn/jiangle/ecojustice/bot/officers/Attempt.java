package cn.jiangle.ecojustice.bot.officers;

import java.util.function.Function;

/**
 * What became of one domain call made for an officer: its value, or the domain's refusal — an exception whose message
 * is the Chinese sentence to show (nothing was written then).
 */
public record Attempt<T>(T value, RuntimeException refusedBy) {

	public static <T> Attempt<T> done(T value) {
		return new Attempt<>(value, null);
	}

	public static <T> Attempt<T> refused(RuntimeException reason) {
		return new Attempt<>(null, reason);
	}

	public boolean isRefused() {
		return refusedBy != null;
	}

	/** Whether the refusal was of this kind (e.g. an amount the officer can type again). */
	public boolean refusedWith(Class<? extends RuntimeException> kind) {
		return kind.isInstance(refusedBy);
	}

	public String refusal() {
		return refusedBy == null ? null : refusedBy.getMessage();
	}

	/** The value made into a reply, or the refusal as it is. */
	public String describe(Function<T, String> text) {
		return isRefused() ? refusal() : text.apply(value);
	}

}
