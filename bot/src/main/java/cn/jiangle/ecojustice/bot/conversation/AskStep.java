package cn.jiangle.ecojustice.bot.conversation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import cn.jiangle.ecojustice.bot.wecom.Reply;

/**
 * A free-text question: the parser normalises the answer or throws {@link InputRejected}; the result is stored under
 * {@code key}. An optional step also takes 「跳过」 and then stores nothing.
 */
public record AskStep<P>(String name, String key, Function<StepContext<P>, String> question, String helpText,
		UnaryOperator<String> parser, boolean optional, Predicate<StepContext<P>> condition) implements Step<P> {

	public AskStep {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(question, "question");
		Objects.requireNonNull(helpText, "helpText");
		Objects.requireNonNull(parser, "parser");
		Objects.requireNonNull(condition, "condition");
	}

	public static <P> AskStep<P> ask(String name, String key, String question) {
		return new AskStep<>(name, key, context -> question, question, UnaryOperator.identity(), false,
				context -> true);
	}

	public static <P> AskStep<P> ask(String name, String key, Function<StepContext<P>, String> question) {
		return new AskStep<>(name, key, question, "请按提示回复。", UnaryOperator.identity(), false, context -> true);
	}

	public AskStep<P> help(String text) {
		return new AskStep<>(name, key, question, text, parser, optional, condition);
	}

	public AskStep<P> parse(UnaryOperator<String> newParser) {
		return new AskStep<>(name, key, question, helpText, newParser, optional, condition);
	}

	public AskStep<P> skippable() {
		return new AskStep<>(name, key, question, helpText, parser, true, condition);
	}

	public AskStep<P> when(Predicate<StepContext<P>> newCondition) {
		return new AskStep<>(name, key, question, helpText, parser, optional, newCondition);
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
			return Outcome.proceed(context.data().without(key));
		}
		if (input.isEmpty()) {
			throw new InputRejected("没有收到内容。");
		}
		return Outcome.proceed(context.data().with(key, parser.apply(input)));
	}

	@Override
	public boolean appliesTo(StepContext<P> context) {
		return condition.test(context);
	}

}
