package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The ninth round on issue 11: questions the documents settle outside their clauses — the closing block (seals,
 * attachments), the header (文号, title) — and claims the documents correct (a use of the fund, a township, whom the
 * court designates, what a designation rests on). Real index over the built-in documents; the wordings are none of
 * the evaluation files'.
 */
class HeaderAndClaimLeadsIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void sealsAreQuotedFromTheClosingBlock() {
		Answer a = kb.ask("管理人那份13号意见林业局盖章了没有");
		assertThat(a.text()).startsWith("是。").contains("将乐县林业局（印章）");
		Answer names = kb.ask("13号文末尾那几个印章分别是哪家的");
		assertThat(names.text()).startsWith("将法〔2024〕13号落款处盖有5枚印章")
			.contains("将乐县金森碳汇科技有限公司（印章）");
		assertThat(names.citations()).extracting(Citation::clauseId).contains("落款");
	}

	@Test
	void attachmentsAreListed() {
		Answer a = kb.ask("13号意见后面附了些啥文件");
		assertThat(a.text()).startsWith("将法〔2024〕13号附有2份文件：")
			.contains("附件：《关于建立“生态司法＋碳汇”工作机制的意见》");
		// 刑事附带民事 is no attachment
		assertThat(kb.ask("刑事附带民事公益诉讼的赔偿金能买碳汇吗").text()).doesNotContain("附有");
	}

	@Test
	void theClosingBlockStaysOutOfOtherAnswers() {
		assertThat(kb.search("法院检察院公安林业局金森一起做什么").hits())
			.noneMatch(h -> "落款".equals(h.clauseId()));
		assertThat(kb.search("管理人意见落款的印章").hits()).anyMatch(h -> "落款".equals(h.clauseId()));
	}

	@Test
	void aGivenDocumentNumberIsConfirmedOrCorrected() {
		assertThat(kb.ask("万全乡那个框架协议是2024年4号文对吧").text()).startsWith("是。").contains("将法〔2024〕4号");
		assertThat(kb.ask("生态修复管理人那个实施意见文号是不是2024年第15号").text()).startsWith("不是。")
			.contains("将法〔2024〕13号");
		assertThat(kb.ask("13号文的完整文号报一下").text()).contains("的文号是将法〔2024〕13号");
		// a year and a number in a question about something else is no claimed 文号
		assertThat(kb.ask("2021年的机制和2024年13号文比，金森公司多了什么角色").text()).doesNotStartWith("不是。");
	}

	@Test
	void aDocumentsTitleIsGiven() {
		assertThat(kb.ask("17号文件的全称是啥").text()).startsWith("将法〔2021〕17号的标题是《关于建立“生态司法＋碳汇”工作机制的意见》。");
		assertThat(kb.ask("矿山那个协议标题叫什么").text()).contains("《将乐县万全乡矿山生态修复管理人协作框架协议》");
		// the name of a project mentioned in a document is not the document's title
		assertThat(kb.ask("文件里提到的碳汇项目名称有哪些").text()).doesNotContain("的标题是");
	}

	@Test
	void aClaimedUseOfTheFundIsSettled() {
		Answer a = kb.ask("有人讲碳汇基金的钱拿去给单位买车了，是真的吗");
		assertThat(a.text()).startsWith("不是这样。").contains("用途应与乡村振兴、精准扶贫等工作相挂钩");
		assertThat(a.notCovered()).isFalse();
		assertThat(kb.ask("听说基金的钱拿来发加班费，对吧").text()).startsWith("不是这样。");
		// asked plainly, a use the documents do not name stays not covered, as does lending
		assertThat(kb.ask("基金的钱可以拿来发加班费吗").notCovered()).isTrue();
		assertThat(kb.ask("碳汇基金的钱能借给合作社周转吗").notCovered()).isTrue();
		assertThat(kb.ask("碳汇基金能不能拿去帮贫困户脱贫").text()).startsWith("可以，这在文件规定的用途之内。");
		// how much, or how to apply, is no claimed use
		assertThat(kb.ask("碳汇基金一年拿多少钱帮扶贫困户").text()).doesNotStartWith("不能").doesNotStartWith("可以");
	}

	@Test
	void aPlacesTownshipIsReadFromTheText() {
		assertThat(kb.ask("竹舟村应该是白莲镇的吧").text()).startsWith("不是。竹舟村属于将乐县万全乡");
		assertThat(kb.ask("竹舟村归哪个乡管").text()).startsWith("竹舟村属于将乐县万全乡");
	}

	@Test
	void whomTheCourtDesignatesIsTheManager() {
		assertThat(kb.ask("滥伐林木的案子，法院会指定哪家来做生态修复管理人").text())
			.startsWith("认购碳汇替代修复的生态修复管理人是福建金森碳汇科技有限公司。");
		assertThat(kb.ask("矿山修复的管理人是乡政府选的还是法院选的").text()).startsWith("由县人民法院指定。");
	}

	@Test
	void whatADesignationRestsOnIsTheTitleItCites() {
		Answer a = kb.ask("指定竹舟村做管理人，依托的是哪个协议");
		assertThat(a.text()).startsWith("文件写明，依托（依据）的是《将乐县万全乡矿山生态修复管理人协作框架协议》。");
		assertThat(a.notCovered()).isFalse();
		// a basis asked with a clause number is a clause, not a title
		assertThat(kb.ask("基金管委会是按哪个文件哪一条成立的").text()).doesNotStartWith("文件写明，依托");
	}

	@Test
	void aClaimedPurposeIsAnsweredWithTheOpening() {
		assertThat(kb.ask("碳汇工作机制的意见其实是为了给法院增加收入吧").text()).contains("为控制温室气体排放");
	}

	@Test
	void neitherPathIsImposed() {
		Answer carbon = kb.ask("人家说被告都得认购碳汇，不认购就重判，是这样吗");
		assertThat(carbon.text()).startsWith("不是强制的。文件规定的是鼓励和引导当事人自愿认购碳汇。文件也没有规定不认购就从重处罚。")
			.contains("以自愿认购碳汇的形式进行替代性修复");
		assertThat(carbon.notCovered()).isFalse();
		assertThat(kb.ask("劳役代偿是法院强制安排的吧").text()).startsWith("不是强制的。劳役代偿要经当事人申请。")
			.contains("经当事人申请通过“劳役代偿”方式");
		// where the work is done is asked, not whether
		assertThat(kb.ask("劳役代偿的人一定得去补偿林干活吗").text()).doesNotStartWith("不是强制的");
		// asked plainly, a harsher sentence for not buying stays not covered
		assertThat(kb.ask("没买碳汇的被告会不会判得更重").notCovered()).isTrue();
	}

	@Test
	void whatANumberedDocumentIsAndWhenItsNumberWasGiven() {
		assertThat(kb.ask("将法〔2024〕13号是啥文件").text()).startsWith("将法〔2024〕13号是《关于建立“生态司法+碳汇”生态修复管理人工作机制的实施意见》。");
		assertThat(kb.ask("17号文是哪一年印发的").text()).startsWith("将法〔2021〕17号的文号年份是2021年；文件没有写明具体的发文日期。");
		// how long a document holds is not its year
		assertThat(kb.ask("4号协议的有效期到哪一年").text()).doesNotContain("文号年份");
		assertThat(kb.ask("这几份文件分别叫什么名字").text()).startsWith("3份文件是：");
	}

	@Test
	void issuersAskedInEverydayWords() {
		assertThat(kb.ask("林业局在管理人那份意见上盖过章没").text()).startsWith("是。");
		assertThat(kb.ask("签矿山框架协议的单位里头有村委会吗").text()).startsWith("不是。");
		assertThat(kb.ask("13号意见检察院也是其中一家吧").text()).startsWith("是。");
	}

	@Test
	void rolesClaimedInEverydayWords() {
		assertThat(kb.ask("司法碳达那条路，真正动手搞修复的是法院吧").text())
			.startsWith("不是。认购碳汇替代修复由福建金森碳汇科技有限公司作为生态修复管理人和实际实施人");
		assertThat(kb.ask("专家陪审员是金森公司自己选的对吧").text()).startsWith("不是。");
		assertThat(kb.ask("吴地矿山验收是资源局主持的吧").text()).startsWith("不是。矿山修复成果的验收由县人民法院组织");
		assertThat(kb.ask("村委会修好了自己验收就行了吧").text()).startsWith("不是。");
		assertThat(kb.ask("劳役代偿不需要本人申请，法院直接分配对吧").text()).startsWith("不是强制的。劳役代偿要经当事人申请。");
	}

	@Test
	void theFundsOwnRuleIsConfirmedAndAnUnclearUseGetsNoVerdict() {
		assertThat(kb.ask("基金是专款专用的吧").text()).startsWith("是。");
		assertThat(kb.ask("基金是拿来修复生态用的吧").text()).startsWith("文件规定碳汇基金专款专用，用途如下：");
	}

	@Test
	void theMinesMoneyGoesToTheSpecialAccount() {
		Answer a = kb.ask("矿山修复款拨下来就放村里原来的账户里吧");
		assertThat(a.text()).startsWith("不是。矿山修复资金进专项账户").contains("获得批准后申请的款项拨至专项账户");
		assertThat(a.notCovered()).isFalse();
		assertThat(kb.ask("矿山修复的钱是打进专项账户的吗").text()).startsWith("是。");
		assertThat(kb.ask("吴地矿山修没修好是村委会一家说了算吧").text()).startsWith("不是。矿山修复成果的验收由县人民法院组织");
	}

	@Test
	void anArbitraryPriceIsNoGap() {
		Answer a = kb.ask("听说认购碳汇想出多少钱就出多少，随便给点就行？");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).contains("按照碳汇交易指导价格认购碳汇");
	}

}
