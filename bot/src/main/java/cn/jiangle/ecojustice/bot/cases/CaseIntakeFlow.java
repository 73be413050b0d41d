package cn.jiangle.ecojustice.bot.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep.Option;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.conversation.StepContext;
import cn.jiangle.ecojustice.bot.conversation.YesNoStep;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.DuplicateCaseNumber;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.IdCardNumber;
import cn.jiangle.ecojustice.db.parties.MobilePhone;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.registration.RegisteredCase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 新建案件: 案号 (court 案号, or the procuratorate's or police's number while the case is with them) → 罪名 (其他 with
 * free text) → 阶段 → 被告人 (name, 身份证号, phone; one or more) → amounts by kind → legal basis → 修复方式 (认购碳汇,
 * 劳役代偿 or 待定) → confirm. Completion registers everything at once through {@link CaseRegistrations} (case, parties
 * with encrypted numbers, obligation, audit ledger): all of it or nothing.
 */
@Configuration(proxyBeanMethods = false)
class CaseIntakeFlow {

	static final String NAME = "新建案件";

	static final Permission PERMISSION = Permission.to(Action.OPEN_CASE);

	static final String PARTIES = "parties";

	private static final String AMOUNT = "amount.";

	/** How a 案号 (or a police or procuratorate number) is written; shared by the flows that ask for one. */
	static final String CASE_NUMBER_HELP = "法院案号格式：（年度）法院代字+类型代字+编号+号，如（2026）闽0428刑初12号；"
			+ "公安、检察文号如将公（刑）立字〔2026〕15号、将检刑诉〔2026〕3号。括号用全角或半角均可。";

	/** 修复方式 as the officer chooses it at intake: 待定 is stored as undecided. */
	static final List<Option> PATHS = List.of(new Option("认购碳汇", RestorationPath.CARBON_SUBSCRIPTION.name()),
			new Option("劳役代偿", RestorationPath.LABOUR_COMPENSATION.name()),
			new Option("待定", RestorationPath.UNDECIDED.name()));

