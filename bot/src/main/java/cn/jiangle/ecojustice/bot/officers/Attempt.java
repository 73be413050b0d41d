package cn.jiangle.ecojustice.bot.officers;

import java.util.function.Function;

/**
 * What became of one domain call made for an officer: its value, or the domain's refusal as the Chinese sentence to
 * show (nothing was written then).
 */
public record Attempt<T>(T value, String refusal) {

	public static <T> Attempt<T> done(T value) {
		return new Attempt<>(value, null);
	}

	public static <T> Attempt<T> refused(String reason) {
		return new Attempt<>(null, reason);
	}

	public boolean isRefused() {
		return refusal != null;
	}

	/** The value made into a reply, or the refusal as it is. */
	public String describe(Function<T, String> text) {
		return isRefused() ? refusal : text.apply(value);
	}

}
