package cn.jiangle.ecojustice.bot.labour;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.Conversations;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.conversation.Speaker;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.db.officers.Officer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** 「劳役方案 案号 [序号]」: starts the {@link LabourPlanFlow} with the defendant known (the word alone starts it too). */
@Component
class LabourPlanCommand implements OfficerCommand {

	private final Flow<Officer> flow;

	private final LabourParties parties;

	private final Conversations conversations;

	LabourPlanCommand(@Qualifier("labourPlan") Flow<Officer> flow, LabourParties parties,
			Conversations conversations) {
		this.flow = flow;
		this.parties = parties;
		this.conversations = conversations;
	}

	@Override
	public Action action() {
		return Action.PLAN_LABOUR;
	}

	@Override
	public String usage() {
		return "劳役方案 案号";
	}

	@Override
	public String summary() {
		return "直接为该案已获批准劳役代偿的被告人制定劳役方案";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, LabourPlanFlow.NAME) && text.length() > LabourPlanFlow.NAME.length();
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		long partyId;
		try {
			partyId = LabourPlanFlow.approved(parties, officer,
					OfficerCommand.arguments(text, LabourPlanFlow.NAME), LabourPlanFlow.USAGE);
		}
		catch (InputRejected ex) {
			return List.of(new Reply.Text(ex.reason()));
		}
		return conversations.begin(flow, new Speaker(Channel.APP, officer.userid()), officer, eventId,
				FlowData.empty().with("partyId", Long.toString(partyId)));
	}

}
