package cn.jiangle.ecojustice.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jiangle.ecojustice.knowledge.ingest.OfficialDocumentSplitter.ParsedDocument;

class OfficialDocumentSplitterTests {

	private final OfficialDocumentSplitter splitter = new OfficialDocumentSplitter();

	@Test
	void readsHeaderOfTheMechanismOpinionsAnnex() {
		ParsedDocument doc = single("jiangle-2021-17-judicial-carbon-sink-opinions.txt");
		assertThat(doc.doc()).isEqualTo("将法〔2021〕17号");
		assertThat(doc.title()).isEqualTo("关于建立“生态司法＋碳汇”工作机制的意见");
		assertThat(doc.annex()).isEqualTo("附件1");
		assertThat(doc.issuers()).isEmpty();
	}

	@Test
	void joinsTitleBrokenOverTwoLinesAndIssuersWithSpacedCharacters() {
		ParsedDocument doc = single("jiangle-2024-13-ecological-restoration-manager-opinions.txt");
		assertThat(doc.doc()).isEqualTo("将法〔2024〕13号");
		assertThat(doc.title()).isEqualTo("关于建立“生态司法+碳汇”生态修复管理人工作机制的实施意见");
		assertThat(doc.issuers()).containsExactly("将乐县人民法院", "将乐县人民检察院", "将乐县公安局", "将乐县林业局",
				"福建金森碳汇科技有限公司");
		assertThat(doc.annex()).isEmpty();
	}

	@Test
	void numberedItemsUnderChineseNumeralSections() {
		Map<String, Chunk> chunks = byClause(single("jiangle-2021-17-judicial-carbon-sink-opinions.txt"));
		assertThat(chunks.get("二.5").sectionPath()).containsExactly("二、工作机制", "5.规范碳汇认购程序");
		assertThat(chunks.get("二.5").section()).isEqualTo("二、工作机制 > 5.规范碳汇认购程序");
		assertThat(chunks.get("二.5").citationLabel()).isEqualTo("【将法〔2021〕17号 二、工作机制 5.规范碳汇认购程序】");
		assertThat(chunks.get("三.1").sectionPath()).containsExactly("三、广泛宣传", "1.组建“碳中和”志愿者服务团队");
		assertThat(chunks.get("一").sectionPath()).containsExactly("一、目的意义");
		assertThat(chunks.get("引言").text()).startsWith("为控制温室气体排放");
	}

	@Test
	void enumerationsAndTheIrregularThirdSection() {
		Map<String, Chunk> chunks = byClause(single("jiangle-2024-13-ecological-restoration-manager-opinions.txt"));
		assertThat(chunks.get("二.一是").sectionPath()).containsExactly("二、工作方案", "一是当事人经济困难");
		assertThat(chunks.get("二.二是").sectionPath()).containsExactly("二、工作方案", "二是当事人经济允许");
		// 「3、 工作效果」 follows 二、 and its 一是/二是: it is the third top-level section, not a child of 二是
		assertThat(chunks.get("3").sectionPath()).containsExactly("3、工作效果");
		assertThat(chunks.get("一").sectionPath()).containsExactly("一、工作目标");
		assertThat(chunks.keySet()).doesNotContain("二.二是.3");
	}

	@Test
	void parenthesisedNumeralsAndInlineItemsOfTheMineAgreement() {
		Map<String, Chunk> chunks = byClause(single("jiangle-2024-4-wanquan-mine-restoration-agreement.txt"));
		assertThat(chunks.get("四.(一).1").sectionPath()).containsExactly("四、主体职责", "（一）将乐法院具体职责",
				"1.指定和撤销生态修复管理人");
		assertThat(chunks.get("四.(二).3").sectionPath()).containsExactly("四、主体职责", "（二）自然资源局具体职责",
				"3.协助完成生态修复成果的验收");
		// （1）…（4） run inline in one paragraph and become one chunk each
		assertThat(chunks.get("四.(三).1.(1)").sectionPath()).containsExactly("四、主体职责",
				"（三）万全乡人民政府、万全乡竹舟村委会具体职责", "1.生态环境修复事务性管理", "（1）招标管理工作");
		assertThat(chunks.get("四.(三).1.(4)").text()).startsWith("（4）专项财务管理").contains("设立专项账户");
		assertThat(chunks.get("四.(三).1.(4)").sectionPath().get(3)).isEqualTo("（4）专项财务管理");
	}

	@Test
	void bareHeadingsOpenTheTextOfTheirFirstItem() {
		Map<String, Chunk> chunks = byClause(single("jiangle-2024-4-wanquan-mine-restoration-agreement.txt"));
		assertThat(chunks.get("四.(二).1").text()).startsWith("（二）自然资源局具体职责：\n1.协助生态修复管理人做好前期工作。");
		assertThat(chunks.get("四.(二).2").text()).startsWith("2.落实好生态修复项目实施管理");
	}

	@Test
	void signaturesAndTheAttachmentListFormTheClosingBlockOnly() {
		List<Chunk> chunks = single("jiangle-2024-13-ecological-restoration-manager-opinions.txt").chunks();
		assertThat(chunks.stream().filter(c -> !c.closing())).noneMatch(c -> c.text().contains("印章"))
			.noneMatch(c -> c.text().contains("附件："));
		Chunk closing = chunks.get(chunks.size() - 1);
		assertThat(closing.closing()).isTrue();
		assertThat(closing.sectionPath()).containsExactly("落款");
		// line by line: seals side by side stay on their own lines
		assertThat(closing.text().split("\n")).contains("将乐县金森碳汇科技有限公司（印章）",
				"附件：《关于建立“生态司法＋碳汇”工作机制的意见》");
		assertThat(chunks).filteredOn(Chunk::closing).hasSize(1);
		// a document without seals or attachments has no closing block
		assertThat(single("jiangle-2024-4-wanquan-mine-restoration-agreement.txt").chunks()).noneMatch(Chunk::closing);
	}

