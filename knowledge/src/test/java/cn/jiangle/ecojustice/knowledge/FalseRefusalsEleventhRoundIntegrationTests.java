package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Red team of the eleventh round for false refusals: questions the documents answer, worded near the mechanisms that
 * mark a question not covered (bodies never named, charges not listed, posts never set up). Each wording says who asks
 * or points back to a charge already named; none is an evaluation file's. The unstated counterparts stay not covered.
 */
class FalseRefusalsEleventhRoundIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void aPostAfterTheAskersBodySaysWhereHeWorks() {
		assertAnswered("我是司法所所长，被告人认购碳汇后法院会怎么量刑", "酌情从轻");
		assertAnswered("我是环保局局长，吴地矿山修复谁来验收", "协作小组");
		assertAnswered("我是税务局的同志，认购碳汇可以获得什么证明", "认购碳汇证明书");
		assertAnswered("我是县人社局工作人员，劳役代偿要当事人自己申请吗", "经当事人申请");
		assertAnswered("我是乡财政所出纳，碳汇基金是不是专款专用", "专款专用");
	}

	@Test
	void aBodyInTheClauseThatSaysWhoAsksIsNotAsked() {
		assertAnswered("人社局和林业局一起问：劳役代偿的基地在哪里", "琵琶丘");
		assertAnswered("司法所来问：碳汇专家陪审员是谁推荐的", "推荐林业碳汇专家");
		assertAnswered("我们财政这边也想咨询一下，碳汇基金用途是什么", "乡村振兴");
		assertAnswered("我跟财政局的同志一起去矿山看了，修复资金怎么申领", "专项账户");
		assertAnswered("我和环保局一块去过琵琶丘了，劳役代偿谁来监督管理", "监督和管理");
	}

	@Test
	void aPostTheAskerHoldsIsNoPostAskedAbout() {
		assertAnswered("我是竹舟村村主任，修复资金怎么申请", "支付申请");
		assertAnswered("我作为村主任想问，修复款项批准后拨到哪里", "专项账户");
		assertAnswered("我是乡里的副主任，乡政府在矿山修复里是什么角色", "行政主管部门");
		assertAnswered("我是站长，林业局对生态修复项目做什么", "技术指导");
		assertAnswered("我是村委会的组长，修复完成后管理人向谁汇报", "协作小组");
	}

	@Test
	void aChargePointedBackToIsTheChargeNamedBefore() {
		assertAnswered("判的是盗伐林木罪，这个罪能买碳汇吗", "盗伐");
		assertAnswered("判了滥伐林木罪，这种罪能认购碳汇吗", "滥伐林木罪");
		assertAnswered("非法狩猎罪 这个罪能不能买碳汇", "非法狩猎罪");
		assertAnswered("危害国家重点保护植物罪；该罪能认购碳汇吗", "危害国家重点保护植物罪");
		assertAnswered("污染环境罪，此罪可以认购碳汇吗", "污染环境罪");
	}

	@Test
	void theUnstatedCounterpartsStayNotCovered() {
		assertNotStated("我是财政所的，碳汇基金的钱要不要上交县财政", "财政部门");
		assertNotStated("我作为财政所会计，修复资金要不要财政所审批", "财政部门");
		assertNotStated("我跟财政局一起申请修复资金可以吗", "财政部门");
		assertNotStated("司法局来问：司法局能不能推荐专家陪审员", "司法行政机关");
		assertNotStated("修复办公室主任由谁担任", "主任");
		assertNotStated("判了盗窃罪，这个罪能买碳汇吗", "盗窃罪");
		assertNotStated("非法采矿罪，这个罪可以认购碳汇吗", "非法采矿罪");
		assertThat(kb.ask("放火罪这个罪能认购碳汇吗").notCovered()).isTrue();
	}

}
