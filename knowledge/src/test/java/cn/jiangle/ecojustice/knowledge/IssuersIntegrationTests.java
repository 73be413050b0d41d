package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixth round on issue 11: who issued a document is in its header above the 文号, not in a clause; the answer
 * names the header's bodies and quotes the document's sentence naming them. Real index over the built-in documents;
 * the wordings are none of the evaluation files'.
 */
class IssuersIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void theManagerOpinionsWereIssuedByFiveBodies() {
		Answer a = kb.ask("管理人那份实施意见是哪些单位一起印发的");
		assertThat(a.abstained()).isFalse();
		assertThat(a.text()).startsWith("将法〔2024〕13号由将乐县人民法院、将乐县人民检察院、将乐县公安局、将乐县林业局、福建金森碳汇科技有限公司")
			.contains("【将法〔2024〕13号");
		assertThat(kb.search("管理人那份实施意见是哪些单位一起印发的").abstained()).isFalse();
	}

	@Test
	void theMineAgreementWasSignedByThreeBodies() {
		assertThat(kb.ask("4号协议是哪几方签的").text())
			.startsWith("将法〔2024〕4号由将乐县人民法院、将乐县自然资源局、将乐县万全乡人民政府")
			.contains("县人民法院、自然资源局、万全乡政府本着生态修复优先");
	}

	@Test
	void whoStartedTheRestorationIsNotWhoIssuedTheAgreement() {
		assertThat(kb.ask("吴地矿山修复是谁牵头发起的").text()).doesNotContain("见文件抬头")
			.contains("由将乐县人民法院担任生态修复执行发起人");
	}

	@Test
	void aDocumentWithoutIssuersInItsHeaderGetsNoLead() {
		// the 2021 opinions list no issuers above their 文号
		assertThat(kb.ask("21年那份碳汇意见是谁发的").text()).doesNotContain("见文件抬头");
	}

	@Test
	void aDocumentCalledByItsMatterIsStillNamed() {
		assertThat(kb.ask("管理人的那个文是哪几个单位一起出的").text())
			.startsWith("将法〔2024〕13号由将乐县人民法院、将乐县人民检察院、将乐县公安局");
	}

	@Test
	void whatADocumentRestsOnIsNamedFromItsOpening() {
		Answer a = kb.ask("21年那个碳汇意见是依据哪些上级文件出台的");
		assertThat(a.text()).startsWith("将法〔2021〕17号开头写明").contains("《生态环境损害赔偿制度改革方案》")
			.contains("【将法〔2021〕17号");
		assertThat(a.text().length()).isLessThan(400);
		assertThat(kb.ask("13号文是在哪两个文件的基础上搞的").text()).contains("《将乐县万全乡矿山生态修复管理人协作框架协议》")
			.contains("《关于建立“生态司法＋碳汇”工作机制的意见》");
		// what a decision inside the mechanism rests on is the clause's business
		assertThat(kb.ask("17号文里法院依据什么从轻").text()).doesNotContain("开头写明");
	}

	@Test
	void theQuotedPartRunsFromTheFirstTitleToTheLast() {
		assertThat(DocumentBasis.titledPart("为了甲，落实《乙》和《丙》的精神，提出意见："))
			.isEqualTo("……落实《乙》和《丙》的精神……");
	}

}