	@Test
	void offsetsPointAtTheChunkInTheSourceText() throws IOException {
		String text = corpus("jiangle-2024-4-wanquan-mine-restoration-agreement.txt");
		for (Chunk c : single("jiangle-2024-4-wanquan-mine-restoration-agreement.txt").chunks()) {
			assertThat(OfficialDocumentSplitter.readable(text.substring(c.start(), c.end()))).isEqualTo(c.text());
		}
	}

	@Test
	void combinedFileSplitsIntoTheSameThreeDocuments() throws IOException {
		String combined = resource("fixtures/jiangle-2024-13-with-annexes-combined.txt");
		List<ParsedDocument> docs = splitter.split("combined.txt", combined);
		assertThat(docs).extracting(ParsedDocument::doc)
			.containsExactly("将法〔2024〕13号", "将法〔2021〕17号", "将法〔2024〕4号");
		assertThat(docs).extracting(ParsedDocument::annex).containsExactly("", "附件1", "附件2");
		List<ParsedDocument> separate = List.of(single("jiangle-2024-13-ecological-restoration-manager-opinions.txt"),
				single("jiangle-2021-17-judicial-carbon-sink-opinions.txt"),
				single("jiangle-2024-4-wanquan-mine-restoration-agreement.txt"));
		for (int i = 0; i < 3; i++) {
			assertThat(docs.get(i).title()).isEqualTo(separate.get(i).title());
			assertThat(docs.get(i).chunks()).extracting(Chunk::text)
				.containsExactlyElementsOf(separate.get(i).chunks().stream().map(Chunk::text).toList());
			assertThat(docs.get(i).chunks()).extracting(Chunk::sectionPath)
				.containsExactlyElementsOf(separate.get(i).chunks().stream().map(Chunk::sectionPath).toList());
		}
	}

	@Test
	void articlesChaptersCircledNumbersAndInlineEnumerations() {
		String text = """
				测试局

				测〔2030〕8号

				测试管理办法

				第一章 总则
				第一条 为了规范管理，制定本办法。
				第二条 本办法适用于下列事项：①登记备案；②资金拨付。
				第二章 职责
				第三条 各单位应当加强协作。一是明确分工，落实责任；二是定期会商，通报情况。
				""";
		List<ParsedDocument> docs = splitter.split("rules.md", text);
		assertThat(docs).hasSize(1);
		Map<String, Chunk> chunks = byClause(docs.get(0));
		assertThat(docs.get(0).doc()).isEqualTo("测〔2030〕8号");
		assertThat(docs.get(0).title()).isEqualTo("测试管理办法");
		assertThat(chunks.get("第一章.第一条").sectionPath()).containsExactly("第一章总则", "第一条");
		assertThat(chunks.get("第一章.第二条.①").sectionPath()).containsExactly("第一章总则", "第二条", "①登记备案");
		assertThat(chunks.get("第一章.第二条.②").text()).isEqualTo("②资金拨付。");
		assertThat(chunks.get("第二章.第三条.一是").text()).isEqualTo("一是明确分工，落实责任；");
		assertThat(chunks.get("第二章.第三条.二是").sectionPath()).containsExactly("第二章职责", "第三条", "二是定期会商");
	}

	@Test
	void longUnitsAreSplitAtSentenceEnds() {
		StringBuilder body = new StringBuilder("一、长条款\n");
		for (int i = 0; i < 12; i++) {
			body.append("第").append(i).append("句话说明生态修复管理人应当按照程序申请修复资金并接受监督；");
		}
		List<Chunk> chunks = new OfficialDocumentSplitter(100).split("long.txt", "长文件\n\n" + body).get(0).chunks();
		assertThat(chunks).hasSizeGreaterThan(2);
		assertThat(chunks).allSatisfy(c -> {
			assertThat(c.text()).endsWith("；");
			assertThat(c.sectionPath()).containsExactly("一、长条款");
		});
		assertThat(chunks).extracting(Chunk::id).doesNotHaveDuplicates();
		assertThat(chunks.get(0).text()).startsWith("一、长条款");
	}

	@Test
	void fullWidthDigitsAndParenthesesAreHeadingsToo() {
		String text = "文件\n\n一、总则\n（一）基本要求\n１．统一管理，专人负责。\n（１）专款专用，不得挪用。\n";
		Map<String, Chunk> chunks = byClause(splitter.split("w.txt", text).get(0));
		assertThat(chunks.get("一.(一).1").sectionPath()).containsExactly("一、总则", "（一）基本要求", "１．统一管理");
		assertThat(chunks.get("一.(一).1.(1)").sectionPath()).endsWith("（１）专款专用");
	}

	private ParsedDocument single(String corpusFile) {
		try {
			List<ParsedDocument> docs = splitter.split(corpusFile, corpus(corpusFile));
			assertThat(docs).hasSize(1);
			return docs.get(0);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private static Map<String, Chunk> byClause(ParsedDocument doc) {
		return doc.chunks().stream().collect(Collectors.toMap(Chunk::clauseId, Function.identity(), (a, b) -> a));
	}

	static String corpus(String name) throws IOException {
		return resource("knowledge/corpus/" + name);
	}

	static String resource(String path) throws IOException {
		try (InputStream in = OfficialDocumentSplitterTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return TextExtractor.normalizeNewlines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

}
