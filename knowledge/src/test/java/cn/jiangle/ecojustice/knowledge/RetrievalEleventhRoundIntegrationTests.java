package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Questions search ranked low in the eleventh answer round (issue 11): where the mine is (在哪个乡, 哪个村), what was
 * dug up (挖坏, 搞烂), who signed or issued a document (谁签的, 一家出的), and a document number typed without its
 * 六角括号 (将法2021 17号). Worded here, not taken from the question sets.
 */
class RetrievalEleventhRoundIntegrationTests extends BuiltInKnowledgeBase {

	private static final String MINE_LOCATED = "将乐县万全乡竹舟村吴地被破坏的矿山山体";

	private static void assertInTop3(String question, String evidence) {
		SearchResult r = kb.search(question, 3);
		assertThat(r.hits().stream().map(Hit::text).toList()).as(question).anyMatch(t -> t.contains(evidence));
	}

	@Test
	void whereTheMineIsIsTheSentenceNamingCountyTownshipAndVillage() {
		for (String q : List.of("被修复的那座矿山位于哪个乡", "要修的矿山位于哪个村", "吴地那个矿在哪里啊", "修复的矿山具体在将乐什么地方",
				"吴地矿山属于哪个乡管")) {
			assertInTop3(q, MINE_LOCATED);
		}
	}

	@Test
	void whatWasDugUpIsWhatTheDocumentsCallDestroyed() {
		for (String q : List.of("被挖坏的那座山是就地修还是换个地方修", "挖烂的矿山是在原地修复吗", "搞坏的那个矿山山体在哪个村",
				"那片被毁掉的矿山是怎么修的", "万全乡被人弄坏的矿山是哪里的")) {
			assertInTop3(q, MINE_LOCATED);
		}
		assertInTop3("把生态搞坏了的人，公安和检察院会引导他们怎么弥补", "对被破坏的生态环境以自愿认购碳汇的形式进行替代性修复");
	}

	@Test
	void whoSignedOrIssuedADocumentIsTheClauseNamingEveryBodyInFull() {
		String agreement = "由将乐县人民法院、将乐县自然资源局、将乐县万全乡人民政府";
		for (String q : List.of("万全乡那份矿山协议是哪几家单位签的", "矿山修复协议的签约方有哪些", "吴地矿山的协议是不是法院单独出的",
				"矿山那个协议谁跟谁签的", "矿山协议是自然资源局一家出的吗")) {
			assertInTop3(q, agreement);
		}
		String opinions = "将乐县人民法院、将乐县人民检察院、将乐县公安局、将乐县林业局";
		for (String q : List.of("管理人那个实施意见是哪几家发的", "管理人实施意见是不是公安局一家出的", "生态修复管理人的实施意见发文单位有哪些")) {
			assertInTop3(q, opinions);
		}
	}

	@Test
	void aDocumentNumberTypedWithoutItsBracketsNamesTheDocument() {
		// the typed number is read as the written one: the same clauses come first as for 将法〔2021〕17号
		for (String q : List.of("将法2021 17号是为了啥", "将法(2021)17号出台的目的是什么", "将法2021年17号想解决什么问题",
				"将法[2021]17号为什么要搞", "〔2021〕17号这个意见图个啥")) {
			String written = q.replaceAll("^将法.{0,1}2021.{0,1}17号|^〔2021〕17号", "将法〔2021〕17号");
			assertThat(kb.search(q, 3).hits().stream().map(Hit::clauseId).toList()).as(q)
				.isEqualTo(kb.search(written, 3).hits().stream().map(Hit::clauseId).toList());
			assertThat(kb.search(q, 3).hits()).as(q).allMatch(h -> h.doc().equals("将法〔2021〕17号"));
		}
		assertInTop3("将法2021 17号是为了啥", "推动恢复性生态司法与林业碳汇工作机制的有效衔接");
		assertInTop3("将法2024 13号为什么要出", "为进一步拓展适用");
	}

}
