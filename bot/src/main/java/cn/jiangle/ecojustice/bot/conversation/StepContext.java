package cn.jiangle.ecojustice.bot.conversation;

/**
 * What a step sees: who is speaking (and the principal the flow's catalog resolved for them, e.g. an officer), the
 * answers so far, and the task id to give a template card if the step's prompt shows one.
 */
public record StepContext<P>(Speaker speaker, P principal, FlowData data, String cardTaskId) {

	StepContext<P> withData(FlowData newData) {
		return new StepContext<>(speaker, principal, newData, cardTaskId);
	}

}
