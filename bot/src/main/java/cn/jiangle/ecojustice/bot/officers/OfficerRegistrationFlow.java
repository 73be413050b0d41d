package cn.jiangle.ecojustice.bot.officers;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep.Option;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.agencies.Agency;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.OfficerAlreadyRegistered;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 登记人员: an administrator registers an officer (WeCom userid, name, agency, role). Stored through {@link Officers},
 * which writes the audit ledger.
 */
@Configuration(proxyBeanMethods = false)
class OfficerRegistrationFlow {

	static final String NAME = "登记人员";

	static final Permission PERMISSION = Permission.to(Action.REGISTER_OFFICER);

	@Bean
	Flow<Officer> officerRegistration(Officers officers, Agencies agencies) {
		return Flow.<Officer>named(NAME)
			.summary("登记新的工作人员（企业微信账号、姓名、单位、角色）")
			.keywords("登记人员", "添加人员", "新增人员")
			.menuKey("flow_register_officer")
			.access(PERMISSION)
			.step(AskStep.<Officer>ask("userid", "userid", "请输入对方的企业微信账号（userid），如 zhangsan。")
				.help("企业微信账号即通讯录中的“账号”，由字母、数字或 _ . @ - 组成（1至64位），不是姓名也不是手机号。")
				.parse(input -> {
					String userid = Officers.checkUserid(input);
					if (officers.find(userid).isPresent()) {
						throw new InputRejected(new OfficerAlreadyRegistered(userid).getMessage());
					}
					return userid;
				}))
			.step(AskStep.<Officer>ask("name", "name", "请输入对方的姓名。")
				.help("填写真实姓名，最多50个字。")
				.parse(input -> RequiredText.of(input, "name", "姓名", 50)))
			.step(ChoiceStep.<Officer>chooseFrom("agency", "agency", "请选择对方所在单位：",
					context -> agencies.all().stream().map(a -> new Option(a.name(), a.code())).toList()))
			.step(ChoiceStep.<Officer>chooseFrom("role", "role", "请选择对方的角色：",
					context -> List.of(Role.values()).stream().map(r -> new Option(r.label(), r.name())).toList())
				.help(Permissions.ROLE_GUIDE))
			.step(ConfirmStep.<Officer>confirm("请确认登记信息：", context -> summary(context.data(), agencies)))
			.completes((speaker, admin, data) -> {
				Officer registered;
				try {
					registered = officers.register(data.require("userid"), data.require("agency"),
							Role.valueOf(data.require("role")), data.require("name"), Actor.officer(admin.userid()));
				}
				catch (OfficerAlreadyRegistered ex) {
					throw InputRejected.at("userid", ex.getMessage());
				}
				catch (InvalidInput ex) {
					throw InputRejected.at(stepOf(ex.field()), ex.getMessage());
				}
				return List.of(new Reply.Text("已登记：" + Commands.quote(registered.name()) + "（" + registered.userid()
						+ "），" + registered.agency().name() + "，" + registered.role().label()
						+ "。对方在企业微信中给本应用发消息即可开始使用。"));
			});
	}

	private static String summary(FlowData data, Agencies agencies) {
		String agency = agencies.find(data.require("agency")).map(Agency::name).orElse(data.require("agency"));
		return "账号：" + data.require("userid") + "\n姓名：" + Commands.quote(data.require("name")) + "\n单位：" + agency
				+ "\n角色：" + Role.valueOf(data.require("role")).label();
	}

	private static String stepOf(String field) {
		return switch (field) {
			case "userid" -> "userid";
			case "name" -> "name";
			case "agencyCode" -> "agency";
			case "role" -> "role";
			default -> "confirm";
		};
	}

}
