package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The sixth round on issue 11: on-topic questions whose very predicate or condition the documents never speak of are
 * answered 「文件没有……」 with the closest clause and marked not covered, while questions the clauses answer in other
 * words stay answered. Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class UnstatedMattersIntegrationTests extends BuiltInKnowledgeBase {

	@Nested
	class YesNoPredicates {

		@Test
		void aPredicateNoDocumentUsesIsNotStated() {
			assertNotStated("碳汇认购以后撤诉了，款子退得回来吗", "退");
			assertNotStated("认购碳汇的钱到时候退不退给我", "退给我");
			assertNotStated("法院撤换管理人之前要不要先搞听证", "听证");
			assertNotStated("干劳役是不是每天朝八晚六", "朝八晚六");
		}

		@Test
		void theSlotIsReadFromTheAnotAForm() {
			assertThat(UnstatedPredicates.yesNoSlot("钱退不退")).contains("退");
			assertThat(UnstatedPredicates.yesNoSlot("要不要先搞听证")).contains("搞听证");
			assertThat(UnstatedPredicates.yesNoSlot("有起购门槛没")).contains("起购门槛");
			assertThat(UnstatedPredicates.yesNoSlot("钱退得回来不")).contains("退");
			// a wh-word in the slot makes it a wh-question, not a yes/no one
			assertThat(UnstatedPredicates.yesNoSlot("是不是什么人都能买")).isEmpty();
		}

		@Test
		void predicatesTheClausesStateInOtherWordsStayAnswered() {
			assertAnswered("法院能不能撤换不尽责的管理人", "解除代管关系");
			assertAnswered("基金的钱能不能挪去别的用途", "专款专用");
			assertAnswered("认购碳汇算不算替代修复", "替代性修复");
			assertAnswered("专家陪审员能不能参与审查修复方案", "审查生态环境修复或替代修复方案");
		}

	}

	@Nested
	class FailureConditions {

		@Test
		void aFailureTheClausesNeverNameIsNotStated() {
			assertNotStated("劳役代偿的人干了几天就不来了，怎么处理", "不来");
			assertNotStated("自然资源局的建议管理人不听怎么办", "不听");
			assertNotStated("劳役干了一半就不想干了会咋样", "中途离开");
		}

		@Test
		void refusingWhatTheClausesNameIsAFailureTheyDoNotProvideFor() {
			assertNotStated("没钱赔又不愿意去干劳役会怎么样", "不愿意");
		}

		@Test
		void anEventTheClausesNeverNameIsNotStated() {
			assertNotStated("金森公司要是倒闭了，碳汇怎么处理", "倒闭了");
		}

		@Test
		void failuresTheClausesProvideForStayAnswered() {
			assertAnswered("碳汇纠纷调解谈不成，法院怎么办", "当判则判");
			assertAnswered("村委会当管理人不好好干怎么办", "解除代管关系");
			// a problem of any kind is what 发表技术意见、及时予以修正 speaks to
			assertAnswered("资规局发现修复措施不对怎么办", "及时予以修正");
			// 起了纠纷 is not an event ending the condition
			assertAnswered("那个碳汇项目跟人起了纠纷闹上法院，法院会怎么处理", "绿色诉讼通道");
		}

	}

	@Nested
	class PracticalMatters {

		@Test
		void routesTemplatesVotesConversionsSpeciesAndOfficeSeatsAreNotStated() {
			assertNotStated("琵琶丘补偿林离县城多远", "路程");
			assertNotStated("碳汇证明书有没有统一格式", "文书格式");
			assertNotStated("基金管委会审核要几票才通过", "表决规则");
			assertNotStated("碳汇积分按什么比例折成吨", "换算方法");
			assertNotStated("吴地矿山补种的是什么树", "树种");
			assertNotStated("生态修复工作办公室设在哪个单位", "办公室地点");
			assertNotStated("劳役期间食宿谁管", "住宿");
			assertNotStated("家属能不能替当事人去认购碳汇", "代他人办理");
		}

		@Test
		void toolsFeesAndSuccessorsAreNotStated() {
			assertNotStated("劳役代偿的工具谁来出", "劳动工具");
			assertNotStated("金森公司核销碳汇要交费吗", "收费");
			assertNotStated("管理人被撤了以后谁来接手", "接替的管理人");
		}

		@Test
		void whoSaidItIsNotWhatIsAsked() {
			// 律师 is a matter left to practice, but here it only names who spoke
			assertAnswered("听律师讲有个司法碳达模式，具体指什么", "深度融合");
			assertNotStated("认购碳汇以后罚金是不是另算", "罚款");
		}

		@Test
		void anAreaNeedsANumberOfMuOrHectares() {
			assertThat(AskedFor.statesQuantity("吴地矿山有多大面积", "办公室由各部门指派1名工作人员组成")).isFalse();
			assertThat(AskedFor.statesQuantity("吴地矿山有多大面积", "修复面积30亩")).isTrue();
			assertNotStated("吴地矿山有多大面积", "具体数量");
		}

		@Test
		void anAmountForATenderThresholdIsNotStated() {
			assertThat(AskedFor.of("修复工程多少金额以上要招标").kind()).isEqualTo(AskedFor.Kind.AMOUNT);
			Answer a = kb.ask("修复工程多少金额以上要招标");
			assertThat(a.notCovered()).isTrue();
			assertThat(a.text()).startsWith("文件没有规定");
		}

		@Test
		void thePriceItFollowsAndTheBodiesListedAreStated() {
			assertThat(AskedFor.of("碳汇照啥价格认购").kind()).isEqualTo(AskedFor.Kind.OTHER);
			assertAnswered("碳汇按啥价格认购", "碳汇交易指导价格");
			assertAnswered("志愿者团队是几家单位组建的", "联合组建");
		}

	}

	@Nested
	class WhoMadeIt {

		@Test
		void whoSetsOrIssuesAThingTheClausesOnlyNameIsNotStated() {
			assertNotStated("碳汇交易指导价格是哪个部门核定的", "由谁核定");
			assertNotStated("碳汇指导价由谁来确定", "由谁确定");
		}

		@Test
		void theHolderOfAPostIsNotStatedButThePostFillingAChairIs() {
			assertNotStated("金森公司的法人是谁", "法人的具体人选");
			assertNotStated("基金管委会的廉政监督员是谁", "廉政监督员的具体人选");
			assertAnswered("基金管委会主任是谁", "县法院院长为主任");
		}

		@Test
		void whoMakesAPlanOrApprovesMoneyIsStated() {
			assertAnswered("劳役代偿的修复方案由谁来制定", "制定具体的生态修复方案");
			assertAnswered("管理人申请修复资金由谁来审批", "审批");
		}

	}

	@Nested
	class OutcomesThatHappened {

		@Test
		void anOutcomeNamedAsWhatHappenedIsNotWhatIsAsked() {
			assertAnswered("偷排废水被起诉的企业能认购碳汇吗", "污染环境罪");
			assertAnswered("砍了几棵杉树被起诉了，还能走认购碳汇这条路不", "认购碳汇");
			assertThat(AskedFor.of("砍了几棵杉树被起诉了，还能走认购碳汇这条路不").outcomes()).isEmpty();
		}

		@Test
		void aPassiveAfterAModalAsksWhetherItWillHappen() {
			assertThat(AskedFor.of("不买碳汇的话会不会被判得更重").outcomes()).containsExactly("从重处罚");
			assertThat(AskedFor.of("已经被判刑的人还能认购碳汇吗").outcomes()).isEmpty();
		}

		@Test
		void aRoughAmountInAYesNoQuestionIsStillAnAmount() {
			assertThat(AskedFor.of("矿山修复的预算是几十万吗").kind()).isEqualTo(AskedFor.Kind.AMOUNT);
		}

		@Test
		void anEffectOnTheSentenceIsLenienceNotAnOutcome() {
			assertThat(AskedFor.of("碳汇买得多对判刑有没有影响").outcomes()).isEmpty();
			assertAnswered("碳汇买得多对判刑有没有影响", "酌情从轻");
		}

		@Test
		void atSentencingIsLenienceNotAnOutcome() {
			assertThat(AskedFor.of("买过碳汇的，法院判刑时会不会考虑").outcomes()).isEmpty();
			assertAnswered("买过碳汇的，法院判刑时会不会考虑", "酌情从轻");
		}

		@Test
		void aClauseEndingInANegationAsksAndTheCountBeforeItDoesNot() {
			assertThat(AskedFor.askingClause("砍了几棵杉树被起诉了，还能走认购碳汇这条路不")).isEqualTo("还能走认购碳汇这条路不");
			assertThat(AskedFor.of("砍了几棵杉树被起诉了，还能走认购碳汇这条路不").kind()).isEqualTo(AskedFor.Kind.OTHER);
		}

	}

	/**
	 * Second not-stated pass: the noun a question asks for, both alternatives of 「A还是B」, and the act of a yes/no slot
	 * read without the bodies it names are checked against the relevant clauses.
	 */
	@Nested
	class AskedNounsAndAlternatives {

		@Test
		void aNounTheClausesNeverNameIsNotStated() {
			assertNotStated("做劳役代偿之前得交哪些证件材料", "材料");
			assertNotStated("矿山复绿要撒哪种化肥", "化肥");
			assertNotStated("补植的树苗用哪个苗圃的", "苗圃");
		}

		@Test
		void theNounIsReadAfterTheQuestionWordAndItsMeasureWord() {
			assertThat(AskedObjects.askedNoun("要准备哪些证件材料")).contains("证件材料");
			assertThat(AskedObjects.askedNoun("是哪个包工头在干")).contains("包工头");
			// places, numbers, one-character and generic heads ask for no noun of their own
			assertThat(AskedObjects.askedNoun("劳役代偿去哪里干")).isEmpty();
			assertThat(AskedObjects.askedNoun("有哪两种路子")).isEmpty();
			assertThat(AskedObjects.askedNoun("能交哪些钱")).isEmpty();
			assertThat(AskedObjects.askedNoun("要满足什么条件")).isEmpty();
			assertThat(AskedObjects.askedNoun("往哪个方向推")).isEmpty();
		}

		@Test
		void nounsTheClausesNameInTheirOwnWordsStayAnswered() {
			assertAnswered("管理人申领修复款得交哪些材料", "费用发票");
			assertAnswered("专家陪审员是哪些单位推荐的", "推荐林业碳汇专家");
			assertAnswered("基金管委会的委员是哪几位", "廉政监督员");
		}

		@Test
		void alternativesNeitherOfWhichTheClausesNameAreNotStated() {
			assertNotStated("村委会搞修复工程的招标，用公开招标还是邀请招标呢", "邀请");
		}

		@Test
		void alternativesTheClausesNameStayAnswered() {
			assertAnswered("碳汇纠纷是先调解还是直接判", "调解");
			assertAnswered("认购碳汇是被告人自愿还是强制的", "自愿认购");
			assertAnswered("金森核销碳汇是找林业局还是找生态环境局", "向林业局进行碳汇核销");
		}

		@Test
		void aSlotNamingABodyIsReadForTheActAndBookkeepingIsNotStated() {
			assertNotStated("村委会换了联络人要不要报乡政府备案", "备案");
			assertNotStated("损失费具体是怎么计算出来的", "计算方法");
			assertAnswered("法院能不能去修复区域现场看", "勘察");
			assertAnswered("砍了几棵杉树被起诉了，还能走认购碳汇这条路不", "认购碳汇");
		}

		@Test
		void aModalClosedByAParticleAsksAboutItsAct() {
			assertThat(UnstatedPredicates.yesNoSlot("法院必须采纳吗")).contains("采纳");
			assertThat(UnstatedPredicates.yesNoSlot("可以请病假吗")).contains("请病假");
			// a place pointed at, a degree or a wh-word is no act
			assertThat(UnstatedPredicates.yesNoSlot("只能在那吗")).isEmpty();
			assertThat(UnstatedPredicates.yesNoSlot("会拖很久吗")).isEmpty();
			assertThat(UnstatedPredicates.yesNoSlot("在委员会里算什么")).isEmpty();
			assertNotStated("复绿保证金以后会返还给被告人吗", "返还");
			assertAnswered("买了碳汇的人可以领证明书吗", "证明书");
			assertAnswered("法院会通报修复进展吗", "通报修复进展");
		}

		@Test
		void aLongerActIsTiedToTheClausesByItsLastCharacters() {
			// 请 is in 申请, but nothing in the clauses is a leave
			assertNotStated("劳役代偿干活那段时间可以请婚假吗", "请婚假");
			// a degree or a bare head after the act is read off first
			assertAnswered("买了碳汇量刑上能照顾点吗", "酌情从轻");
		}

	}

}
