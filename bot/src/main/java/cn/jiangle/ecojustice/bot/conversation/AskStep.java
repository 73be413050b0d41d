package cn.jiangle.ecojustice.bot.conversation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import cn.jiangle.ecojustice.bot.messages.Reply;

/**
 * A free-text question: the parser normalises the answer or throws {@link InputRejected}; the result is stored under
 * {@code key}. An optional step also takes 「跳过」 and then stores nothing.
 */
public record AskStep<P>(String name, String key, Function<StepContext<P>, String> question, String helpText,
		Parser<P> parser, boolean optional, Predicate<StepContext<P>> condition, Store store) implements Step<P> {

	/** Validates and normalises an answer, or throws {@link InputRejected}. */
	@FunctionalInterface
	public interface Parser<P> {

		String parse(StepContext<P> context, String input);

	}

	/** How the parsed answer (null when skipped) goes into the flow's data. */
	@FunctionalInterface
	public interface Store {

		FlowData into(FlowData data, String key, String value);

		Store PUT = (data, key, value) -> value == null ? data.without(key) : data.with(key, value);

	}

	public AskStep {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(question, "question");
		Objects.requireNonNull(helpText, "helpText");
		Objects.requireNonNull(parser, "parser");
		Objects.requireNonNull(condition, "condition");
		Objects.requireNonNull(store, "store");
	}

	public static <P> AskStep<P> ask(String name, String key, String question) {
		return new AskStep<>(name, key, context -> question, question, (context, input) -> input, false,
				context -> true, Store.PUT);
	}

	public static <P> AskStep<P> ask(String name, String key, Function<StepContext<P>, String> question) {
		return new AskStep<>(name, key, question, "请按提示回复。", (context, input) -> input, false, context -> true,
				Store.PUT);
	}

	public AskStep<P> help(String text) {
		return new AskStep<>(name, key, question, text, parser, optional, condition, store);
	}

	public AskStep<P> parse(UnaryOperator<String> newParser) {
		return new AskStep<>(name, key, question, helpText, (context, input) -> newParser.apply(input), optional,
				condition, store);
	}

	public AskStep<P> parse(Parser<P> newParser) {
		return new AskStep<>(name, key, question, helpText, newParser, optional, condition, store);
	}

	public AskStep<P> skippable() {
		return new AskStep<>(name, key, question, helpText, parser, true, condition, store);
	}

	public AskStep<P> when(Predicate<StepContext<P>> newCondition) {
		return new AskStep<>(name, key, question, helpText, parser, optional, newCondition, store);
	}

	public AskStep<P> storing(Store newStore) {
		return new AskStep<>(name, key, question, helpText, parser, optional, condition, newStore);
	}

	@Override
	public List<Reply> prompt(StepContext<P> context) {
		String text = question.apply(context);
		return List.of(new Reply.Text(optional ? text + "\n（没有请回复「跳过」）" : text));
	}

	@Override
	public String help(StepContext<P> context) {
		return optional ? helpText + "\n没有这一项时回复「跳过」。" : helpText;
	}

	@Override
	public Outcome accept(StepContext<P> context, String input) {
		if (optional && Commands.isSkip(input)) {
			return Outcome.proceed(store.into(context.data(), key, null));
		}
		if (input.isBlank()) {
			throw new InputRejected("没有收到内容。");
		}
		return Outcome.proceed(store.into(context.data(), key, parser.parse(context, input.strip())));
	}

	@Override
	public boolean appliesTo(StepContext<P> context) {
		return condition.test(context);
	}

}
