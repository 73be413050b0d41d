package cn.jiangle.ecojustice.bot.cases;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistration.ObligationDraft;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' side of the restoration file through the dispatched chat, on the real database: 我的案件 with each
 * party's step, 更正修复信息 (amount and path, ledgered, with refusals), 解除绑定 (usage, several parties, not bound,
 * not the officer's case), the path chosen in 新建案件 on the restoration file, police and procuratorate numbers as
 * case numbers, and 查询案件 with progress.
 */
class RestorationOfficerIntegrationTests extends ChatIntegrationTest {

	static final String ONE = "（2026）闽0428刑初301号";

	static final String TWO = "（2026）闽0428刑初302号";

	static final String OTHERS = "（2026）闽0428刑初303号";

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	RestorationFiles files;

	@Autowired
	BindingCodes codes;

	@Autowired
	Bindings bindings;

	@Autowired
	AuditLedger ledger;

	@Autowired
	ConversationStates states;

	@BeforeAll
	void officersAndCases() {
		officers.register("r.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("r.prosecutor", "PROCURATORATE", Role.CASE_OFFICER, "林检察官", Actor.SYSTEM);
		officers.register("r.police", "POLICE", Role.CASE_OFFICER, "黄警官", Actor.SYSTEM);
		officers.register("r.judge2", "COURT", Role.CASE_OFFICER, "陈法官", Actor.SYSTEM);
		officers.register("r.forester", "FORESTRY", Role.CASE_OFFICER, "郑科长", Actor.SYSTEM);
		officers.register("r.manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		register(ONE, List.of("张三"), RestorationPath.CARBON_SUBSCRIPTION, "r.judge", "r.prosecutor");
		register(TWO, List.of("李四", "王五"), RestorationPath.UNDECIDED, "r.judge");
		register(OTHERS, List.of("赵六"), RestorationPath.UNDECIDED, "r.judge2");
	}

	private void register(String number, List<String> names, RestorationPath path, String... handlers) {
		List<NewParty> newParties = names.stream().map(name -> new NewParty(name, null, null)).toList();
		List<ObligationDraft> owed = new java.util.ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			owed.add(new ObligationDraft(i, Map.of(ObligationKind.GREENING_DEPOSIT, new BigDecimal("12000.00")),
					new LegalBasis(LegalBasisType.JUDGMENT, number), path));
		}
		registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of(handlers)),
				newParties, owed), Actor.SYSTEM);
	}

	private Case found(String number) {
		return cases.get(CaseNumber.parse(number));
	}

	private Party party(String number, int index) {
		return parties.ofCase(found(number).id()).get(index);
	}

	private void bind(Party party, String externalUserId, long eventId) {
		String code = codes.issue(party.id(), Actor.officer("r.judge"), Duration.ofDays(7), clock.instant()).code();
		bindings.redeem(externalUserId, "wkKfAccount", code, eventId, clock.instant());
	}

	@Test
	void myCasesListsTheOfficersCasesWithEachPartysStep() {
		String mine = text(say("r.judge", "我的案件"));
		assertThat(mine).contains("您承办的案件（共 2 件）").contains(ONE).contains(TWO).doesNotContain(OTHERS)
			.contains("张*：认购碳汇，应缴 12,000.00 元：待认购缴款")
			.contains("李*：待定，应缴 12,000.00 元：待被告人选择修复方式").contains("王*：待定")
			.contains("「更正修复信息」").contains("「解除绑定 案号」")
			.doesNotContain("张三").doesNotContain("李四");
		assertThat(text(say("r.prosecutor", "我的案件"))).contains("您承办的案件（共 1 件）").contains(ONE)
			.doesNotContain(TWO);
		assertThat(text(say("r.forester", "我的案件"))).isEqualTo("您目前没有承办的案件。\n");
		assertThat(text(say("r.manager", "我的案件"))).startsWith("「我的案件」仅限");
		assertThat(text(say("r.judge", "帮助"))).contains("· 发送「我的案件」：").contains("· 发送「解除绑定 案号」：")
			.contains("· 发送「核验证书 编号」：").doesNotContain("核销申报");
	}

	@Test
	void aHandlingOfficerCorrectsAnAmountAndThePathLedgeredWithRefusals() {
		Party zhang = party(ONE, 0);
		assertThat(text(say("r.judge", "更正修复信息"))).contains("请输入要更正的案件的案号");
		assertThat(text(say("r.judge", OTHERS))).contains("未找到案号为" + OTHERS + "的案件");
		String items = text(say("r.judge", ONE));
		assertThat(items).contains("请选择要更正的项目").contains("1. 修复方式").contains("2. 复绿保证金金额");
		assertThat(text(say("r.judge", "2"))).contains("当前复绿保证金为 12,000.00 元");
		assertThat(text(say("r.judge", "-5"))).contains("不能为负数");
		assertThat(text(say("r.judge", "0"))).contains("不能为零");
		String confirm = text(say("r.judge", "1.5万"));
		assertThat(confirm).contains("请核对更正内容").contains(ONE + "，被告人 张*：复绿保证金由 12,000.00 元更正为 15,000.00 元");
		assertThat(text(say("r.judge", "确认"))).contains("✅ 已更正（已留痕）").contains("应缴 15,000.00 元");
		assertThat(files.get(zhang.id()).total()).isEqualByComparingTo("15000");
		assertThat(ledger.history(RestorationFiles.AUDIT_TYPE, Long.toString(zhang.id())))
			.extracting(AuditEntry::actor).contains("r.judge");

		// several parties: which one; then the path
		say("r.judge", "更正修复信息");
		assertThat(text(say("r.judge", TWO))).contains("请选择被告人").contains("1. 李*").contains("2. 王*");
		say("r.judge", "2");
		say("r.judge", "1");
		assertThat(text(say("r.judge", "劳役代偿"))).contains("王*：修复方式由「待定」更正为「劳役代偿」");
		assertThat(text(say("r.judge", "确认"))).contains("✅ 已更正");
		assertThat(files.get(party(TWO, 1).id()).path()).isEqualTo(RestorationPath.LABOUR_COMPENSATION);
		assertThat(files.get(party(TWO, 0).id()).path()).isEqualTo(RestorationPath.UNDECIDED);

		// not a handling officer of that case, or not an officer who sets amounts
		say("r.judge2", "更正修复信息");
		assertThat(text(say("r.judge2", ONE))).contains("未找到案号为" + ONE + "的案件");
		say("r.judge2", "取消");
		assertThat(text(say("r.forester", "更正修复信息"))).startsWith("「更正修复信息」仅限");
		assertThat(states.find("APP", "r.judge")).isEmpty();
		assertThat(ledger.verify().intact()).isTrue();
	}

	@Test
	void theHandlingOfficerUnbindsAWeChatUser() {
		assertThat(text(say("r.judge", "解除绑定"))).startsWith("请发送「解除绑定 案号」");
		assertThat(text(say("r.judge", "解除绑定 2026闽0428"))).contains("请发送「解除绑定 案号」");
		assertThat(text(say("r.judge", "解除绑定 " + TWO))).isEqualTo(TWO + "的被告人均未绑定微信，无需解除。\n");

		bind(party(TWO, 1), "wx-wang", 9_001);
		String which = text(say("r.judge", "解除绑定 " + TWO));
		assertThat(which).contains("有 2 名被告人，请在案号后加序号").contains("1. 李*（未绑定微信）")
			.contains("2. 王*（已绑定微信）").contains("如「解除绑定 " + TWO + " 1」");
		assertThat(text(say("r.judge", "解除绑定 " + TWO + " 5"))).contains("没有第 5 名被告人");
		assertThat(text(say("r.judge", "解除绑定 " + TWO + " 1"))).isEqualTo("被告人 李* 未绑定微信，无需解除。\n");
		// someone not handling the case: as if it did not exist, and the binding stays
		assertThat(text(say("r.judge2", "解除绑定 " + TWO + " 2"))).isEqualTo("未找到案号为" + TWO + "的案件，请核对后重新输入。\n");
		assertThat(bindings.ofUser("wx-wang")).isPresent();

		assertThat(text(say("r.judge", "解除绑定 " + TWO + " 2"))).startsWith("已解除" + TWO + "被告人 王* 的微信绑定");
		assertThat(bindings.ofUser("wx-wang")).isEmpty();
		assertThat(bindings.ofParty(party(TWO, 1).id())).isEmpty();

		bind(party(ONE, 0), "wx-zhang", 9_002);
		assertThat(text(say("r.prosecutor", "解除绑定 " + ONE))).startsWith("已解除" + ONE + "被告人 张* 的微信绑定");
		assertThat(bindings.ofUser("wx-zhang")).isEmpty();
		assertThat(text(say("r.manager", "解除绑定 " + ONE))).startsWith("「解除绑定」仅限");
	}

	@Test
	void theIntakeRecordsThePathOnTheRestorationFile() {
		assertThat(text(say("r.police", "新建案件"))).contains("将公（刑）立字〔2026〕15号").contains("将检刑诉〔2026〕3号");
		say("r.police", "（2026）闽0428刑初304号");
		say("r.police", "1");
		say("r.police", "1");
		say("r.police", "孙七");
		say("r.police", "跳过");
		say("r.police", "跳过");
		say("r.police", "否");
		say("r.police", "8000");
		say("r.police", "跳过");
		say("r.police", "跳过");
		say("r.police", "跳过");
		say("r.police", "3");
		assertThat(text(say("r.police", "将检刑检建〔2026〕3号"))).contains("请选择修复方式");
		assertThat(text(say("r.police", "认购碳汇"))).contains("修复方式：认购碳汇");
		assertThat(text(say("r.police", "确认"))).contains("✅ 案件已登记：（2026）闽0428刑初304号");
		Case stored = found("（2026）闽0428刑初304号");
		assertThat(files.ofCase(stored.id())).singleElement()
			.satisfies(file -> assertThat(file.path()).isEqualTo(RestorationPath.CARBON_SUBSCRIPTION));
		assertThat(text(say("r.police", "我的案件"))).contains("（2026）闽0428刑初304号").contains("孙*：认购碳汇");
	}

	@Test
	void policeAndProcuratorateNumbersAreCaseNumbers() {
		say("r.police", "新建案件");
		say("r.police", "将公（刑）立字〔2026〕15号");
		say("r.police", "1");
		say("r.police", "1");
		say("r.police", "孙七");
		say("r.police", "跳过");
		say("r.police", "跳过");
		say("r.police", "否");
		say("r.police", "8000");
		say("r.police", "跳过");
		say("r.police", "跳过");
		say("r.police", "跳过");
		say("r.police", "3");
		assertThat(text(say("r.police", "将检刑检建〔2026〕3号"))).contains("请选择修复方式");
		assertThat(text(say("r.police", "认购碳汇"))).contains("修复方式：认购碳汇");
		assertThat(text(say("r.police", "确认"))).contains("✅ 案件已登记：将公（刑）立字〔2026〕15号");
		Case stored = found("将公（刑）立字〔2026〕15号");
		assertThat(files.ofCase(stored.id())).singleElement()
			.satisfies(file -> assertThat(file.path()).isEqualTo(RestorationPath.CARBON_SUBSCRIPTION));
		assertThat(text(say("r.police", "我的案件"))).contains("将公（刑）立字〔2026〕15号").contains("孙*：认购碳汇");

		say("r.prosecutor", "查询案件");
		assertThat(text(say("r.prosecutor", "将检刑诉〔2026〕3号"))).contains("未找到案号为");
		assertThat(text(say("r.prosecutor", "取消"))).startsWith("已取消「查询案件」");
	}

	@Test
	void caseLookupShowsEachPartysProgress() {
		say("r.judge", "查询案件");
		String report = text(say("r.judge", TWO));
		assertThat(report).contains("修复进度：").contains("· 李*：待定，应缴 12,000.00 元：待被告人选择修复方式");
	}

}
