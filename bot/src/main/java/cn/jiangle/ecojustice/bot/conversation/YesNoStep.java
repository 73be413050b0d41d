package cn.jiangle.ecojustice.bot.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.jiangle.ecojustice.bot.messages.Reply;

/**
 * A yes/no question that loops: 「是」 jumps to {@code yesStep} (e.g. back to the first 被告人 step to add another),
 * 「否」 goes on. Nothing is stored; 返回 after a loop undoes the loop's answers one by one.
 */
public record YesNoStep<P>(String name, String question, String yesStep, String helpText) implements Step<P> {

	private static final Set<String> YES = Set.of("是", "有", "1", "y", "yes", "还有", "继续", "是的");

	private static final Set<String> NO = Set.of("否", "没有", "无", "2", "n", "no", "没了", "不", "完成");

	public YesNoStep {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(question, "question");
		Objects.requireNonNull(yesStep, "yesStep");
		Objects.requireNonNull(helpText, "helpText");
	}

	@Override
	public List<Reply> prompt(StepContext<P> context) {
		return List.of(new Reply.Text(question + "\n1. 是\n2. 否"));
	}

	@Override
	public String help(StepContext<P> context) {
		return helpText;
	}

	@Override
	public Outcome accept(StepContext<P> context, String input) {
		String answer = Commands.normalise(input).toLowerCase(java.util.Locale.ROOT);
		if (YES.contains(answer)) {
			return Outcome.goTo(yesStep, context.data());
		}
		if (NO.contains(answer)) {
			return Outcome.proceed(context.data());
		}
		throw new InputRejected("请回复「是」或「否」（也可回复 1 或 2）。");
	}

}
