package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tenth round on issue 11: facts the documents leave out although they name what the fact is about — the day a
 * document was issued (only the year stands in its 文号), the township of a village named without one — are said as
 * not covered; the year is answered from the 文号. A stated outcome in a long message (「被起诉 家里…」「我现在取保候审」)
 * is no outcome asked, and 「是不是这样」 is no predicate the documents lack. Real index over the built-in documents;
 * the wordings are none of the evaluation files'.
 */
class UnstatedFactsIntegrationTests extends BuiltInKnowledgeBase {

	@Test
	void theDayADocumentWasIssuedIsNotWritten() {
		Answer a = kb.ask("那份万全乡的协议是哪天签署的");
		assertThat(a.notCovered()).isTrue();
		assertThat(a.text()).startsWith("文件没有写明《将乐县万全乡矿山生态修复管理人协作框架协议》（将法〔2024〕4号）")
			.contains("文号只表明它是2024年的文件");
		assertThat(kb.search("17号文具体什么时候印发的").notCovered()).isTrue();
		// a deadline of the mechanism is no issue date of a document
		assertThat(kb.ask("碳汇核销什么时候做").text()).doesNotContain("成文日期");
	}

	@Test
	void theYearOfADocumentIsReadFromItsNumber() {
		Answer a = kb.ask("管理人那份意见是哪一年出台的");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).startsWith("将法〔2024〕13号的文号年份是2024年");
		assertThat(kb.ask("矿山那个协议是22年签的吗").text()).startsWith("不是。将法〔2024〕4号的文号年份是2024年");
		assertThat(kb.ask("碳汇工作机制的意见是2021年发的吧").text()).startsWith("是。");
	}

	@Test
	void aVillageNamedWithoutItsTownshipIsNotPlaced() {
		Answer a = kb.ask("常口村在哪个镇");
		assertThat(a.notCovered()).isTrue();
		assertThat(a.text()).startsWith("文件没有写明常口村属于哪个乡镇。").contains("将乐县常口村被列入全省首个");
		// a village the documents place is still placed
		Answer placed = kb.ask("竹舟村归哪个乡");
		assertThat(placed.notCovered()).isFalse();
		assertThat(placed.text()).startsWith("竹舟村属于将乐县万全乡");
		// a place named after its township only in a long sentence is placed by that sentence
		Answer site = kb.ask("补偿林那个琵琶丘是哪个乡的");
		assertThat(site.notCovered()).isFalse();
		assertThat(site.text()).contains("漠源乡琵琶丘");
	}

	@Test
	void anOutcomeThatHasHappenedIsNotAsked() {
		Answer a = kb.ask("我弟弟砍树被起诉 家里没钱交赔偿金 能不能去干活抵");
		assertThat(a.notCovered()).isFalse();
		assertThat(a.text()).doesNotContain("与不起诉的关系").contains("劳役代偿");
		Answer bail = kb.ask("我现在取保候审 能不能去金森买碳汇");
		assertThat(bail.text()).doesNotContain("取保候审的关系");
		// asked as a question, the outcome still gets its gap
		assertThat(kb.ask("买了碳汇能不能取保候审").notCovered()).isTrue();
	}

	@Test
	void theAskersOwnAccountIsNoPredicate() {
		Answer a = kb.ask("万全乡政府是竹舟村的上级 管着村里 是不是这样");
		assertThat(a.text()).doesNotContain("“这样”").contains("上级行政主管部门");
	}

	@Test
	void aClaimedSumIsNotStated() {
		assertThat(kb.ask("听人讲吴地矿山那边修复一共花了两百多万 是吧").notCovered()).isTrue();
		assertThat(kb.ask("听说矿山修复的钱有一百来万 对不对").notCovered()).isTrue();
		// 一块 as together is no sum
		assertThat(kb.ask("听说我们可以一块去金森公司认购碳汇 是吗").notCovered()).isFalse();
	}

}
