package cn.jiangle.ecojustice.bot.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.jiangle.ecojustice.bot.messages.Reply;

/**
 * A guided chat flow, declared as data: the words (or menu key) that start it, who may use it, its ordered steps and
 * the one domain call that completes it. The engine ({@link Conversations}) runs any flow the same way, so defendant
 * flows are added by declaring more of these.
 *
 * @param name shown to the speaker, e.g. 新建案件; also the key under which state is stored
 * @param summary one line for menus
 * @param keywords texts that start the flow when no flow is active
 * @param menuKey application-menu click key that starts it, or null
 * @param access who may use it: a refusal reason for those who may not (checked at start and at every turn)
 * @param steps asked in order, skipping those whose condition does not hold
 * @param completion called once with all answers after the last step, inside a savepoint
 */
public record Flow<P>(String name, String summary, Set<String> keywords, String menuKey, Access<P> access,
		List<Step<P>> steps, Completion<P> completion) {

	public Flow {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(summary, "summary");
		keywords = Set.copyOf(keywords);
		Objects.requireNonNull(access, "access");
		steps = List.copyOf(steps);
		Objects.requireNonNull(completion, "completion");
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("flow " + name + " has no steps");
		}
		Set<String> names = new HashSet<>();
		for (Step<P> step : steps) {
			if (!names.add(step.name())) {
				throw new IllegalArgumentException("flow " + name + " has two steps named " + step.name());
			}
		}
	}

	public static <P> Builder<P> named(String name) {
		return new Builder<>(name);
	}

	Optional<Step<P>> step(String stepName) {
		return steps.stream().filter(step -> step.name().equals(stepName)).findFirst();
	}

	/** Who may use a flow. */
	@FunctionalInterface
	public interface Access<P> {

		/** Why {@code principal} may not use the flow (a Chinese sentence), or empty when they may. */
		Optional<String> refusal(P principal);

		static <P> Access<P> everyone() {
			return principal -> Optional.empty();
		}

	}

	/** The flow's one domain call. Throw {@link InputRejected#at} to send the speaker back to a step. */
	@FunctionalInterface
	public interface Completion<P> {

		List<Reply> complete(Speaker speaker, P principal, FlowData data);

	}

	public static final class Builder<P> {

		private final String name;

		private String summary = "";

		private final Set<String> keywords = new LinkedHashSet<>();

		private String menuKey;

		private Access<P> access = Access.everyone();

		private final List<Step<P>> steps = new ArrayList<>();

		private Builder(String name) {
			this.name = name;
			this.keywords.add(name);
		}

		public Builder<P> summary(String text) {
			this.summary = text;
			return this;
		}

		public Builder<P> keywords(String... words) {
			this.keywords.addAll(List.of(words));
			return this;
		}

		public Builder<P> menuKey(String key) {
			this.menuKey = key;
			return this;
		}

		public Builder<P> access(Access<P> rule) {
			this.access = rule;
			return this;
		}

		public Builder<P> step(Step<P> step) {
			this.steps.add(step);
			return this;
		}

		public Flow<P> completes(Completion<P> completion) {
			return new Flow<>(name, summary, keywords, menuKey, access, steps, completion);
		}

	}

}
