package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixth round on issue 11: 「X在Y里算啥角色 / 管哪一块」 asks what part one agency plays in a restoration path,
 * stated in one phrase per agency; and 「Y的Z归谁管」 asks who handles Z, not who manages Y. Real index over the
 * built-in documents; the wordings are none of the evaluation files'.
 */
class BodyPartsIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void anAgencysPartInTheMineAgreementLeadsWithItsRole() {
		Answer a = kb.ask("万全那个矿山的事，自资局到底是个啥定位");
		assertThat(a.abstained()).isFalse();
		assertThat(a.text()).startsWith("自然资源局是生态修复指导协作方").contains("将乐县自然资源局作为生态修复指导协作方");
		assertThat(a.citations()).allMatch(c -> c.doc().equals("将法〔2024〕4号"));
	}

	@Test
	void theAgreementAloneIsEnoughContextEvenWhenSearchDoubts() {
		Answer a = kb.ask("那个协作协议里头县法院扮演啥");
		assertThat(a.abstained()).isFalse();
		assertThat(a.text()).contains("由将乐县人民法院担任生态修复执行发起人");
		assertThat(kb.search("那个协作协议里头县法院扮演啥").abstained()).isFalse();
	}

	@Test
	void twoAgenciesGetBothParts() {
		Answer a = kb.ask("吴地矿山修复中乡政府和自然资源局各算什么身份");
		assertThat(a.text()).contains("万全乡政府是竹舟村的上级行政主管部门").contains("自然资源局是生态修复指导协作方");
	}

	@Test
	void theForestryBureausPartUnderTheManagerOpinionsIsTechnicalGuidance() {
		Answer a = kb.ask("管理人这套机制里林业部门是干啥的");
		assertThat(a.text()).startsWith("林业局对生态修复项目进行技术指导")
			.contains("【将法〔2024〕13号");
	}

	@Test
	void anAgencyTheAgreementNeverNamesHasNoPartInIt() {
		Answer a = kb.ask("吴地矿山修复检察院算哪一方");
		assertThat(a.text()).startsWith("文件没有规定检察院参与万全乡吴地矿山修复").contains("竹舟村委会");
		assertThat(a.citations()).noneMatch(c -> c.doc().equals("将法〔2024〕13号"));
	}

	@Test
	void thePolicesPartInCarbonPurchaseIsNotGivenForLabour() {
		assertThat(kb.ask("派出所在劳役代偿里算个什么角色").text())
			.doesNotStartWith("公安局在立案侦查时鼓励和引导当事人认购碳汇");
	}

	@Test
	void aFundQuestionIsNotAnAgencysPartInAPath() {
		// the committee's members have their own clause
		assertThat(kb.ask("检察院在碳汇基金管委会里算啥身份").text()).contains("委员");
	}

	@Test
	void somethingThePathHasIsNotThePathItself() {
		String text = kb.ask("吴地矿山修复时那些档案资料归谁管").text();
		assertThat(text).doesNotStartWith("万全乡吴地矿山修复的生态修复管理人是竹舟村委会").contains("档案资料的管理");
		assertThat(kb.ask("矿山修复这块归谁管").text()).startsWith("万全乡吴地矿山修复的生态修复管理人是竹舟村委会");
	}

	@Test
	void anAgencyNamedByOneRestorationDocumentNeedsNoPathWord() {
		assertThat(kb.ask("派出所在这当中发挥什么作用").text()).startsWith("公安局在立案侦查时鼓励和引导当事人认购碳汇");
		assertThat(kb.ask("林业局在生态修复上负责哪一块").text()).startsWith("林业局对生态修复项目进行技术指导");
		// the court has parts everywhere: no one-phrase lead without a path
		assertThat(kb.ask("法院在这里面起什么作用").text()).doesNotStartWith("法院指定或聘任管理人");
	}

	@Test
	void aManagersPartIsItsManagementQuotedInAFewWords() {
		Answer a = kb.ask("13号文里金森公司担任什么角色");
		assertThat(a.text()).startsWith("福建金森碳汇科技有限公司是“司法碳达”模式的生态修复管理人和实际实施人")
			.contains("……以福建金森碳汇科技有限公司为生态修复管理人和实际实施人……");
		assertThat(a.text().length()).isLessThan(300);
		assertThat(kb.ask("竹舟村委会在矿山修复中扮演什么角色").text()).startsWith("竹舟村委会是矿山生态修复管理人");
	}

	@Test
	void aCommitteeMembersIdentityIsNotAManagerQuestion() {
		Answer a = kb.ask("林业局有谁在碳汇基金管委会里，是什么身份");
		assertThat(a.text()).doesNotStartWith("不是。").contains("县林业局副局长");
	}

	@Test
	void howTwoBodiesStandIsTheirPartsWhereOneDocumentNamesBoth() {
		Answer a = kb.ask("法院跟金森之间是啥关系");
		assertThat(a.text()).startsWith("法院指定或聘任管理人；福建金森碳汇科技有限公司是")
			.contains("将乐县人民法院指定或聘任福建金森碳汇科技有限公司为生态修复管理人");
		Answer b = kb.ask("竹舟村委会和万全乡政府什么关系");
		assertThat(b.text()).contains("对竹舟村有监管职责");
		// one sentence is quoted once, whichever body's part it carries
		assertThat(b.text().split("实际执行人。", -1)).hasSizeLessThanOrEqualTo(3);
		// one body has no relation to ask about
		assertThat(kb.ask("金森是什么关系").text()).doesNotStartWith("福建金森碳汇科技有限公司是");
	}

}
