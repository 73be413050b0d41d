package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The tenth round on issue 11, not-stated pass: what the documents never give — a person's name however the question
 * reaches it, who did a damage, an address finer than a village, where a fund's money comes from, a bare 多少 about a
 * sum of money, a deadline, an act done for the public on a part whose clauses never speak of it — is said as not
 * covered; while a word the clause spells out (公交 for 公共交通) and anyone's attendance (请哪些人到场) stay answered.
 * Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class NotStatedTenthRoundIntegrationTests extends BuiltInKnowledgeBase {

	@Nested
	class PersonsTheDocumentsNeverName {

		@Test
		void aPersonAskedAfterAFewWordsIsStillAskedByName() {
			assertNotStated("竹舟村那边对接法院的专人具体是谁啊", "专人");
			assertNotStated("碳汇联络组派的联络员现在是谁", "联络员");
			// a space typed before the name or number asked after is gone from the normalised question
			assertNotStated("村里对接法院的专人是谁 手机多少", "专人");
			// a post the documents fill by office, and a body, are answered
			assertAnswered("碳汇基金管委会主任是谁", "院长");
			assertAnswered("矿山修复管理人是谁", "竹舟");
		}

		@Test
		void theNamesOfTheStaffOfABodyAreNotGiven() {
			assertNotStated("生态修复办公室那几个工作人员的名单有吗", "工作人员");
			assertNotStated("生态修复办公室那几个工作人员叫什么名字", "具体人选");
			assertAnswered("修复办公室几个人", "1名");
		}

		@Test
		void aPartysNameIsNotGiven() {
			assertNotStated("吴地矿山那个案子的被告叫啥", "被告是谁");
			assertThat(UnstatedHolders.gap("那个矿山老板叫啥", java.util.List.of("矿山修复"))).isPresent();
			// who does something to a party is asked, not the party's name
			assertAnswered("劳役代偿的被告人是谁来管", "劳役代偿");
			assertThat(UnstatedHolders.gap("劳役代偿的被告人是谁来管", java.util.List.of("劳役代偿"))).isEmpty();
		}

		@Test
		void whoDidADamageIsNotSaid() {
			assertNotStated("吴地矿山是谁挖成这样的", "是谁挖");
			assertNotStated("那片林子当初是哪家公司砍的", "是谁砍");
			assertNotStated("矿山是什么人开采破坏的", "是谁");
			// who proposes the carbon path is stated
			assertAnswered("是谁建议被告去买碳汇的", "检察院");
		}

	}

	@Nested
	class PlacesMoneyAndDeadlines {

		@Test
		void anAddressFinerThanAVillageIsNotGiven() {
			assertNotStated("碳汇教育基地在常口村哪条路上", "具体地址");
			assertNotStated("金森公司的办公地点在哪条街上", "地址");
		}

		@Test
		void whereAFundsMoneyComesFromIsNotSaid() {
			assertNotStated("碳汇基金里的钱打哪儿来", "从哪里来");
			assertNotStated("碳汇基金的钱都是从哪来的", "从哪里来");
			assertNotStated("修矿山的经费是从哪里出的", "从哪里来");
			assertNotStated("基金里的钱最初是谁投的", "由谁承担");
		}

		@Test
		void aBareHowMuchAfterASpaceCountsTheMoneyTheMessageIsAbout() {
			assertThat(AskedFor.of("复绿保证金怎么交 一般要多少").kind()).isEqualTo(AskedFor.Kind.AMOUNT);
			assertNotStated("复绿保证金怎么交 一般要多少", "具体金额");
			assertNotStated("生态修复赔偿金大概要交多少", "具体金额");
			// a phrase after a space that only narrows the question leaves it as read
			assertThat(AskedFor.of("基金管委会多久开一次会 每月？").kind()).isEqualTo(AskedFor.Kind.FREQUENCY);
			assertThat(AskedFor.of("劳役代偿在哪干 要干多久").kind()).isEqualTo(AskedFor.Kind.DURATION);
		}

		@Test
		void aDeadlineForAStepIsNotSet() {
			assertNotStated("碳汇要在判决前买完吗", "期限");
			assertNotStated("劳役代偿必须在一审前干完吗", "期限");
			// what is done before a stage the documents name is answered
			assertAnswered("管理人在开工前要完成哪些工作", "开工前");
		}

	}

	@Nested
	class ActsAndWordsOfTheClauses {

		@Test
		void anActForThePublicOnAPartWhoseClausesNeverSayItIsOpen() {
			assertNotStated("碳汇基金的收支会对社会公开吗", "公开");
			// the mine's clauses do provide for the public's oversight
			assertAnswered("修复进展会对外通报吗", "社会公众");
		}

		@Test
		void whetherAThingIsAmongThoseNamedIsAnsweredByTheList() {
			assertThat(UnstatedPredicates.yesNoSlot("非法捕鸟的案子包不包括在内")).isEmpty();
			assertAnswered("非法捕鸟的案子包不包括在内", "非法狩猎罪");
		}

		@Test
		void whetherAThingHoldsAfterASupposedEventAsksWhatFollowsTheEvent() {
			assertNotStated("金森公司要是倒闭了 碳汇积分还认不认", "倒闭了");
			// the path's own steps are no such event
			assertAnswered("如果被告人认购了碳汇，能从轻吗", "从轻");
			assertThat(kb.ask("要是被告人被判了缓刑，还能买碳汇吗").text()).doesNotContain("被判了”的情形");
			// a negated condition is a state the clauses name in their own words (经济困难)
			assertAnswered("如果家里穷得揭不开锅了，还能申请劳役代偿吗", "经济困难");
			assertThat(kb.ask("要是劳役干完了还能领证明吗").text()).doesNotContain("干完了");
		}

		@Test
		void beingFreeIsAMatterOfCharging() {
			assertNotStated("去教育基地参观是免费的吗", "收费");
			assertNotStated("教育基地对外是收费开放的吗", "收费");
		}

		@Test
		void aWordTheClauseSpellsOutIsNamedByIt() {
			assertThat(Answerability.abbreviates("公交", "带头在生活中优先选乘公共交通工具")).isTrue();
			assertThat(Answerability.abbreviates("环评", "环境影响评价")).isFalse();
			assertThat(Answerability.abbreviates("公交", "公交")).isFalse();
			assertAnswered("志愿者是不是要带头坐公交", "公共交通");
		}

		@Test
		void anyonesAttendanceIsNoMatterOfDoingItInPerson() {
			assertAnswered("验收那天法院会请哪些人到场", "人大代表");
			assertNotStated("认购碳汇必须本人到场吗", "办理方式");
		}

	}

}
