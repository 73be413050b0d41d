package cn.jiangle.ecojustice.bot.cases;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep.Option;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.binding.BindingCodes.IssuedCode;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * 绑定码: issues a single-use, expiring code for one defendant of a case, with the 微信客服 link carrying it as
 * {@code scene_param}. Who may, for which cases, is {@link cn.jiangle.ecojustice.bot.officers.Permissions}'s to say; a
 * case the officer may not act on is answered as if it did not exist, and nothing is issued or revoked.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BindingProperties.class)
@Import(BindingCodes.class)
class BindingCodeFlow {

	static final String NAME = "绑定码";

	static final Permission PERMISSION = Permission.to(Action.ISSUE_BINDING_CODE);

	private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	@Bean
	Flow<Officer> bindingCode(VisibleCases cases, Parties parties, BindingCodes codes, BindingProperties properties,
			Clock clock) {
		return Flow.<Officer>named(NAME)
			.summary("为被告人签发一次性微信绑定码和微信客服链接")
			.keywords("绑定码", "签发绑定码", "生成绑定码")
			.menuKey("flow_binding_code")
			.access(PERMISSION)
			.step(AskStep.<Officer>ask("caseNumber", "caseId", "请输入案号，为该案被告人签发绑定码。")
				.help("绑定码让被告人用微信绑定到本案，之后可在微信中收到提醒和指引。承办人只能为自己承办的案件签发。")
				.parse((context, input) -> {
					CaseNumber number = CaseNumber.parse(input);
					Case found = cases.find(context.principal(), Action.ISSUE_BINDING_CODE, number)
						.orElseThrow(() -> new InputRejected(VisibleCases.notFound(number)));
					if (parties.ofCase(found.id()).isEmpty()) {
						throw new InputRejected("该案尚未登记被告人，无法签发绑定码。");
					}
					return Long.toString(found.id());
				}))
			.step(ChoiceStep.<Officer>chooseFrom("party", "partyId", "请选择要签发绑定码的被告人：",
					context -> partiesOf(parties, context.data()).stream()
						.map(p -> new Option(label(p), Long.toString(p.id())))
						.toList())
				.when(context -> partiesOf(parties, context.data()).size() > 1))
			.completes((speaker, officer, data) -> {
				List<Party> caseParties = partiesOf(parties, data);
				long partyId = data.text("partyId").map(Long::parseLong).orElseGet(() -> caseParties.get(0).id());
				Party party = caseParties.stream().filter(p -> p.id() == partyId).findFirst()
					.orElseThrow(() -> InputRejected.at("caseNumber", "该被告人已不在本案中，请重新选择案件。"));
				// checked again: the officer may have been taken off the case since typing its 案号
				Case found = cases.find(officer, Action.ISSUE_BINDING_CODE, party.caseId())
					.orElseThrow(() -> InputRejected.at("caseNumber", "未找到该案件，请核对后重新输入。"));
				IssuedCode issued = codes.issue(party.id(), Actor.officer(officer.userid()), properties.validFor(),
						clock.instant());
				StringBuilder text = new StringBuilder();
				text.append("绑定码已签发（").append(found.number()).append("，被告人 ").append(Masks.name(party.name()))
					.append("）：\n").append(issued.display());
				text.append("\n有效期至 ").append(EXPIRY.format(issued.expiresAt()))
					.append("（北京时间），只能使用一次；再次签发会使旧码作废。");
				if (party.externalUserid() != null) {
					text.append("\n该被告人已绑定过微信，使用新码将更换绑定的微信。");
				}
				String link = properties.linkFor(issued.code());
				if (link.isEmpty()) {
					text.append("\n请将绑定码告知被告人：在微信中进入本院“生态修复”客服后发送该绑定码即可绑定。");
				}
				else {
					text.append("\n请将以下链接发给被告人，用微信打开即可进入客服并自动绑定：\n").append(link);
				}
				return List.of(new Reply.Text(text.toString()));
			});
	}

	private static List<Party> partiesOf(Parties parties, FlowData data) {
		return data.text("caseId").map(id -> parties.ofCase(Long.parseLong(id))).orElse(List.of());
	}

	private static String label(Party party) {
		return Masks.name(party.name())
				+ (party.idCard() == null ? "" : "（身份证 " + party.idCard().masked() + "）");
	}

}
