package cn.jiangle.ecojustice.bot.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.kf.WxCpKfMsgListResp;
import me.chanjar.weixin.cp.bean.kf.WxCpKfMsgSendRequest;
import me.chanjar.weixin.cp.bean.kf.msg.WxCpKfTextMsg;
import me.chanjar.weixin.cp.bean.message.WxCpAppChatMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import me.chanjar.weixin.cp.bean.templatecard.TemplateCardButton;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import cn.jiangle.ecojustice.bot.simulator.Transcript.Direction;
import cn.jiangle.ecojustice.bot.simulator.Transcript.Party;
import cn.jiangle.ecojustice.bot.simulator.Transcript.PartyKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The simulated WeCom API driven by WxJava — the client the channel uses in production — and the simulator's
 * callbacks checked by an independent decryption, all over real HTTP on loopback.
 */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SimulatorIntegrationTests {

	private static final String ADMIN = SimulatorEnvironment.BOOTSTRAP_ADMIN;

	@Autowired
	Environment environment;

	@LocalServerPort
	int port;

	@Autowired
	Simulator simulator;

	@Autowired
	Transcript transcript;

	@Autowired
	SimulatorProperties properties;

	@Autowired
	RecordingCallbackEndpoint callbacks;

	private final HttpClient http = HttpClient.newHttpClient();

	private WxCpServiceImpl wecom;

	@BeforeEach
	void configureWxJavaLikeTheChannel() {
		callbacks.reset();
		WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
		config.setCorpId(environment.getProperty("wecom.corp-id"));
		config.setCorpSecret(environment.getProperty("wecom.secret"));
		config.setAgentId(environment.getProperty("wecom.agent-id", Integer.class));
		config.setToken(environment.getProperty("wecom.token"));
		config.setAesKey(environment.getProperty("wecom.aes-key"));
		config.setBaseApiUrl(environment.getProperty("wecom.api-base-url"));
		wecom = new WxCpServiceImpl();
		wecom.setWxCpConfigStorage(config);
	}

	@Test
	void theApiBaseUrlPointsAtThisServerEvenThoughTheTestAskedForARandomPort() {
		assertThat(environment.getProperty("wecom.api-base-url")).isEqualTo("http://127.0.0.1:" + port + "/simulator/api");
	}

	@Test
	void issuesAnAccessTokenForTheCorpsSecretOnly() throws Exception {
		assertThat(wecom.getAccessToken()).hasSize(96);

		WxCpDefaultConfigImpl wrong = new WxCpDefaultConfigImpl();
		wrong.setCorpId(environment.getProperty("wecom.corp-id"));
		wrong.setCorpSecret("not-the-secret");
		wrong.setBaseApiUrl(environment.getProperty("wecom.api-base-url"));
		WxCpServiceImpl impostor = new WxCpServiceImpl();
		impostor.setWxCpConfigStorage(wrong);
		assertThatExceptionOfType(WxErrorException.class).isThrownBy(impostor::getAccessToken)
			.satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(40001));
	}

	@Test
	void refusesCallsWithAnUnknownAccessTokenLikeWeCom() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create(environment.getProperty("wecom.api-base-url")
					+ "/cgi-bin/message/send?access_token=forged"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"touser\":\"" + ADMIN + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"errcode\":40014");
	}

	@Test
	void deliversApplicationTextToEachRecipient() throws Exception {
		WxCpMessageSendResult result = wecom.getMessageService()
			.send(WxCpMessage.TEXT().agentId(agentId()).toUser("ZhangWei|LiNa").content("案件已登记").build());

		assertThat(result.getErrCode()).isZero();
		assertThat(result.getMsgId()).isNotBlank();
		assertThat(transcript.to(officer("ZhangWei"))).singleElement().satisfies(entry -> {
			assertThat(entry.direction()).isEqualTo(Direction.OUT);
			assertThat(entry.msgType()).isEqualTo("text");
			assertThat(entry.body().path("content").asString()).isEqualTo("案件已登记");
		});
		assertThat(transcript.to(officer("LiNa"))).hasSize(1);
	}

	@Test
	void truncatesApplicationTextBeyond2048BytesOnACharacterBoundaryAsWeComDoes() throws Exception {
		String long3000Bytes = "碳".repeat(1000);

		wecom.getMessageService()
			.send(WxCpMessage.TEXT().agentId(agentId()).toUser("Truncated").content(long3000Bytes).build());

		Transcript.Entry entry = transcript.to(officer("Truncated")).get(0);
		String delivered = entry.body().path("content").asString();
		assertThat(delivered).isEqualTo("碳".repeat(682));
		assertThat(delivered.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(2048);
		assertThat(entry.body().path("truncated").asBoolean()).isTrue();
	}

	@Test
	void refusesAnotherApplicationsAgentId() {
		assertThatExceptionOfType(WxErrorException.class)
			.isThrownBy(() -> wecom.getMessageService()
				.send(WxCpMessage.TEXT().agentId(agentId() + 1).toUser(ADMIN).content("hi").build()))
			.satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(40056));
	}

	@Test
	void deliversMarkdown() throws Exception {
		wecom.getMessageService()
			.send(WxCpMessage.MARKDOWN().agentId(agentId()).toUser("Markdown").content("**认购碳汇**").build());

		assertThat(transcript.to(officer("Markdown"))).singleElement()
			.satisfies(entry -> assertThat(entry.msgType()).isEqualTo("markdown"));
	}

	@Test
	void aTemplateCardCanBeUpdatedThroughItsResponseCode() throws Exception {
		WxCpMessageSendResult result = wecom.getMessageService().send(card("CardUser", "task-1"));
		assertThat(result.getResponseCode()).isNotBlank();

		wecom.getTaskCardService()
			.updateTemplateCardButton(List.of("CardUser"), null, null, agentId(), result.getResponseCode(), "已评价");

		List<Transcript.Entry> entries = transcript.to(officer("CardUser"));
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).body().path("button_list").get(0).path("key").asString()).isEqualTo("up");
		assertThat(entries.get(1).direction()).isEqualTo(Direction.UPDATE);
		assertThat(entries.get(1).target()).isEqualTo(entries.get(0).seq());
		assertThat(entries.get(1).body().path("replace_name").asString()).isEqualTo("已评价");
	}

	@Test
	void appChatsAreCreatedReadAndReceiveMessages() throws Exception {
		String chatId = wecom.getChatService().create("案件联络群", "ZhangWei", List.of("ZhangWei", "LiNa", "WangFang"),
				null);

		assertThat(wecom.getChatService().get(chatId).getUsers()).containsExactly("ZhangWei", "LiNa", "WangFang");
		wecom.getChatService().sendMsg(WxCpAppChatMessage.buildTextMsg(chatId, "新案件：（2026）闽0428刑初12号", false));

		assertThat(transcript.to(new Party(PartyKind.APPCHAT, chatId))).extracting(Transcript.Entry::msgType)
			.containsExactly("appchat_create", "text");
		assertThat(transcript.chat(chatId)).hasValueSatisfying(chat -> assertThat(chat.name()).isEqualTo("案件联络群"));
		assertThatExceptionOfType(WxErrorException.class)
			.isThrownBy(() -> wecom.getChatService().sendMsg(WxCpAppChatMessage.buildTextMsg("wrNoSuchChat", "x", false)))
			.satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(86003));
	}

	@Test
	void groupRobotsReceiveWebhookMessagesAndRefuseOverlongText() throws Exception {
		String webhook = environment.getProperty("wecom.api-base-url") + "/cgi-bin/webhook/send?key=robot-key-1";

		wecom.getGroupRobotService().sendText(webhook, "林业局：请于本周完成复绿验收", null, null);
		wecom.getGroupRobotService().sendMarkdown(webhook, "# 周报");

		assertThat(transcript.to(new Party(PartyKind.ROBOT, "robot-key-1"))).extracting(Transcript.Entry::msgType)
			.containsExactly("text", "markdown");
		assertThatExceptionOfType(WxErrorException.class)
			.isThrownBy(() -> wecom.getGroupRobotService().sendText(webhook, "长".repeat(700), null, null))
			.satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(45002));
	}

	@Test
	void anOfficersMessageArrivesAsASignedEncryptedCallbackForThisCorp() throws Exception {
		String hostile = "碳汇认购的流程是什么？]]><MsgType>event</MsgType> <script>alert(1)</script> ' OR 1=1 --";
		long before = Instant.now().getEpochSecond();

		Simulator.Sent sent = simulator.officerSays(ADMIN, hostile);

		assertThat(sent.accepted()).isTrue();
		RecordingCallbackEndpoint.Received callback = callbacks.last();
		assertThat(callback.signatureValid()).isTrue();
		assertThat(callback.receiveId()).isEqualTo(SimulatorEnvironment.CORP_ID);
		assertThat(callback.timestamp()).isBetween(before, Instant.now().getEpochSecond());
		assertThat(callback.envelope()).containsEntry("ToUserName", SimulatorEnvironment.CORP_ID)
			.containsEntry("AgentID", Integer.toString(SimulatorEnvironment.AGENT_ID))
			.containsKey("Encrypt");
		assertThat(callback.fields()).containsEntry("ToUserName", SimulatorEnvironment.CORP_ID)
			.containsEntry("FromUserName", ADMIN)
			.containsEntry("MsgType", "text")
			.containsEntry("Content", hostile)
			.containsEntry("AgentID", Integer.toString(SimulatorEnvironment.AGENT_ID));
		assertThat(callback.fields().get("MsgId")).matches("\\d+");
		assertThat(transcript.entry(sent.seq())).hasValueSatisfying(entry -> {
			assertThat(entry.direction()).isEqualTo(Direction.IN);
			assertThat(entry.body().path("content").asString()).isEqualTo(hostile);
		});
	}

	@Test
	void eachMessageHasItsOwnMsgId() {
		simulator.officerSays(ADMIN, "一");
		simulator.officerSays(ADMIN, "一");

		assertThat(callbacks.received()).extracting(r -> r.fields().get("MsgId")).doesNotHaveDuplicates().hasSize(2);
	}

	@Test
	void aRefusedCallbackIsReported() {
		callbacks.answerWith(403);

		Simulator.Sent sent = simulator.officerSays(ADMIN, "你好");

		assertThat(sent.callbackStatus()).isEqualTo(403);
		assertThat(sent.accepted()).isFalse();
	}

	@Test
	void anImageIsSentAsAnImageMessage() {
		simulator.officerSendsImage(ADMIN);

		assertThat(callbacks.last().fields()).containsEntry("MsgType", "image").containsKeys("PicUrl", "MediaId", "MsgId");
	}

	@Test
	void aCardClickIsATemplateCardEventAndAPassiveUpdateButtonReplyIsApplied() throws Exception {
		WxCpMessageSendResult result = wecom.getMessageService().send(card("Clicker", "task-42"));
		long cardSeq = transcript.to(officer("Clicker")).get(0).seq();
		callbacks.replyPassively("<xml><ToUserName><![CDATA[Clicker]]></ToUserName><FromUserName><![CDATA["
				+ SimulatorEnvironment.CORP_ID + "]]></FromUserName><CreateTime>1700000000</CreateTime>"
				+ "<MsgType><![CDATA[update_button]]></MsgType><Button><ReplaceName><![CDATA[已评价：有用]]></ReplaceName>"
				+ "</Button></xml>");

		Simulator.Sent sent = simulator.officerClicks("Clicker", cardSeq, "up");

		assertThat(sent.accepted()).isTrue();
		assertThat(callbacks.last().fields()).containsEntry("MsgType", "event")
			.containsEntry("Event", "template_card_event")
			.containsEntry("FromUserName", "Clicker")
			.containsEntry("EventKey", "up")
			.containsEntry("TaskId", "task-42")
			.containsEntry("CardType", "button_interaction")
			.containsEntry("ResponseCode", result.getResponseCode());
		List<Transcript.Entry> entries = transcript.to(officer("Clicker"));
		assertThat(entries).extracting(Transcript.Entry::direction)
			.containsExactly(Direction.OUT, Direction.IN, Direction.UPDATE);
		assertThat(entries.get(1).body().path("button_text").asString()).isEqualTo("👍 有用");
		assertThat(entries.get(2).target()).isEqualTo(cardSeq);
		assertThat(entries.get(2).body().path("replace_name").asString()).isEqualTo("已评价：有用");
	}

	@Test
	void aClickOnSomeoneElsesCardOrAMissingButtonIsRefused() throws Exception {
		wecom.getMessageService().send(card("Owner", "task-7"));
		long cardSeq = transcript.to(officer("Owner")).get(0).seq();

		assertThatExceptionOfType(UnacceptableInput.class).isThrownBy(() -> simulator.officerClicks("Other", cardSeq, "up"));
		assertThatExceptionOfType(UnacceptableInput.class)
			.isThrownBy(() -> simulator.officerClicks("Owner", cardSeq, "no-such-key"));
		assertThat(callbacks.received()).isEmpty();
	}

	@Test
	void aDefendantsMessageIsQueuedForSyncMsgAndAnnouncedByKfMsgOrEvent() throws Exception {
		simulator.defendantSays("wmDefendantA", "我没钱赔，怎么办？", null);

		RecordingCallbackEndpoint.Received callback = callbacks.last();
		assertThat(callback.signatureValid()).isTrue();
		assertThat(callback.fields()).containsEntry("MsgType", "event")
			.containsEntry("Event", "kf_msg_or_event")
			.containsEntry("OpenKfId", properties.openKfId())
			.containsKey("Token");
		String token = callback.fields().get("Token");

		WxCpKfMsgListResp first = wecom.getKfService().syncMsg(null, token, 1000, null, properties.openKfId());
		WxCpKfMsgListResp.WxCpKfMsgItem item = first.getMsgList()
			.stream()
			.filter(i -> "wmDefendantA".equals(i.getExternalUserId()))
			.findFirst()
			.orElseThrow();
		assertThat(item.getMsgType()).isEqualTo("text");
		assertThat(item.getText().getContent()).isEqualTo("我没钱赔，怎么办？");
		assertThat(item.getOrigin()).isEqualTo(3);
		assertThat(first.getHasMore()).isZero();

		WxCpKfMsgListResp again = wecom.getKfService().syncMsg(first.getNextCursor(), token, 1000, null,
				properties.openKfId());
		assertThat(again.getMsgList()).isEmpty();
	}

	@Test
	void repliesToADefendantGoThroughSendMsg() throws Exception {
		WxCpKfMsgSendRequest request = new WxCpKfMsgSendRequest();
		request.setToUser("wmDefendantB");
		request.setOpenKfid(properties.openKfId());
		request.setMsgType("text");
		WxCpKfTextMsg text = new WxCpKfTextMsg();
		text.setContent("您好，这里是乐乐生态司法助手。");
		request.setText(text);

		assertThat(wecom.getKfService().sendMsg(request).getMsgId()).isNotBlank();
		assertThat(transcript.to(new Party(PartyKind.DEFENDANT, "wmDefendantB"))).singleElement()
			.satisfies(entry -> assertThat(entry.body().path("content").asString()).isEqualTo("您好，这里是乐乐生态司法助手。"));

		request.setOpenKfid("wkSomeoneElse");
		assertThatExceptionOfType(WxErrorException.class).isThrownBy(() -> wecom.getKfService().sendMsg(request))
			.satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(95000));
	}

	@Test
	void enteringThroughALinkCarriesTheSceneParamAndAOneTimeWelcomeCode() throws Exception {
		simulator.defendantEnters("wmDefendantC", "", "bind:K7Q2M9");
		String token = callbacks.last().fields().get("Token");

		WxCpKfMsgListResp.WxCpKfMsgItem item = wecom.getKfService()
			.syncMsg(null, token, 1000, null, properties.openKfId())
			.getMsgList()
			.stream()
			.filter(i -> "event".equals(i.getMsgType()) && "wmDefendantC".equals(i.getEvent().getExternalUserId()))
			.findFirst()
			.orElseThrow();
		assertThat(item.getEvent().getEventType()).isEqualTo("enter_session");
		assertThat(item.getEvent().getSceneParam()).isEqualTo("bind:K7Q2M9");

		WxCpKfMsgSendRequest welcome = new WxCpKfMsgSendRequest();
		welcome.setCode(item.getEvent().getWelcomeCode());
		welcome.setMsgType("text");
		WxCpKfTextMsg text = new WxCpKfTextMsg();
		text.setContent("欢迎！请确认您的身份。");
		welcome.setText(text);
		wecom.getKfService().sendMsgOnEvent(welcome);

		assertThat(transcript.to(new Party(PartyKind.DEFENDANT, "wmDefendantC"))).extracting(Transcript.Entry::direction)
			.containsExactly(Direction.IN, Direction.OUT);
		assertThatExceptionOfType(WxErrorException.class).isThrownBy(() -> wecom.getKfService().sendMsgOnEvent(welcome));
	}

	@Test
	void verifiesTheCallbackUrlLikeTheAdminConsole() {
		assertThat(simulator.verifyCallbackUrl()).isTrue();
		assertThat(callbacks.echoes()).singleElement().asString().matches("\\d+");
	}

	@Test
	void servesThePageWithAContentSecurityPolicyThatForbidsInlineScript() throws Exception {
		HttpResponse<String> page = get("/simulator");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(page.body()).contains("企业微信本地模拟器").contains("我是办案人员").contains("我是被告人");
		assertThat(get("/simulator/assets/simulator.js").headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
		// the page builds DOM nodes from text only: none of the HTML-parsing sinks is used
		assertThat(get("/simulator/assets/simulator.js").body()).doesNotContain(".innerHTML", ".outerHTML",
				"insertAdjacentHTML", "document.write", "eval(");
		assertThat(get("/simulator/assets/index.html").statusCode()).isEqualTo(404);
		assertThat(get("/simulator/assets/application.yml").statusCode()).isEqualTo(404);
	}

	@Test
	void thePageSendsAnOfficerMessageAndReadsItBackFromTheTranscript() throws Exception {
		HttpResponse<String> sent = postJson("/simulator/officer/messages", "{\"userId\":\"" + ADMIN
				+ "\",\"text\":\"查询案件\"}");

		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("\"callbackStatus\":200");
		assertThat(callbacks.last().fields()).containsEntry("Content", "查询案件");
		HttpResponse<String> page = get("/simulator/transcript?after=0");
		assertThat(page.body()).contains("查询案件").contains("\"direction\":\"IN\"");
	}

	@Test
	void thePageGetsItsDefaultIdentities() throws Exception {
		HttpResponse<String> session = get("/simulator/session");

		assertThat(session.body()).contains("\"officerUserId\":\"" + ADMIN + "\"")
			.contains("\"openKfId\":\"" + properties.openKfId() + "\"")
			.doesNotContain(environment.getProperty("wecom.aes-key"))
			.doesNotContain(environment.getProperty("wecom.secret"));
	}

	@Test
	void badInputFromThePageIsRefusedWithAProblemNamingTheField() throws Exception {
		HttpResponse<String> badUser = postJson("/simulator/officer/messages", "{\"userId\":\"<b>x</b>\",\"text\":\"hi\"}");
		HttpResponse<String> emptyText = postJson("/simulator/defendant/messages",
				"{\"externalUserId\":\"wmA\",\"text\":\"   \"}");

		assertThat(badUser.statusCode()).isEqualTo(400);
		assertThat(badUser.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(badUser.body()).contains("\"field\":\"userId\"");
		assertThat(emptyText.statusCode()).isEqualTo(400);
		assertThat(emptyText.body()).contains("\"field\":\"text\"").contains("消息不能为空");
		assertThat(callbacks.received()).isEmpty();
	}

	@Test
	void onlyJsonIsAcceptedSoOtherSitesCannotPostFormsToTheSimulator() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/simulator/officer/messages"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + ADMIN + "\",\"text\":\"hi\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(callbacks.received()).isEmpty();
	}

	@Test
	void aPastedKfLinkOpensASessionWithItsSceneParam() throws Exception {
		HttpResponse<String> response = postJson("/simulator/defendant/sessions",
				"{\"externalUserId\":\"wmLinkUser\",\"link\":\"https://work.weixin.qq.com/kfid/kfcX?enc_scene=ENC1&scene_param=ABCD-EFGH%2BJK\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		String token = callbacks.last().fields().get("Token");
		WxCpKfMsgListResp.WxCpKfMsgItem item = wecom.getKfService()
			.syncMsg(null, token, 1000, null, properties.openKfId())
			.getMsgList()
			.stream()
			.filter(i -> i.getEvent() != null && "wmLinkUser".equals(i.getEvent().getExternalUserId()))
			.findFirst()
			.orElseThrow();
		assertThat(item.getEvent().getSceneParam()).isEqualTo("ABCD-EFGH+JK");
		assertThat(item.getEvent().getScene()).isEqualTo("ENC1");
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postJson(String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int agentId() {
		return environment.getProperty("wecom.agent-id", Integer.class);
	}

	private WxCpMessage card(String user, String taskId) {
		return WxCpMessage.TEMPLATECARD()
			.agentId(agentId())
			.toUser(user)
			.cardType("button_interaction")
			.mainTitleTitle("这个回答有帮助吗？")
			.mainTitleDesc("碳汇认购流程")
			.taskId(taskId)
			.buttons(List.of(TemplateCardButton.builder().key("up").text("👍 有用").style(1).build(),
					TemplateCardButton.builder().key("down").text("👎 没用").style(2).build()))
			.build();
	}

	private static Party officer(String userId) {
		return new Party(PartyKind.OFFICER, userId);
	}

}