	@Bean
	Flow<Officer> caseIntake(Cases cases, CaseRegistrations registrations) {
		Flow.Builder<Officer> flow = Flow.<Officer>named(NAME)
			.summary("登记新案件：案号、罪名、阶段、被告人、修复金额、法律依据、修复方式")
			.keywords("新建案件", "登记案件", "新增案件")
			.menuKey("flow_new_case")
			.access(PERMISSION)
			.step(AskStep.<Officer>ask("caseNumber", "caseNumber", "请输入案号，如（2026）闽0428刑初12号；"
					+ "尚在侦查或审查起诉的案件可填公安、检察文号，如将公（刑）立字〔2026〕15号、将检刑诉〔2026〕3号。")
				.help(CASE_NUMBER_HELP)
				.parse(input -> {
					CaseNumber number = CaseNumber.parse(input);
					if (cases.find(number).isPresent()) {
						throw new InputRejected(new DuplicateCaseNumber(number).getMessage());
					}
					return number.toString();
				}))
			.step(ChoiceStep.<Officer>chooseFrom("charge", "charge", "请选择罪名：",
					context -> List.of(Charge.values()).stream().map(c -> new Option(c.label(), c.name())).toList())
				.help("罪名范围依据将法〔2021〕17号 二、4；不在列表中的选“其他”，下一步写明罪名。"))
			.step(AskStep.<Officer>ask("chargeDetail", "chargeDetail", "请写明具体罪名。")
				.help("选择“其他”时须写明罪名，最多200个字。")
				.parse(input -> RequiredText.of(input, "chargeDetail", "罪名", 200))
				.when(context -> Charge.OTHER.name().equals(context.data().text("charge").orElse(""))))
			.step(ChoiceStep.<Officer>chooseFrom("stage", "stage", "请选择办案阶段：", CaseIntakeFlow::stageOptions)
				.help("可选阶段取决于您的单位：公安局为侦查，检察院为审查起诉，法院为审判或执行。"))
			.step(AskStep.<Officer>ask("partyName", "partyName",
					context -> "请输入第" + (context.data().records(PARTIES).size() + 1) + "名被告人的姓名。")
				.help("填写被告人真实姓名，最多50个字。")
				.parse(input -> new NewParty(input, null, null).name()))
			.step(AskStep.<Officer>ask("partyIdCard", "partyIdCard", "请输入该被告人的身份证号（18位）。")
				.help("身份证号加密保存，聊天中只显示部分号码。暂不掌握可回复「跳过」。")
				.skippable()
				.parse((context, input) -> {
					IdCardNumber idCard = IdCardNumber.parse(input);
					for (Map<String, String> party : context.data().records(PARTIES)) {
						if (idCard.value().equals(party.get("idCard"))) {
							throw new InputRejected("该身份证号与已录入的被告人「" + Commands.quote(party.get("name"))
									+ "」相同，请核对。");
						}
					}
					return idCard.value();
				}))
			.step(AskStep.<Officer>ask("partyPhone", "partyPhone", "请输入该被告人的手机号。")
				.help("11位手机号，加密保存，聊天中只显示部分号码。暂不掌握可回复「跳过」。")
				.skippable()
				.parse(input -> MobilePhone.parse(input).value())
				.storing(CaseIntakeFlow::completeParty))
			.step(new YesNoStep<>("moreParties", "还有其他被告人吗？", "partyName",
					"回复「是」继续录入下一名被告人，回复「否」进入金额录入。"));
		for (ObligationKind kind : ObligationKind.values()) {
			flow.step(AskStep.<Officer>ask("amount" + kind.name(), AMOUNT + kind.name(),
					"请输入" + kind.label() + "金额（元），如 12000 或 1.2万。")
				.help("金额精确到分；没有这一项时回复「跳过」。多名被告人时金额记为全案共同承担。")
				.skippable()
				.parse(input -> Yuan.parse(input, kind.label()).toPlainString()));
		}
		return flow
			.step(ChoiceStep.<Officer>chooseFrom("basisType", "basisType", "请选择以上金额的法律依据：",
					context -> List.of(LegalBasisType.values()).stream()
						.map(t -> new Option(t.label(), t.name()))
						.toList())
				.help("调解书、判决书按法院案号编号；检察建议按检察院文号编号。")
				.when(CaseIntakeFlow::hasAmounts))
			.step(AskStep.<Officer>ask("basisNumber", "basisNumber",
					context -> "请输入" + LegalBasisType.valueOf(context.data().require("basisType")).label()
							+ "的文号，如" + (LegalBasisType.PROCURATORIAL_SUGGESTION.name()
								.equals(context.data().require("basisType")) ? "将检刑检建〔2026〕3号。"
										: "（2026）闽0428刑初12号。"))
				.help("调解书、判决书填写法院案号，如（2026）闽0428刑初12号；检察建议填写文号，如将检刑检建〔2026〕3号。")
				.parse((context, input) -> new LegalBasis(LegalBasisType.valueOf(context.data().require("basisType")),
						input)
					.documentNumber())
				.when(CaseIntakeFlow::hasAmounts))
			.step(ChoiceStep.<Officer>chooseFrom("path", "path", "请选择修复方式：", context -> PATHS)
				.help("将法〔2024〕13号：被告人可认购碳汇，或以劳役代偿方式履行修复义务；尚未确定的选“待定”，"
						+ "之后可由被告人在微信中选择，或由承办人发送「更正修复信息」修改。")
				.when(CaseIntakeFlow::hasAmounts))
			.step(ConfirmStep.<Officer>confirm("请核对案件信息：", context -> summary(context.data())))
			.completes((speaker, officer, data) -> {
				RegisteredCase registered;
				try {
					registered = registrations.register(registration(data, officer), Actor.officer(officer.userid()));
				}
				catch (DuplicateCaseNumber ex) {
					throw InputRejected.at("caseNumber", ex.getMessage());
				}
				catch (InvalidInput ex) {
					throw InputRejected.at("confirm", ex.getMessage());
				}
				BigDecimal total = registered.obligations().stream()
					.map(o -> o.total())
					.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
				return List.of(new Reply.Text("✅ 案件已登记：" + registered.registeredCase().number() + "，"
						+ registered.registeredCase().chargeText() + "，" + registered.registeredCase().stage().label()
						+ "阶段；被告人 " + registered.parties().size() + " 名"
						+ (registered.obligations().isEmpty() ? "" : "；修复金额合计 " + CaseReport.yuan(total) + " 元")
						+ "。\n发送「查询案件」可随时查看，发送「绑定码」可为被告人签发微信绑定码。"));
			});
	}

	/** Stages an officer's agency handles; administrators may choose any. */
	private static List<Option> stageOptions(StepContext<Officer> context) {
		Officer officer = context.principal();
		List<Stage> stages;
		if (officer.role() == Role.ADMIN || officer.agency() == null) {
			stages = List.of(Stage.values());
		}
		else {
			stages = switch (officer.agency().kind()) {
				case POLICE -> List.of(Stage.INVESTIGATION);
				case PROCURATORATE -> List.of(Stage.PROSECUTION_REVIEW);
				case COURT -> List.of(Stage.TRIAL, Stage.ENFORCEMENT);
				default -> List.of(Stage.values());
			};
		}
		return stages.stream().map(s -> new Option(s.label(), s.name())).toList();
	}

