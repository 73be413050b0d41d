package cn.jiangle.ecojustice.bot.chat;

import java.util.List;

import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Kind;
import cn.jiangle.ecojustice.bot.messages.Location;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.message;
import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one inbound handler: unknown and deactivated users, non-text messages, the menu by role, stale buttons (微信客服
 * users are the defendant desk's, tested in bot.defendants).
 */
class ChatHandlerIntegrationTests extends ChatIntegrationTest {

	@BeforeAll
	void officers() {
		officers.register("judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("viewer", "COURT", Role.VIEWER, "赵书记员", Actor.SYSTEM);
		officers.register("former", "POLICE", Role.CASE_OFFICER, "离职警官", Actor.SYSTEM);
		officers.deactivate("former", Actor.SYSTEM);
		officers.ensureAdmin("admin", "管理员");
	}

	@Test
	void theOnlyInboundHandlerIsTheChatHandler() {
		assertThat(handler).isInstanceOf(ChatHandler.class);
	}

	@Test
	void anUnknownUserGetsOnePoliteSentenceAndNothingElse() {
		List<Reply> replies = chat.say("stranger", "碳汇认购的流程是什么？");

		assertThat(replies).containsExactly(new Reply.Text(OfficerDesk.UNKNOWN_USER));
		assertThat(chat.say("stranger", "新建案件")).containsExactly(new Reply.Text(OfficerDesk.UNKNOWN_USER));
		assertThat(chat.send(message(Channel.APP, "stranger", null, Kind.OTHER_EVENT, null, null, null, null)))
			.isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qa_answer WHERE officer_userid = 'stranger'",
				Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM conversation_state WHERE user_id = 'stranger'",
				Integer.class)).isZero();
	}

	@Test
	void aDeactivatedOfficerIsToldSo() {
		assertThat(chat.say("former", "新建案件")).containsExactly(new Reply.Text(OfficerDesk.DEACTIVATED));
	}

	@Test
	void nonTextMessagesGetAPoliteTextOnly() {
		List<Reply> replies = chat.send(message(Channel.APP, "judge", null, Kind.UNSUPPORTED_MEDIA, null, null,
				null, null));
		assertThat(replies).containsExactly(new Reply.Text(OfficerDesk.TEXT_ONLY));

		chat.say("judge", "查询案件");
		List<Reply> inFlow = chat.send(message(Channel.APP, "judge", null, Kind.UNSUPPORTED_MEDIA, null, null,
				null, null));
		assertThat(text(inFlow)).contains("目前只支持文字消息").contains("您正在进行「查询案件」");
		chat.say("judge", "取消");
	}

	@Test
	void imagesLocationsAndFilesAreAnsweredLikeOtherMediaUntilAFlowUsesThem() {
		assertThat(chat.send(ChatFixture.media(Channel.APP, "judge", null, Kind.IMAGE, "media-1", null, null)))
			.containsExactly(new Reply.Text(OfficerDesk.TEXT_ONLY));
		assertThat(chat.send(ChatFixture.media(Channel.APP, "judge", null, Kind.FILE, "media-2", "判决书.pdf", null)))
			.containsExactly(new Reply.Text(OfficerDesk.TEXT_ONLY));
		assertThat(chat.send(ChatFixture.media(Channel.APP, "judge", null, Kind.LOCATION, null, null,
				new Location(26.7285, 117.4712, "将乐县龙栖山")))).containsExactly(new Reply.Text(OfficerDesk.TEXT_ONLY));
		assertThat(chat.send(ChatFixture.media(Channel.APP, "stranger", null, Kind.IMAGE, "media-3", null, null)))
			.containsExactly(new Reply.Text(OfficerDesk.UNKNOWN_USER));
	}

	@Test
	void theMenuListsWhatTheOfficerMayDo() {
		String viewer = text(chat.say("viewer", "帮助"));
		assertThat(viewer).startsWith("赵书记员（将乐县人民法院·只读）您好！您可以：").contains("直接提问")
			.doesNotContain("「查询案件」").doesNotContain("「新建案件」").doesNotContain("「绑定码」")
			.doesNotContain("「登记人员」");

		String admin = text(chat.say("admin", "菜单"));
		assertThat(admin).contains("「新建案件」").contains("「查询案件」").contains("「绑定码」").contains("「登记人员」");

		assertThat(text(chat.send(message(Channel.APP, "judge", null, Kind.SUBSCRIBE, null, null, null, null))))
			.contains("「新建案件」").contains("「绑定码」").doesNotContain("「登记人员」");
		assertThat(text(chat.click("judge", "menu_help", null))).contains("「新建案件」");
		assertThat(text(chat.say("judge", "取消"))).contains("当前没有进行中的操作");
	}

	@Test
	void helpGreetsOnceByNameWithAgencyAndRole() {
		String judge = text(chat.say("judge", "帮助"));
		assertThat(judge).startsWith("王法官（将乐县人民法院·承办人）您好！您可以：\n· 直接提问政策问题");
		assertThat(judge.split("您好", -1)).hasSize(2);
		// the bootstrap administrator has no agency, and is named for the role: greeted once, not 「系统管理员（系统管理员）」
		officers.ensureAdmin("sysadmin", "系统管理员");
		String system = text(chat.say("sysadmin", "帮助"));
		assertThat(system).startsWith("系统管理员您好！您可以：").doesNotContain("（系统管理员）");
		assertThat(text(chat.say("admin", "帮助"))).startsWith("管理员（系统管理员）您好！");
	}

	@Test
	void guessedCommandsGetAPointerToHelpNotAPolicyAnswer() {
		for (String guess : List.of("案件列表", "修改案件", "案件清单", "删除案件", "查看案件", "案件详情", "删除被告人",
				"人员列表", "修改绑定码", "案件", " 案件列表。")) {
			List<Reply> replies = chat.say("judge", guess);
			assertThat(replies).as(guess)
				.containsExactly(new Reply.Text("没有「" + guess.strip().replace("。", "") + "」这项功能。请发送「帮助」查看您可以使用的功能。"));
		}
		// a real command still starts its flow, and a policy question is still answered
		assertThat(text(chat.say("judge", "我的案件"))).doesNotContain("这项功能").contains("承办的案件");
		assertThat(text(chat.say("judge", "案件查询"))).contains("请输入要查询的案号");
		chat.say("judge", "取消");
		assertThat(text(chat.say("viewer", "案件查询"))).startsWith("「查询案件」仅限");
		assertThat(text(chat.say("judge", "碳汇认购的流程是什么？"))).doesNotContain("这项功能").contains("将法〔");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM qa_answer WHERE officer_userid = 'judge' AND question LIKE '%案件%'",
				Integer.class)).isZero();
	}

	@Test
	void aMenuClickStartsAFlowAndStaleButtonsAreExplained() {
		assertThat(text(chat.click("judge", "flow_find_case", null))).contains("请输入要查询的案号");
		chat.say("judge", "取消");

		assertThat(text(chat.click("judge", "flow_confirm", "flow_doesnotexist"))).contains("该按钮已失效");
	}

}
