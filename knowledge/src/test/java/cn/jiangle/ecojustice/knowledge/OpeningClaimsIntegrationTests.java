package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A message opening with a wrong claim about a role or a fact and going on to ask something else gets that claim
 * corrected in one sentence before the answer to the later question; a right opening claim adds nothing, and a wrong
 * premise inside a one-clause question is still settled by its own lead. Real index over the built-in documents; the
 * wordings are none of the evaluation files'.
 */
class OpeningClaimsIntegrationTests extends BuiltInKnowledgeBase {

	/**
	 * The answer as {@code ask} writes it with the correction opening it: the correction is left out when the
	 * answer's own text already says it, so this holds whether or not {@code ask} adds it itself.
	 */
	private static String answered(String message) {
		Answer a = kb.ask(message);
		assertThat(a.abstained()).as(message).isFalse();
		return correction(message, a.text()) + a.text();
	}

	private static String correction(String message, String shown) {
		return OpeningClaims.correction(message, Optional.of(new ManagerRoles.Lead(shown, List.of(), List.of())),
				kb.index().chunks());
	}

	@Test
	void theVillageIsTheManagerNotTheSupervisingDepartment() {
		assertThat(answered("我们村是主管部门对吧 那修复款怎么申请"))
			.startsWith("先说明：生态修复管理人（竹舟村委会）的行政主管部门是将乐县万全乡人民政府。\n")
			.contains("申领拨付款项");
		assertThat(answered("咱们法院是矿山修复的主管部门吧 修复完谁来验收"))
			.startsWith("先说明：生态修复管理人（竹舟村委会）的行政主管部门是将乐县万全乡人民政府。\n")
			.contains("由协作小组完成验收");
	}

	@Test
	void aStandingTheDocumentsDoNotSettleIsNotCorrected() {
		// the documents make 金森 no agency's unit nor say it is not one: nothing is corrected, the plan is answered
		assertThat(answered("金森是法院下面的单位吧，那劳役代偿的方案谁定")).doesNotStartWith("先说明")
			.contains("制定具体的生态修复方案");
		assertThat(answered("竹舟村委会是自然资源局下面的吧 那村委会要做哪些事"))
			.startsWith("先说明：竹舟村委会的上级行政主管部门是将乐县万全乡人民政府。\n");
	}

	@Test
	void theFundIsRunByItsCommittee() {
		assertThat(answered("听说基金是检察院管的 那开会讨论些啥"))
			.startsWith("先说明：生态司法碳汇基金由基金管理委员会（主任为县法院院长）")
			.contains("讨论、审核基金使用情况，根据需要决定其他重要事项");
		assertThat(answered("我记得基金管委会主任是林业局长 开会一般讨论什么"))
			.startsWith("先说明：基金管理委员会的主任是县法院院长。\n");
	}

	@Test
	void rolesOfTheMineAndTheCarbonPath() {
		assertThat(answered("检察院是矿山修复的发起人吧，发起人要做些什么"))
			.startsWith("先说明：吴地矿山生态修复的执行发起人是将乐县人民法院。\n");
		assertThat(answered("我们公司是矿山的管理人嘛 那验收怎么搞"))
			.startsWith("先说明：万全乡吴地矿山修复的生态修复管理人是竹舟村委会。\n")
			.contains("由协作小组完成验收");
		assertThat(answered("碳汇核销是去检察院吧 那核销完了怎么报告"))
			.startsWith("先说明：碳汇核销由福建金森碳汇科技有限公司定期向林业局进行。\n");
		assertThat(answered("专家陪审员是检察院推荐的吧 那推荐了以后怎么选"))
			.startsWith("先说明：林业碳汇专家由将乐县林业局、福建金森碳汇科技有限公司从其专家队伍中推荐")
			.contains("选任为人民陪审员");
		assertThat(answered("听人说碳汇要去检察院买 买一吨要多少钱"))
			.startsWith("先说明：碳汇到福建金森碳汇科技有限公司扫“碳汇认购二维码”认购。\n");
	}

	@Test
	void aCorrectionTheAnswerAlreadyLeadsWithIsNotRepeated() {
		String text = answered("认购碳汇是强制的吧 那一吨多少钱");
		assertThat(text).startsWith("不是强制的。").doesNotContain("先说明");
		assertThat(answered("听说矿山修复的管理人是金森公司 那管理人要做哪些事")).startsWith("不是。").doesNotContain("先说明");
	}

	@Test
	void aRightOpeningClaimAddsNothing() {
		for (String message : List.of("我们村是管理人对吧 那修复款怎么申请", "听说基金是管委会管的 那开会讨论些啥", "核销是向林业局吧 一年核销几次",
				"法院是矿山修复的发起人吧 那法院具体负责啥", "竹舟村委会是万全乡政府下面的吧 那村委会要做哪些事", "我是竹舟村的村干部 修复款怎么申请")) {
			assertThat(correction(message, "")).as(message).isEmpty();
		}
	}

	@Test
	void aWrongPremiseInOneClauseIsStillSettledByItsLead() {
		assertThat(kb.ask("竹舟村委会是主管部门吗").text()).startsWith("不是。生态修复管理人（竹舟村委会）的行政主管部门是将乐县万全乡人民政府。");
		assertThat(kb.ask("金森是法院下面的单位吗").text()).startsWith("文件没有说福建金森碳汇科技有限公司隶属于哪个机关")
			.contains("指定或聘任福建金森碳汇科技有限公司为生态修复管理人");
		assertThat(kb.ask("竹舟村归林业局管吗").text()).startsWith("不是。竹舟村委会的上级行政主管部门是将乐县万全乡人民政府。");
		assertThat(kb.ask("基金是检察院管的吧").text()).startsWith("不是。");
		for (String message : List.of("竹舟村委会是主管部门吗", "金森是法院下面的单位吗", "主管部门是竹舟村委会，对吧")) {
			assertThat(correction(message, "")).as(message).isEmpty();
		}
	}

	@Test
	void theCorrectionIsOneSentenceOfTheLead() {
		assertThat(OpeningClaims.sentence("不是。甲是乙。丙是丁。")).isEqualTo("先说明：甲是乙。");
		assertThat(OpeningClaims.sentence("不是强制的。劳役代偿要经当事人申请。")).isEqualTo("先说明：不是强制的，劳役代偿要经当事人申请。");
	}

	@Test
	void wordsRunningIntoATownshipAreNoTownshipClaimed() {
		// 「……管吧 那乡里管些什么」: 吧那乡 is no township, so the right claim before it is not contradicted
		String text = kb.ask("竹舟村归万全乡政府管吧 那乡里具体管些什么").text();
		assertThat(text).doesNotStartWith("不是").contains("对竹舟村有监管职责");
		assertThat(kb.ask("竹舟村归漠源乡管吧").text()).startsWith("不是。竹舟村属于将乐县万全乡");
	}

}