	/** After the phone (or its skip), the party is complete: move it from the scratch keys to the list. */
	private static FlowData completeParty(FlowData data, String key, String phone) {
		Map<String, String> party = new LinkedHashMap<>();
		party.put("name", data.require("partyName"));
		party.put("idCard", data.text("partyIdCard").orElse(""));
		party.put("phone", phone == null ? "" : phone);
		return data.append(PARTIES, party).without("partyName", "partyIdCard", key);
	}

	private static boolean hasAmounts(StepContext<Officer> context) {
		return !amounts(context.data()).isEmpty();
	}

	private static Map<ObligationKind, BigDecimal> amounts(FlowData data) {
		Map<ObligationKind, BigDecimal> amounts = new EnumMap<>(ObligationKind.class);
		for (ObligationKind kind : ObligationKind.values()) {
			data.text(AMOUNT + kind.name()).ifPresent(amount -> amounts.put(kind, new BigDecimal(amount)));
		}
		return amounts;
	}

	static CaseRegistration registration(FlowData data, Officer officer) {
		Charge charge = Charge.valueOf(data.require("charge"));
		NewCase details = new NewCase(CaseNumber.parse(data.require("caseNumber")), charge,
				data.text("chargeDetail").orElse(null), Stage.valueOf(data.require("stage")),
				List.of(officer.userid()));
		List<NewParty> parties = new ArrayList<>();
		for (Map<String, String> party : data.records(PARTIES)) {
			parties.add(new NewParty(party.get("name"),
					party.get("idCard").isEmpty() ? null : new IdCardNumber(party.get("idCard")),
					party.get("phone").isEmpty() ? null : new MobilePhone(party.get("phone"))));
		}
		List<CaseRegistration.ObligationDraft> obligations = new ArrayList<>();
		Map<ObligationKind, BigDecimal> amounts = amounts(data);
		if (!amounts.isEmpty()) {
			// one defendant owes it personally; several owe it jointly, as the whole case's obligation
			Integer partyIndex = parties.size() == 1 ? 0 : null;
			obligations.add(new CaseRegistration.ObligationDraft(partyIndex, amounts,
					new LegalBasis(LegalBasisType.valueOf(data.require("basisType")), data.require("basisNumber")),
					RestorationPath.valueOf(data.text("path").orElse(RestorationPath.UNDECIDED.name()))));
		}
		return new CaseRegistration(details, parties, obligations);
	}

	/** The intake's word for a stored path: 待定 for undecided. */
	static String pathLabel(String path) {
		return PATHS.stream().filter(option -> option.value().equals(path)).findFirst().orElseThrow().label();
	}

	static String summary(FlowData data) {
		StringBuilder text = new StringBuilder();
		Charge charge = Charge.valueOf(data.require("charge"));
		text.append("案号：").append(data.require("caseNumber"));
		text.append("\n罪名：")
			.append(charge == Charge.OTHER ? "其他（" + Commands.quote(data.require("chargeDetail")) + "）"
					: charge.label());
		text.append("\n阶段：").append(Stage.valueOf(data.require("stage")).label());
		List<Map<String, String>> parties = data.records(PARTIES);
		text.append("\n被告人（").append(parties.size()).append("名）：");
		for (int i = 0; i < parties.size(); i++) {
			Map<String, String> party = parties.get(i);
			text.append("\n  ").append(i + 1).append(". ").append(Commands.quote(party.get("name")));
			text.append("，身份证 ")
				.append(party.get("idCard").isEmpty() ? "未填" : new IdCardNumber(party.get("idCard")).masked());
			text.append("，手机 ")
				.append(party.get("phone").isEmpty() ? "未填" : new MobilePhone(party.get("phone")).masked());
		}
		Map<ObligationKind, BigDecimal> amounts = amounts(data);
		if (amounts.isEmpty()) {
			text.append("\n修复金额：未填");
		}
		else {
			text.append("\n修复金额").append(parties.size() > 1 ? "（全案共同承担）" : "").append("：");
			BigDecimal total = BigDecimal.ZERO.setScale(2);
			for (Map.Entry<ObligationKind, BigDecimal> amount : amounts.entrySet()) {
				text.append("\n  ").append(amount.getKey().label()).append(" ")
					.append(CaseReport.yuan(amount.getValue())).append(" 元");
				total = total.add(amount.getValue());
			}
			text.append("\n  合计 ").append(CaseReport.yuan(total)).append(" 元");
			text.append("\n法律依据：").append(LegalBasisType.valueOf(data.require("basisType")).label()).append(" ")
				.append(data.require("basisNumber"));
			text.append("\n修复方式：").append(pathLabel(data.text("path").orElse(RestorationPath.UNDECIDED.name())));
		}
		return text.toString();
	}

}
