package cn.jiangle.ecojustice.bot.conversation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.conversation.ConversationState;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.conversation.ConversationStates.Ending;

/**
 * The conversation engine: runs any {@link Flow} turn by turn with its state in the database only, so a speaker can
 * resume days later on any node. One active flow per speaker; 返回, 取消 and 帮助 work at every step; an answer a
 * step rejects is re-asked with the reason. It never sends anything: it returns the replies, and the caller's
 * transaction turns them into outbox rows.
 */
@Component
public class Conversations {

	private static final Logger log = LoggerFactory.getLogger(Conversations.class);

	private static final String CARD_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	/** Told to a user whose stored flow can no longer be decrypted (its key was removed after a rotation). */
	static final String UNREADABLE = "您之前未完成的操作已失效，请重新开始。";

	private final ConversationStates states;

	private final ConversationProperties properties;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	private final SecureRandom random = new SecureRandom();

	Conversations(ConversationStates states, ConversationProperties properties, ObjectProvider<Clock> clock,
			PlatformTransactionManager transactions) {
		this.states = states;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The name of the speaker's active flow, if any. */
	public Optional<String> activeFlow(Speaker speaker) {
		return states.find(speaker.channel().name(), speaker.userId()).map(ConversationState::flow);
	}

	/**
	 * Applies one turn. Returns the replies when the turn belonged to a flow (continuing the active one, or starting
	 * one by keyword or menu key), or empty when the speaker has no active flow and the turn starts none, so the
	 * caller treats it otherwise (a question, the menu).
	 * @param eventId the inbound event, remembered so a redelivered event changes nothing
	 */
	@Transactional
	public <P> Optional<List<Reply>> handle(FlowCatalog<P> catalog, Speaker speaker, P principal, long eventId,
			Turn turn) {
		Instant now = clock.instant();
		Optional<ConversationState> found = states.find(speaker.channel().name(), speaker.userId());
		if (found.isPresent() && found.get().updatedAt().plus(properties.abandonAfter()).isBefore(now)) {
			log.info("Abandoning flow {} of {} after {} idle", found.get().flow(), speaker.userId(),
					properties.abandonAfter());
			states.end(found.get(), Ending.ABANDONED, now);
			found = Optional.empty();
		}
		if (found.isPresent() && found.get().data() == null) {
			// undecryptable (key removed): end it once, with a notice, instead of failing on every message
			log.warn("Ending flow {} of {}: its stored state cannot be decrypted", found.get().flow(),
					speaker.userId());
			states.end(found.get(), Ending.ABANDONED, now);
			return Optional.of(catalog.startedBy(turn)
				.map(flow -> prefixed(UNREADABLE, start(flow, speaker, principal, eventId, now)))
				.orElseGet(() -> List.of(new Reply.Text(UNREADABLE))));
		}
		if (found.isEmpty()) {
			return catalog.startedBy(turn).map(flow -> start(flow, speaker, principal, eventId, now));
		}
		ConversationState state = found.get();
		if (state.lastEventId() != null && state.lastEventId() == eventId) {
			return Optional.of(List.of());
		}
		return continueFlow(catalog, speaker, principal, eventId, turn, state, now);
	}

	/**
	 * Starts {@code flow} for {@code speaker} with some answers already known — e.g. the payment request whose card
	 * was clicked — unless the speaker is in the middle of another flow: then they are told so and nothing starts.
	 * The flow must also be in the catalog the speaker's later turns are handled with.
	 */
	@Transactional
	public <P> List<Reply> begin(Flow<P> flow, Speaker speaker, P principal, long eventId, FlowData known) {
		Instant now = clock.instant();
		Optional<ConversationState> found = states.find(speaker.channel().name(), speaker.userId());
		if (found.isPresent() && (found.get().data() == null
				|| found.get().updatedAt().plus(properties.abandonAfter()).isBefore(now))) {
			states.end(found.get(), Ending.ABANDONED, now);
			found = Optional.empty();
		}
		if (found.isPresent()) {
			return List.of(new Reply.Text("您正在进行「" + found.get().flow() + "」，请先完成，或回复「取消」结束后再办理「"
					+ flow.name() + "」。"));
		}
		return start(flow, speaker, principal, eventId, now, known);
	}

	/**
	 * Starts {@code flowName} for a speaker without an active flow, with answers already given (e.g. the parts of a
	 * one-line command that were there): steps whose condition skips a given answer are not asked.
	 * @return the replies, or empty when the speaker is in a flow already (the caller then handles the turn as usual)
	 */
	@Transactional
	public <P> Optional<List<Reply>> startWith(FlowCatalog<P> catalog, String flowName, Speaker speaker, P principal,
			long eventId, Map<String, String> given) {
		if (states.find(speaker.channel().name(), speaker.userId()).isPresent()) {
			return Optional.empty();
		}
		Flow<P> flow = catalog.named(flowName)
			.orElseThrow(() -> new IllegalArgumentException("no flow " + flowName + " in the catalog"));
		FlowData data = FlowData.empty();
		for (Map.Entry<String, String> answer : given.entrySet()) {
			data = data.with(answer.getKey(), answer.getValue());
		}
		return Optional.of(start(flow, speaker, principal, eventId, clock.instant(), data));
	}

	private <P> List<Reply> start(Flow<P> flow, Speaker speaker, P principal, long eventId, Instant now) {
		return start(flow, speaker, principal, eventId, now, FlowData.empty());
	}

	private <P> List<Reply> start(Flow<P> flow, Speaker speaker, P principal, long eventId, Instant now,
			FlowData known) {
		Optional<String> refusal = flow.access().refusal(principal);
		if (refusal.isPresent()) {
			log.info("Flow {} refused to {}", flow.name(), speaker.userId());
			return List.of(new Reply.Text(refusal.get()));
		}
		FlowState flowState = new FlowState(known, List.of(), null, null);
		Step<P> first = nextApplicable(flow, -1, new StepContext<>(speaker, principal, flowState.data(), null))
			.orElseThrow(() -> new IllegalStateException("flow " + flow.name() + " has no applicable step"));
		String card = newCardTaskId();
		List<Reply> prompt = first.prompt(new StepContext<>(speaker, principal, flowState.data(), card));
		states.begin(speaker.channel().name(), speaker.userId(), flow.name(), first.name(),
				flowState.showing(card).toJson(), eventId, now);
		log.info("Flow {} started by {}", flow.name(), speaker.userId());
		return prefixed("开始「" + flow.name() + "」。随时回复「返回」回到上一步，「取消」退出，「帮助」查看说明。", prompt);
	}

	private <P> Optional<List<Reply>> continueFlow(FlowCatalog<P> catalog, Speaker speaker, P principal,
			long eventId, Turn turn, ConversationState state, Instant now) {
		Optional<Flow<P>> known = catalog.named(state.flow());
		Optional<Step<P>> knownStep = known.flatMap(flow -> flow.step(state.step()));
		if (knownStep.isEmpty()) {
			// the flow or step was removed by a newer version of the assistant
			states.end(state, Ending.ABANDONED, now);
			return Optional.of(List.of(new Reply.Text("您之前未完成的「" + state.flow() + "」已停用，请重新开始。")));
		}
		Flow<P> flow = known.get();
		Step<P> step = knownStep.get();
		FlowState flowState = FlowState.fromJson(state.data());
		Optional<String> refusal = flow.access().refusal(principal);
		if (refusal.isPresent()) {
			states.end(state, Ending.CANCELLED, now);
			return Optional.of(List.of(new Reply.Text(refusal.get() + "「" + flow.name() + "」已结束。")));
		}
		Run<P> run = new Run<>(flow, speaker, principal, eventId, state, now);

		if (turn instanceof Turn.Media media) {
			if (!step.takesMedia()) {
				return Optional.empty();
			}
			return Optional.of(answer(run, step, flowState, context -> step.acceptMedia(context, media.message())));
		}
		String input;
		if (turn instanceof Turn.Button button) {
			if (button.taskId() == null) {
				Optional<Flow<P>> started = catalog.startedBy(turn);
				if (started.isEmpty()) {
					return Optional.empty();
				}
				return Optional.of(busy(run, step, flowState, started.get()));
			}
			input = button.taskId().equals(flowState.card()) ? buttonCommand(button.key()) : null;
			if (input == null) {
				return Optional.of(ask(run, step, flowState, "这张卡片已失效，请按最新的提示操作。"));
			}
		}
		else {
			input = ((Turn.Text) turn).text().strip();
		}

		if (Commands.isCancel(input)) {
			states.end(state, Ending.CANCELLED, now);
			log.info("Flow {} cancelled by {}", flow.name(), speaker.userId());
			return Optional.of(List.of(new Reply.Text("已取消「" + flow.name() + "」，本次填写的内容没有保存。")));
		}
		if (Commands.isBack(input)) {
			if (flowState.trail().isEmpty()) {
				return Optional.of(ask(run, step, flowState, "已经是第一步了。"));
			}
			String previousStep = flowState.last().step();
			return Optional.of(ask(run, flow.step(previousStep).orElseThrow(), flowState.undoLast(), null));
		}
		if (Commands.isHelp(input)) {
			StepContext<P> context = new StepContext<>(speaker, principal, flowState.data(), flowState.card());
			return Optional.of(ask(run, step, flowState, "【帮助】" + step.help(context)
					+ "\n随时可回复「返回」回到上一步，「取消」退出「" + flow.name() + "」。"));
		}
		Optional<Flow<P>> started = catalog.startedBy(new Turn.Text(input));
		if (started.isPresent()) {
			return Optional.of(busy(run, step, flowState, started.get()));
		}
		return Optional.of(answer(run, step, flowState, input));
	}

	/** How a step takes one turn: typed text, or a picture or file. */
	@FunctionalInterface
	private interface Answering<P> {

		Outcome apply(StepContext<P> context);

	}

	private <P> List<Reply> busy(Run<P> run, Step<P> step, FlowState flowState, Flow<P> other) {
		if (other.name().equals(run.flow().name())) {
			return ask(run, step, flowState, "继续「" + run.flow().name() + "」：");
		}
		return ask(run, step, flowState, "您正在进行「" + run.flow().name() + "」，请先完成，或回复「取消」结束后再开始「"
				+ other.name() + "」。");
	}

	private <P> List<Reply> reask(Run<P> run, Step<P> step, FlowState flowState, String reason) {
		String reminder = Duration.between(run.state().updatedAt(), run.now()).compareTo(properties.remindAfter()) > 0
				? "（您有未完成的「" + run.flow().name() + "」，接着回答即可，回复「取消」可退出。）\n" : "";
		return ask(run, step, flowState, reminder + reason);
	}

	private <P> List<Reply> answer(Run<P> run, Step<P> step, FlowState flowState, String input) {
		return answer(run, step, flowState, context -> {
			if (input.codePointCount(0, input.length()) > properties.maxInputLength()) {
				throw new InputRejected("内容太长了（最多 " + properties.maxInputLength() + " 个字）。");
			}
			return step.accept(context, input);
		});
	}

	private <P> List<Reply> answer(Run<P> run, Step<P> step, FlowState flowState, Answering<P> answering) {
		StepContext<P> context = new StepContext<>(run.speaker(), run.principal(), flowState.data(),
				flowState.card());
		Outcome outcome;
		try {
			outcome = answering.apply(context);
		}
		catch (InputRejected ex) {
			return reask(run, step, flowState, ex.reason());
		}
		catch (InvalidInput ex) {
			// the domain's own validators (CaseNumber.parse, IdCardNumber.parse …) give the reason, in Chinese
			return reask(run, step, flowState, ex.getMessage());
		}
		FlowState answered = flowState.answered(step.name(), outcome.data());
		Optional<Step<P>> next;
		if (outcome.next() != null) {
			next = Optional.of(run.flow().step(outcome.next())
				.orElseThrow(() -> new IllegalStateException("no step " + outcome.next() + " in " + run.flow().name())));
		}
		else if (answered.returnTo() != null) {
			next = run.flow().step(answered.returnTo());
			answered = new FlowState(answered.data(), answered.trail(), answered.card(), null);
		}
		else {
			next = nextApplicable(run.flow(), run.flow().steps().indexOf(step), context.withData(answered.data()));
		}
		return next.isPresent() ? ask(run, next.get(), answered, null) : complete(run, answered);
	}

	private <P> List<Reply> complete(Run<P> run, FlowState answered) {
		List<Reply> replies;
		try {
			replies = savepoint.execute(
					status -> run.flow().completion().complete(run.speaker(), run.principal(), answered.data()));
		}
		catch (InputRejected ex) {
			// the domain refused (e.g. the 案号 was registered meanwhile): fix that step, then straight back to confirm
			Step<P> last = run.flow().steps().get(run.flow().steps().size() - 1);
			Step<P> target = ex.step() == null ? last : run.flow().step(ex.step())
				.orElseThrow(() -> new IllegalStateException("no step " + ex.step() + " in " + run.flow().name()));
			FlowState fixing = target == last ? answered : answered.returningTo(last.name());
			return ask(run, target, fixing, ex.reason());
		}
		states.end(run.state(), Ending.COMPLETED, run.now());
		log.info("Flow {} completed by {}", run.flow().name(), run.speaker().userId());
		return replies == null ? List.of() : replies;
	}

	/** Shows {@code step}'s prompt (after an optional notice) and stores that the flow now waits on it. */
	private <P> List<Reply> ask(Run<P> run, Step<P> step, FlowState flowState, String notice) {
		String card = newCardTaskId();
		FlowState showing = flowState.showing(card);
		List<Reply> prompt = step
			.prompt(new StepContext<>(run.speaker(), run.principal(), showing.data(), card));
		states.advance(run.state(), step.name(), showing.toJson(), run.eventId(), run.now());
		return prefixed(notice, prompt);
	}

	private static <P> Optional<Step<P>> nextApplicable(Flow<P> flow, int after, StepContext<P> context) {
		List<Step<P>> steps = flow.steps();
		for (int i = after + 1; i < steps.size(); i++) {
			if (steps.get(i).appliesTo(context)) {
				return Optional.of(steps.get(i));
			}
		}
		return Optional.empty();
	}

	private static String buttonCommand(String key) {
		if (ConfirmStep.CONFIRM_KEY.equals(key)) {
			return "确认";
		}
		if (ConfirmStep.BACK_KEY.equals(key)) {
			return "返回";
		}
		if (ConfirmStep.CANCEL_KEY.equals(key)) {
			return "取消";
		}
		return null;
	}

	static List<Reply> prefixed(String notice, List<Reply> replies) {
		if (notice == null || notice.isBlank()) {
			return replies;
		}
		List<Reply> result = new ArrayList<>(replies.size() + 1);
		if (!replies.isEmpty() && replies.get(0) instanceof Reply.Text text) {
			result.add(new Reply.Text(notice + "\n" + text.content()));
			result.addAll(replies.subList(1, replies.size()));
		}
		else {
			result.add(new Reply.Text(notice));
			result.addAll(replies);
		}
		return List.copyOf(result);
	}

	/** WeCom task ids must be unique per application, forever: random, [a-z0-9_] only. */
	private String newCardTaskId() {
		StringBuilder id = new StringBuilder("flow_");
		for (int i = 0; i < 24; i++) {
			id.append(CARD_ALPHABET.charAt(random.nextInt(CARD_ALPHABET.length())));
		}
		return id.toString();
	}

	private record Run<P>(Flow<P> flow, Speaker speaker, P principal, long eventId, ConversationState state,
			Instant now) {
	}

}
