package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixth round on issue 11, from an officer's review: what buying carbon sinks earns (证明书, 积分) is never read
 * onto labour compensation; the procuratorate's sentencing proposal and unlisted crimes are not stated. Real index
 * over the built-in documents; the wordings are none of the evaluation files'.
 */
class PathEffectsIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void labourEarnsNoCertificateOrPointsInTheDocuments() {
		Answer a = kb.ask("出工抵赔偿金的人有没有碳汇积分拿");
		assertThat(a.notCovered()).isTrue();
		assertThat(a.text()).startsWith("文件没有规定劳役代偿可以获得认购碳汇证明书或碳汇积分");
		// buying does earn them
		assertThat(kb.ask("认购碳汇后能拿到碳汇积分吗").notCovered()).isFalse();
	}

	@Test
	void theProcuratoratesSentencingProposalIsNotStated() {
		assertThat(kb.ask("认购碳汇以后检察院的量刑建议会不会写轻一点").text()).startsWith("文件没有关于“量刑建议”的规定");
	}

	@Test
	void illegalFishingIsNotAmongTheListedCrimes() {
		Answer a = kb.ask("炸鱼的案子也能认购碳汇吗");
		assertThat(a.notCovered()).isTrue();
		assertThat(a.text()).doesNotStartWith("可以。");
	}

	@Test
	void anUnstatedOutcomeIsShownBesideWhatTheDocumentsSayOfLegalEffect() {
		Answer a = kb.ask("家里给他认购了碳汇，检察院还会起诉不");
		assertThat(a.text()).startsWith("文件没有规定认购碳汇与不起诉的关系。").contains("视为已履行修复生态义务")
			.doesNotContain("毛竹经营碳汇项目").contains(SentencingNotice.NOTICE);
		assertThat(kb.ask("认购碳汇算不算认罪认罚").text()).startsWith("文件没有规定认购碳汇与认罪认罚的关系。");
	}

}
