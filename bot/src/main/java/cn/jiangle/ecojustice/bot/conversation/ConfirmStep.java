package cn.jiangle.ecojustice.bot.conversation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import cn.jiangle.ecojustice.bot.messages.Reply;

/**
 * The last step of a flow: shows a summary of the answers and a card with 确认 / 返回 / 取消 buttons; replying
 * 「确认」 as text works too. Accepting it completes the flow.
 */
public record ConfirmStep<P>(String name, String title, Function<StepContext<P>, String> summary) implements Step<P> {

	public static final String CONFIRM_KEY = "flow_confirm";

	public static final String BACK_KEY = "flow_back";

	public static final String CANCEL_KEY = "flow_cancel";

	public ConfirmStep {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(summary, "summary");
	}

	public static <P> ConfirmStep<P> confirm(String title, Function<StepContext<P>, String> summary) {
		return new ConfirmStep<>("confirm", title, summary);
	}

	@Override
	public List<Reply> prompt(StepContext<P> context) {
		// the summary can be long (several defendants): it goes as text, the card only carries the decision
		return List.of(new Reply.Text(title + "\n" + summary.apply(context)),
				new Reply.Card(title, "无误请点「确认」提交，要修改请点「返回」；也可直接回复文字。",
						context.cardTaskId(), List.of(new Reply.Button(CONFIRM_KEY, "确认"),
								new Reply.Button(BACK_KEY, "返回"), new Reply.Button(CANCEL_KEY, "取消"))));
	}

	@Override
	public String help(StepContext<P> context) {
		return "核对上面的信息：无误回复「确认」提交，要修改回复「返回」逐步回退，放弃回复「取消」。";
	}

	@Override
	public Outcome accept(StepContext<P> context, String input) {
		if (Commands.isConfirm(input)) {
			return Outcome.proceed(context.data());
		}
		throw new InputRejected("请回复「确认」提交，或「返回」修改、「取消」放弃。");
	}

}
