package cn.jiangle.ecojustice.bot.conversation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.jiangle.ecojustice.bot.messages.Reply;

/**
 * A question answered by choosing from a numbered list: the speaker replies with the number or the option's label, and
 * the option's value is stored under {@code key}. Options may depend on the answers so far (e.g. the parties of the
 * case entered one step earlier).
 */
public record ChoiceStep<P>(String name, String key, String question,
		Function<StepContext<P>, List<Option>> options, String helpText, Predicate<StepContext<P>> condition)
		implements Step<P> {

	/** One choice: what the speaker sees and what is stored. */
	public record Option(String label, String value) {

		public Option {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(value, "value");
		}

		public static Option of(String labelAndValue) {
			return new Option(labelAndValue, labelAndValue);
		}

	}

	public ChoiceStep {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(question, "question");
		Objects.requireNonNull(options, "options");
		Objects.requireNonNull(helpText, "helpText");
		Objects.requireNonNull(condition, "condition");
	}

	/** Options whose label is what is stored. */
	public static <P> ChoiceStep<P> choose(String name, String key, String question, List<String> labels) {
		List<Option> fixed = labels.stream().map(Option::of).toList();
		return new ChoiceStep<>(name, key, question, context -> fixed, "回复选项前的数字，或直接回复选项文字。",
				context -> true);
	}

	public static <P> ChoiceStep<P> chooseFrom(String name, String key, String question,
			Function<StepContext<P>, List<Option>> options) {
		return new ChoiceStep<>(name, key, question, options, "回复选项前的数字，或直接回复选项文字。", context -> true);
	}

	public ChoiceStep<P> help(String text) {
		return new ChoiceStep<>(name, key, question, options, text, condition);
	}

	public ChoiceStep<P> when(Predicate<StepContext<P>> newCondition) {
		return new ChoiceStep<>(name, key, question, options, helpText, newCondition);
	}

	@Override
	public List<Reply> prompt(StepContext<P> context) {
		StringBuilder text = new StringBuilder(question);
		List<Option> list = options.apply(context);
		for (int i = 0; i < list.size(); i++) {
			text.append('\n').append(i + 1).append(". ").append(list.get(i).label());
		}
		return List.of(new Reply.Text(text.toString()));
	}

	@Override
	public String help(StepContext<P> context) {
		return helpText;
	}

	@Override
	public Outcome accept(StepContext<P> context, String input) {
		List<Option> list = options.apply(context);
		String answer = Commands.normalise(input);
		if (answer.matches("\\d{1,3}")) {
			int index = Integer.parseInt(answer) - 1;
			if (index >= 0 && index < list.size()) {
				return Outcome.proceed(context.data().with(key, list.get(index).value()));
			}
			throw new InputRejected("没有第 " + answer + " 项，请回复 1 到 " + list.size() + " 之间的数字。");
		}
		for (Option option : list) {
			if (option.label().equals(answer)) {
				return Outcome.proceed(context.data().with(key, option.value()));
			}
		}
		throw new InputRejected("「" + Commands.quote(input) + "」不在选项中，请回复选项前的数字。");
	}

	@Override
	public boolean appliesTo(StepContext<P> context) {
		return condition.test(context);
	}

}
