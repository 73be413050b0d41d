package cn.jiangle.ecojustice.bot.cases;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.bot.chat.ChatTestSupport;
import cn.jiangle.ecojustice.bot.wecom.FakeWeComApi;
import cn.jiangle.ecojustice.bot.wecom.TestCorp;
import cn.jiangle.ecojustice.bot.wecom.WeComCallbackClient;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.Obligation;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 新建案件 end to end: the real application on a port of its own with the real chat handler, an officer's messages
 * arriving as encrypted, signed WeCom callbacks over HTTP, and the answers read where WeCom would receive them (a
 * message/send API on loopback). Covers a re-asked invalid answer, 返回, an interruption resumed from the stored
 * state, 确认 and what is stored; and 取消 storing nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DatabaseTest
// closed after the class: its dispatcher and sender threads would otherwise keep polling a finished test database
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewCaseEndToEndIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwnewcasee2e00001", "e2e-secret", "newCaseToken",
			"newCaseEndToEndKey0123456789abcdefghijklmno");

	static final String ID_CARD = "350428198001011233";

	static final String PHONE = "13800138000";

	static final String NUMBER = "（2026）闽0428刑初201号";

	@RegisterExtension
	static final FakeWeComApi wecom = CORP.startApi();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		CORP.configure(registry, wecom);
		// one officer sends some thirty messages here; WeCom's 30 a minute per member is not what is tested
		registry.add("wecom.outbox.throttle.per-member", () -> "1000000");
		ChatTestSupport.ownKnowledgeIndex(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	Officers officers;

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	Obligations obligations;

	@Autowired
	AuditLedger ledger;

	@Autowired
	ConversationStates states;

	@Autowired
	InboundEvents events;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;


	@BeforeAll
	void officers() {
		officers.register("e2e.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("e2e.prosecutor", "PROCURATORATE", Role.CASE_OFFICER, "林检察官", Actor.SYSTEM);
	}

	@Test
	void aNewCaseTypedOverWeComWithAMistakeBackAndAPauseIsStored() {
		String judge = "e2e.judge";
		assertThat(say(judge, "新建案件")).contains("开始「新建案件」").contains("请输入案号");
		assertThat(say(judge, NUMBER)).contains("请选择罪名");
		assertThat(say(judge, "2")).contains("请选择办案阶段").contains("1. 审判");
		assertThat(say(judge, "1")).contains("请输入第1名被告人的姓名");
		say(judge, "张三");
		// a wrong check digit is refused with the reason, without echoing the number
		assertThat(say(judge, "350428198001011234")).contains("校验码不符").doesNotContain("350428198001011234");
		// 返回 goes one step back, to the name
		assertThat(say(judge, "返回")).contains("请输入第1名被告人的姓名");
		assertThat(say(judge, "张三")).contains("身份证");
		assertThat(say(judge, ID_CARD)).contains("请输入该被告人的手机号");

		// the officer stops here; what the flow has collected is in the database, not in a request
		assertThat(states.find("APP", judge)).isPresent();
		int sentBeforePause = textsTo(judge).size();
		assertThat(sentBeforePause).isPositive();

		// later, the next answer continues where the flow stopped
		assertThat(say(judge, PHONE)).contains("还有其他被告人吗");
		assertThat(say(judge, "否")).contains("请输入复绿保证金金额");
		assertThat(say(judge, "12000")).contains("生态修复赔偿金");
		say(judge, "跳过");
		say(judge, "1.5万");
		assertThat(say(judge, "跳过")).contains("请选择以上金额的法律依据");
		assertThat(say(judge, "2")).contains("请输入判决书的文号");
		assertThat(say(judge, NUMBER)).contains("请选择修复方式");
		String summary = say(judge, "3");
		assertThat(summary).contains("案号：" + NUMBER).contains("罪名：滥伐林木罪").contains("阶段：审判")
			.contains("1. 张三，身份证 350*************33，手机 138****8000").contains("合计 27,000.00 元")
			.contains("修复方式：待定").doesNotContain(ID_CARD).doesNotContain(PHONE);

		assertThat(say(judge, "确认")).contains("✅ 案件已登记：" + NUMBER).contains("被告人 1 名");

		Case stored = cases.find(CaseNumber.parse(NUMBER)).orElseThrow();
		assertThat(stored.charge()).isEqualTo(Charge.EXCESSIVE_LOGGING);
		assertThat(stored.stage()).isEqualTo(Stage.TRIAL);
		assertThat(stored.officerUserids()).containsExactly(judge);
		List<Party> storedParties = parties.ofCase(stored.id());
		assertThat(storedParties).singleElement().satisfies(party -> {
			assertThat(party.name()).isEqualTo("张三");
			assertThat(party.idCard().value()).isEqualTo(ID_CARD);
			assertThat(party.phone().value()).isEqualTo(PHONE);
		});
		Map<String, Object> raw = jdbc.queryForMap("SELECT id_card_sealed, phone_sealed FROM party WHERE id = ?",
				storedParties.get(0).id());
		assertThat((String) raw.get("id_card_sealed")).isNotBlank().doesNotContain(ID_CARD);
		assertThat((String) raw.get("phone_sealed")).isNotBlank().doesNotContain(PHONE);
		List<Obligation> owed = obligations.ofCase(stored.id());
		assertThat(owed).singleElement().satisfies(obligation -> {
			assertThat(obligation.amounts()).containsExactly(
					Map.entry(ObligationKind.GREENING_DEPOSIT, new BigDecimal("12000.00")),
					Map.entry(ObligationKind.SERVICE_LOSS, new BigDecimal("15000.00")));
			assertThat(obligation.basis().type()).isEqualTo(LegalBasisType.JUDGMENT);
		});
		assertThat(ledger.verify().intact()).isTrue();
		assertThat(states.find("APP", judge)).isEmpty();
		// nothing the officer typed in full left for WeCom
		assertThat(textsTo(judge)).noneMatch(text -> text.contains(ID_CARD) || text.contains(PHONE));
	}

	@Test
	void cancelOverWeComStoresNothing() {
		String prosecutor = "e2e.prosecutor";
		assertThat(say(prosecutor, "新建案件")).contains("请输入案号");
		assertThat(say(prosecutor, "（2026）闽0428刑初202号")).contains("请选择罪名");

		assertThat(say(prosecutor, "取消")).contains("已取消「新建案件」");

		assertThat(cases.find(CaseNumber.parse("（2026）闽0428刑初202号"))).isEmpty();
		assertThat(states.find("APP", prosecutor)).isEmpty();
	}

	/**
	 * Sends one text as WeCom would and returns everything sent to the user because of it, once the application
	 * has nothing left to handle or send.
	 */
	private String say(String userid, String content) {
		int before = textsTo(userid).size();
		WeComCallbackClient client = CORP.callbackClient(port);
		HttpResponse<String> response = client
			.post(client.text(userid, content, WeComCallbackClient.nextMsgId()));
		assertThat(response.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> textsTo(userid).size() > before && quiet());
		List<String> texts = textsTo(userid);
		return String.join("\n", texts.subList(before, texts.size()));
	}

	private boolean quiet() {
		return events.countPending() == 0 && outbox.count("PENDING") == 0 && outbox.count("SENDING") == 0;
	}

	/** What the member's client would show of each message sent to {@code userid}, cards as title and text. */
	private List<String> textsTo(String userid) {
		return wecom.messagesTo(userid).stream().map(json -> {
			String type = json.path("msgtype").asString();
			if (type.equals("template_card")) {
				JsonNode title = json.path("template_card").path("main_title");
				return title.path("title").asString() + "\n" + title.path("desc").asString();
			}
			return json.path(type).path("content").asString();
		}).toList();
	}

}
