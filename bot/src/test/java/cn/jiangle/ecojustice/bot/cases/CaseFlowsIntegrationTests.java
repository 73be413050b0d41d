package cn.jiangle.ecojustice.bot.cases;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.binding.BindingCodeNotRedeemable;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.Obligation;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.card;
import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * 新建案件, 查询案件 and 绑定码 through the application's inbound handler, on the real database: validation with
 * reasons, back/cancel/resume, role and agency checks, masking, and what ends up stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK,
		properties = "ecojustice.binding.kf-link=https://work.weixin.qq.com/kfid/kfc0123456789abcdef?enc_scene=ENC9Xy")
class CaseFlowsIntegrationTests extends ChatIntegrationTest {

	static final String ID_CARD = "350428198001011233";

	static final String PHONE = "13800138000";

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	Obligations obligations;

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	BindingCodes codes;

	@Autowired
	AuditLedger ledger;

	@Autowired
	ConversationStates states;

	@BeforeAll
	void officers() {
		officers.register("judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("judge2", "COURT", Role.CASE_OFFICER, "陈法官", Actor.SYSTEM);
		officers.register("prosecutor", "PROCURATORATE", Role.CASE_OFFICER, "林检察官", Actor.SYSTEM);
		officers.register("police", "POLICE", Role.CASE_OFFICER, "黄警官", Actor.SYSTEM);
		officers.register("liaison", "FORESTRY", Role.LIAISON, "刘联络员", Actor.SYSTEM);
		officers.register("forester", "FORESTRY", Role.CASE_OFFICER, "郑科长", Actor.SYSTEM);
		officers.register("viewer", "COURT", Role.VIEWER, "赵书记员", Actor.SYSTEM);
		officers.register("village", "VILLAGE", Role.LIAISON, "吴主任", Actor.SYSTEM);
		officers.register("townLiaison", "TOWNSHIP", Role.LIAISON, "许干事", Actor.SYSTEM);
		officers.register("managerLiaison", "RESTORATION_MANAGER", Role.LIAISON, "何经理", Actor.SYSTEM);
		officers.register("township", "TOWNSHIP", Role.VIEWER, "周干部", Actor.SYSTEM);
		officers.register("manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		officers.ensureAdmin("admin", "系统管理员");
	}

	@Test
	void aFullNewCaseWithBackAndResumeIsStoredWithPartiesObligationAndLedger() {
		assertThat(text(say("judge", "新建案件"))).contains("开始「新建案件」").contains("请输入案号");
		assertThat(text(say("judge", "2026闽0428刑初101"))).contains("案号格式不正确").contains("请输入案号");
		assertThat(text(say("judge", "(2026)闽0428刑初101号"))).contains("请选择罪名").contains("9. 其他");
		List<Reply> stage = say("judge", "2");
		assertThat(text(stage)).contains("请选择办案阶段").contains("1. 审判").contains("2. 执行").doesNotContain("侦查");
		assertThat(text(say("judge", "1"))).contains("请输入第1名被告人的姓名");
		say("judge", "张三");
		assertThat(text(say("judge", "350428198001011234"))).contains("校验码不符").doesNotContain("350428198001011234");
		assertThat(text(say("judge", ID_CARD))).contains("请输入该被告人的手机号");
		assertThat(text(say("judge", "138 0013 8000"))).contains("还有其他被告人吗");
		assertThat(text(say("judge", "是"))).contains("请输入第2名被告人的姓名");
		say("judge", "李四");
		assertThat(text(say("judge", ID_CARD))).contains("与已录入的被告人「张三」相同");
		say("judge", "跳过");
		assertThat(text(say("judge", "跳过"))).contains("还有其他被告人吗");

		// two days later, on whatever node: the flow is where it was
		clock.advance(Duration.ofDays(2));
		assertThat(text(say("judge", "否"))).contains("请输入复绿保证金金额");
		assertThat(text(say("judge", "-5"))).contains("不能为负数").contains("复绿保证金");
		assertThat(text(say("judge", "12000"))).contains("生态修复赔偿金");
		say("judge", "跳过");
		say("judge", "1.5万");
		assertThat(text(say("judge", "跳过"))).contains("请选择以上金额的法律依据");
		assertThat(text(say("judge", "2"))).contains("请输入判决书的文号");
		assertThat(text(say("judge", "将检刑检建〔2026〕3号"))).contains("判决书文号应为法院案号");
		assertThat(text(say("judge", "（2026）闽0428刑初101号"))).contains("请选择修复方式").contains("1. 认购碳汇")
			.contains("2. 劳役代偿").contains("3. 待定");
		List<Reply> confirm = say("judge", "1");
		String summary = text(confirm);
		assertThat(summary).contains("案号：（2026）闽0428刑初101号").contains("罪名：滥伐林木罪").contains("阶段：审判")
			.contains("1. 张三，身份证 350*************33，手机 138****8000").contains("2. 李四，身份证 未填，手机 未填")
			.contains("复绿保证金 12,000.00 元").contains("生态服务功能损失费 15,000.00 元").contains("合计 27,000.00 元")
			.contains("（全案共同承担）").contains("判决书 （2026）闽0428刑初101号").contains("修复方式：认购碳汇")
			.doesNotContain(ID_CARD).doesNotContain(PHONE);
		assertThat(card(confirm).buttons()).extracting(Reply.Button::text).containsExactly("确认", "返回", "取消");

		assertThat(text(say("judge", "返回"))).contains("请选择修复方式");
		Reply.Card card = card(say("judge", "认购碳汇"));
		List<Reply> done = chat.click("judge", ConfirmStep.CONFIRM_KEY, card.taskId());
		assertThat(text(done)).contains("✅ 案件已登记：（2026）闽0428刑初101号").contains("被告人 2 名")
			.contains("修复金额合计 27,000.00 元");

		Case stored = cases.find(CaseNumber.parse("（2026）闽0428刑初101号")).orElseThrow();
		assertThat(stored.charge()).isEqualTo(Charge.EXCESSIVE_LOGGING);
		assertThat(stored.stage()).isEqualTo(Stage.TRIAL);
		assertThat(stored.officerUserids()).containsExactly("judge");
		List<Party> storedParties = parties.ofCase(stored.id());
		assertThat(storedParties).extracting(Party::name).containsExactly("张三", "李四");
		assertThat(storedParties.get(0).idCard().value()).isEqualTo(ID_CARD);
		assertThat(storedParties.get(0).phone().value()).isEqualTo(PHONE);
		assertThat(storedParties.get(1).idCard()).isNull();
		Map<String, Object> raw = jdbc.queryForMap("SELECT id_card_sealed, phone_sealed FROM party WHERE id = ?",
				storedParties.get(0).id());
		assertThat((String) raw.get("id_card_sealed")).startsWith("a1:").doesNotContain(ID_CARD);
		assertThat((String) raw.get("phone_sealed")).startsWith("a1:").doesNotContain(PHONE);
		List<Obligation> owed = obligations.ofCase(stored.id());
		assertThat(owed).singleElement().satisfies(obligation -> {
			assertThat(obligation.partyId()).isNull();
			assertThat(obligation.amounts()).containsExactly(
					Map.entry(ObligationKind.GREENING_DEPOSIT, new BigDecimal("12000.00")),
					Map.entry(ObligationKind.SERVICE_LOSS, new BigDecimal("15000.00")));
			assertThat(obligation.basis().type()).isEqualTo(LegalBasisType.JUDGMENT);
			assertThat(obligation.path()).isEqualTo(RestorationPath.CARBON_SUBSCRIPTION);
		});
		assertThat(ledger.history(Cases.AUDIT_TYPE, Long.toString(stored.id()))).extracting(AuditEntry::action)
			.contains("case.opened");
		assertThat(ledger.history(Parties.AUDIT_TYPE, Long.toString(storedParties.get(0).id())))
			.extracting(AuditEntry::actor).contains("judge");
		assertThat(ledger.history(Obligations.AUDIT_TYPE, Long.toString(owed.get(0).id()))).isNotEmpty();
		assertThat(ledger.verify().intact()).isTrue();
		assertThat(states.find("APP", "judge")).isEmpty();
		assertThat(states.history("APP", "judge")).endsWith("STARTED", "COMPLETED");
	}

	@Test
	void cancelStoresNothing() {
		// cancelled at the confirmation, when everything needed to store the case has been given
		say("prosecutor", "新建案件");
		say("prosecutor", "（2026）闽0428刑初102号");
		say("prosecutor", "1");
		say("prosecutor", "1");
		say("prosecutor", "赵六");
		say("prosecutor", "跳过");
		say("prosecutor", "跳过");
		say("prosecutor", "否");
		for (int i = 0; i < 4; i++) {
			say("prosecutor", "跳过");
		}
		assertThat(text(say("prosecutor", "跳过"))).contains("请核对案件信息").contains("赵六");

		assertThat(text(say("prosecutor", "取消"))).contains("已取消「新建案件」");

		assertThat(cases.find(CaseNumber.parse("（2026）闽0428刑初102号"))).isEmpty();
		assertThat(states.find("APP", "prosecutor")).isEmpty();
	}

	@Test
	void policeRegisterAtInvestigationWithAnOtherChargeAndNoAmounts() {
		say("police", "新建案件");
		say("police", "（2026）闽0428刑初103号");
		assertThat(text(say("police", "9"))).contains("请写明具体罪名");
		List<Reply> stage = say("police", "非法采矿罪<script>x</script>");
		assertThat(text(stage)).contains("1. 侦查").doesNotContain("审判");
		say("police", "1");
		say("police", "王五");
		say("police", "跳过");
		say("police", "跳过");
		say("police", "否");
		for (int i = 0; i < 3; i++) {
			say("police", "跳过");
		}
		// no amounts, so no legal basis is asked: straight to confirmation
		List<Reply> confirm = say("police", "跳过");
		assertThat(text(confirm)).contains("请核对案件信息").contains("罪名：其他（非法采矿罪＜script＞x＜/script＞）")
			.contains("修复金额：未填").doesNotContain("<script>");

		assertThat(text(say("police", "确认"))).contains("✅ 案件已登记");

		Case stored = cases.find(CaseNumber.parse("（2026）闽0428刑初103号")).orElseThrow();
		assertThat(stored.charge()).isEqualTo(Charge.OTHER);
		assertThat(stored.chargeDetail()).isEqualTo("非法采矿罪<script>x</script>");
		assertThat(stored.stage()).isEqualTo(Stage.INVESTIGATION);
		assertThat(obligations.ofCase(stored.id())).isEmpty();
	}

	@Test
	void aCaseNumberTakenMeanwhileSendsTheOfficerBackToFixIt() {
		say("judge2", "新建案件");
		say("judge2", "（2026）闽0428刑初104号");
		say("judge2", "1");
		say("judge2", "2");
		say("judge2", "孙七");
		say("judge2", "跳过");
		say("judge2", "跳过");
		say("judge2", "否");
		say("judge2", "8000");
		say("judge2", "跳过");
		say("judge2", "跳过");
		say("judge2", "跳过");
		say("judge2", "1");
		say("judge2", "（2026）闽0428民初104号");
		say("judge2", "待定");
		registrations.register(new CaseRegistration(new NewCase(CaseNumber.parse("（2026）闽0428刑初104号"),
				Charge.NEGLIGENT_FIRE, null, Stage.TRIAL, List.of("judge")), List.of(), List.of()),
				Actor.officer("judge"));

		List<Reply> refused = say("judge2", "确认");
		assertThat(text(refused)).contains("（2026）闽0428刑初104号已登记").contains("请输入案号");

		List<Reply> back = say("judge2", "（2026）闽0428刑初105号");
		assertThat(text(back)).contains("案号：（2026）闽0428刑初105号").contains("罪名：盗伐林木罪").contains("孙七");
		assertThat(text(say("judge2", "确认"))).contains("✅ 案件已登记：（2026）闽0428刑初105号");
		Case stored = cases.find(CaseNumber.parse("（2026）闽0428刑初105号")).orElseThrow();
		assertThat(obligations.ofCase(stored.id())).singleElement()
			.satisfies(o -> assertThat(o.partyId()).isEqualTo(parties.ofCase(stored.id()).get(0).id()));
		assertThat(cases.get(CaseNumber.parse("（2026）闽0428刑初104号")).charge()).isEqualTo(Charge.NEGLIGENT_FIRE);
	}

	@Test
	void officersOutsideTheRoleOrAgencyAreToldWhy() {
		assertThat(text(say("viewer", "新建案件"))).isEqualTo(
				"「新建案件」仅限法院、检察院、公安局的承办人和系统管理员使用，您的身份是将乐县人民法院·只读。如需开通请联系系统管理员。\n");
		assertThat(text(say("liaison", "新建案件"))).contains("您的身份是将乐县林业局·联络员");
		assertThat(text(say("forester", "新建案件"))).contains("仅限法院、检察院、公安局").contains("将乐县林业局·承办人");
		assertThat(text(say("viewer", "绑定码"))).contains("「绑定码」仅限法院、检察院、公安局、林业局的该案承办人、联络员和系统管理员使用");
		assertThat(states.find("APP", "viewer")).isEmpty();
		assertThat(states.find("APP", "forester")).isEmpty();
	}

	@Test
	void lookUpShowsTheCaseWithPartiesMasked() {
		Case registered = registerWithTwoParties("（2026）闽0428刑初110号");

		say("liaison", "查询案件");
		assertThat(text(say("liaison", "（2026）闽0428刑初999号"))).contains("未找到案号");
		String report = text(say("liaison", "（2026）闽0428刑初110号"));

		assertThat(report).contains("案号：（2026）闽0428刑初110号").contains("罪名：盗伐林木罪").contains("阶段：审判")
			.contains("状态：在办").contains("承办人：王法官（将乐县人民法院）").contains("1. 欧**（未绑定微信）")
			.contains("2. 钱*（未绑定微信）").contains("复绿保证金 3,000.00 元").contains("修复方式：未确定")
			.doesNotContain("欧阳娜").doesNotContain("钱七").doesNotContain(ID_CARD);
		assertThat(states.find("APP", "liaison")).isEmpty();
		assertThat(report).contains("复绿保证金 " + String.format("%,.2f", obligations.ofCase(registered.id())
			.get(0)
			.amounts()
			.get(ObligationKind.GREENING_DEPOSIT)) + " 元");
	}

	@Test
	void onlyTheCasesOwnOfficersAndCaseAgencyLiaisonsLookUpCases() {
		registerWithTwoParties("（2026）闽0428刑初111号");

		assertThat(text(say("village", "查询案件"))).startsWith("「查询案件」仅限法院、检察院、公安局、林业局")
			.contains("您的身份是将乐县万全乡竹舟村民委员会·联络员").doesNotContain("请输入要查询的案号");
		assertThat(text(say("township", "查询案件"))).startsWith("「查询案件」仅限").contains("将乐县万全乡人民政府·只读");
		assertThat(text(say("manager", "查询案件"))).startsWith("「查询案件」仅限")
			.contains("福建金森碳汇科技有限公司·修复管理人工作人员");
		assertThat(text(say("viewer", "查询案件"))).startsWith("「查询案件」仅限");
		// a refused officer who types a case number gets no report either
		assertThat(text(say("village", "（2026）闽0428刑初111号"))).doesNotContain("欧**").doesNotContain("承办人：");
		// the refused flows never started: nothing to resume, nothing in their history
		assertThat(states.find("APP", "village")).isEmpty();
		assertThat(states.history("APP", "village")).isEmpty();
		assertThat(states.history("APP", "manager")).isEmpty();
		assertThat(states.find("APP", "manager")).isEmpty();

		// a case officer who does not handle the case is told exactly what an unknown 案号 gets
		say("forester", "查询案件");
		String unknown = text(say("forester", "（2026）闽0428刑初998号"));
		String notTheirs = text(say("forester", "（2026）闽0428刑初111号"));
		assertThat(notTheirs).isEqualTo(unknown.replace("998", "111")).contains("未找到案号为（2026）闽0428刑初111号的案件");
		say("forester", "取消");
		say("judge", "查询案件");
		assertThat(text(say("judge", "（2026）闽0428刑初111号"))).contains("案号：（2026）闽0428刑初111号");
		say("liaison", "查询案件");
		assertThat(text(say("liaison", "（2026）闽0428刑初111号"))).contains("案号：（2026）闽0428刑初111号");
		say("admin", "查询案件");
		assertThat(text(say("admin", "（2026）闽0428刑初111号"))).contains("案号：（2026）闽0428刑初111号");
	}

	@Test
	void aBindingCodeIsIssuedForOneDefendantAndWorksOnce() {
		registerWithTwoParties("（2026）闽0428刑初120号");

		say("judge", "绑定码");
		assertThat(text(say("judge", "（2026）闽0428刑初120号"))).contains("请选择要签发绑定码的被告人")
			.contains("1. 欧**（身份证 350*************33）").contains("2. 钱*");
		String issued = text(say("judge", "2"));

		assertThat(issued).contains("绑定码已签发（（2026）闽0428刑初120号，被告人 钱*）").contains("只能使用一次")
			.contains("https://work.weixin.qq.com/kfid/kfc0123456789abcdef?enc_scene=ENC9Xy&scene_param=");
		Matcher code = Pattern.compile("scene_param=([0-9A-Z]{12})").matcher(issued);
		assertThat(code.find()).isTrue();
		assertThat(issued).contains(code.group(1).substring(0, 4) + "-" + code.group(1).substring(4, 8) + "-");
		Case found = cases.get(CaseNumber.parse("（2026）闽0428刑初120号"));
		assertThat(codes.redeem(code.group(1), "wmQian", clock.instant()).partyId())
			.isEqualTo(parties.ofCase(found.id()).get(1).id());
		assertThatExceptionOfType(BindingCodeNotRedeemable.class)
			.isThrownBy(() -> codes.redeem(code.group(1), "wmOther", clock.instant()));
	}

	@Test
	void onlyTheCasesOwnOfficersLiaisonsAndAdminsIssueCodes() {
		registerWithTwoParties("（2026）闽0428刑初130号");

		say("judge2", "绑定码");
		String unknown = text(say("judge2", "（2026）闽0428刑初997号"));
		assertThat(text(say("judge2", "（2026）闽0428刑初130号"))).isEqualTo(unknown.replace("997", "130"))
			.doesNotContain("承办人");
		say("judge2", "取消");

		say("liaison", "绑定码");
		say("liaison", "（2026）闽0428刑初130号");
		assertThat(text(say("liaison", "1"))).contains("绑定码已签发").contains("被告人 欧**");

		say("admin", "绑定码");
		say("admin", "（2026）闽0428刑初130号");
		assertThat(text(say("admin", "1"))).contains("绑定码已签发").contains("再次签发会使旧码作废");
	}

	@Test
	void villageTownshipAndManagerLiaisonsNeitherIssueCodesNorLearnThatACaseExists() {
		Case found = registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse("（2026）闽0428刑初140号"), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL,
						List.of("judge")),
				List.of(new NewParty("冯十", null, null)), List.of()), Actor.officer("judge")).registeredCase();
		say("judge", "绑定码");
		Matcher outstanding = Pattern.compile("scene_param=([0-9A-Z]{12})")
			.matcher(text(say("judge", "（2026）闽0428刑初140号")));
		assertThat(outstanding.find()).isTrue();
		String code = outstanding.group(1);
		int codes = jdbc.queryForObject("SELECT COUNT(*) FROM binding_code", Integer.class);
		int entries = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class);

		for (String liaison : List.of("village", "townLiaison", "managerLiaison")) {
			String refusal = text(say(liaison, "绑定码"));
			assertThat(refusal).startsWith("「绑定码」仅限法院、检察院、公安局、林业局的该案承办人、联络员和系统管理员使用，")
				.doesNotContain("请输入案号");
			String existing = text(say(liaison, "（2026）闽0428刑初140号"));
			assertThat(text(say(liaison, "绑定码"))).isEqualTo(refusal);
			String unknown = text(say(liaison, "（2026）闽0428刑初996号"));
			assertThat(existing).as(liaison).isEqualTo(unknown.replace("996", "140"))
				.doesNotContain("冯*").doesNotContain("绑定码已签发").doesNotContain("承办人");
			assertThat(text(say(liaison, "查询案件"))).startsWith("「查询案件」仅限");
			assertThat(states.find("APP", liaison)).isEmpty();
		}

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM binding_code", Integer.class)).isEqualTo(codes);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class)).isEqualTo(entries);
		assertThat(this.codes.state(code, clock.instant())).isEqualTo(BindingCodes.CodeState.VALID);
		assertThat(parties.ofCase(found.id())).singleElement().satisfies(p -> assertThat(p.externalUserid()).isNull());
	}

	@Test
	void aCaseOfficerNotHandlingTheCaseDoesNotRevokeItsCode() {
		Case found = registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse("（2026）闽0428刑初141号"), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL,
						List.of("judge")),
				List.of(new NewParty("卫十一", null, null)), List.of()), Actor.officer("judge")).registeredCase();
		say("judge", "绑定码");
		Matcher outstanding = Pattern.compile("scene_param=([0-9A-Z]{12})")
			.matcher(text(say("judge", "（2026）闽0428刑初141号")));
		assertThat(outstanding.find()).isTrue();
		int entries = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class);

		say("prosecutor", "绑定码");
		String unknown = text(say("prosecutor", "（2026）闽0428刑初995号"));
		assertThat(text(say("prosecutor", "（2026）闽0428刑初141号"))).isEqualTo(unknown.replace("995", "141"));
		say("prosecutor", "取消");

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class)).isEqualTo(entries);
		assertThat(codes.state(outstanding.group(1), clock.instant())).isEqualTo(BindingCodes.CodeState.VALID);
		assertThat(found.officerUserids()).containsExactly("judge");
	}

	@Test
	void theNameStepRefusesIdAndPhoneNumbersWithAClearReason() {
		say("judge", "新建案件");
		say("judge", "（2026）闽0428刑初150号");
		say("judge", "1");
		assertThat(text(say("judge", "1"))).contains("请输入第1名被告人的姓名");

		assertThat(text(say("judge", ID_CARD))).contains("当事人姓名看起来是身份证号，请填写真实姓名；身份证号另有一步填写。")
			.contains("请输入第1名被告人的姓名").doesNotContain("350428");
		assertThat(text(say("judge", "35042819800101123X"))).contains("看起来是身份证号");
		assertThat(text(say("judge", "138 0013 8000"))).contains("当事人姓名中含有电话号码等长串数字，请填写真实姓名；手机号另有一步填写。")
			.contains("请输入第1名被告人的姓名").doesNotContain("0013");
		assertThat(text(say("judge", "0598-2321234"))).contains("含有电话号码");
		assertThat(text(say("judge", "张三"))).contains("请输入该被告人的身份证号");

		assertThat(text(say("judge", "取消"))).contains("已取消「新建案件」");
	}

	private Case registerWithTwoParties(String number) {
		return registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of("judge")),
				List.of(new NewParty("欧阳娜", cn.jiangle.ecojustice.db.parties.IdCardNumber.parse(ID_CARD), null),
						new NewParty("钱七", null, null)),
				List.of(new CaseRegistration.ObligationDraft(null,
						Map.of(ObligationKind.GREENING_DEPOSIT, new BigDecimal("3000")),
						new cn.jiangle.ecojustice.db.obligations.LegalBasis(LegalBasisType.MEDIATION_STATEMENT,
								"（2026）闽0428刑初1号"),
						null))),
				Actor.officer("judge")).registeredCase();
	}

}
