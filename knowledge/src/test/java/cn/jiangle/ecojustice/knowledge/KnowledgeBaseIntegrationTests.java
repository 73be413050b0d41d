package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseIntegrationTests {

	@TempDir
	static Path dir;

	static KnowledgeBase kb;

	@BeforeAll
	static void open() {
		kb = KnowledgeBase.open(KnowledgeProperties.defaults().withIndexDir(dir.resolve("index")));
	}

	@AfterAll
	static void close() {
		kb.close();
	}

	@Test
	void answersWithCitedPassagesOfTheDocuments() {
		Answer a = kb.ask("碳汇认购的流程是什么？");
		assertThat(a.abstained()).isFalse();
		assertThat(a.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
		assertThat(a.text()).startsWith("规范碳汇认购程序。").contains("【将法〔2021〕17号 二、5】");
		assertThat(a.citations().get(0)).satisfies(c -> {
			assertThat(c.doc()).isEqualTo("将法〔2021〕17号");
			assertThat(c.section()).isEqualTo("二、工作机制 > 5.规范碳汇认购程序");
			assertThat(c.clauseId()).isEqualTo("二.5");
			assertThat(c.text()).contains("碳汇认购二维码");
		});
		assertThat(a.citations()).hasSizeBetween(1, 3);
	}

	@Test
	void answersTrimLongClausesToTheirMatchingSentences() {
		Answer a = kb.ask("劳役代偿的基地在哪里？");
		assertThat(a.citations().get(0).text()).contains("漠源乡琵琶丘").doesNotContain("二是当事人经济允许");
		assertThat(a.citations().get(0).text().length()).isLessThan(260);
	}

	@Test
	void refusesWithTheFixedSentenceAndRelatedClauses() {
		Answer a = kb.ask("今天将乐县天气怎么样？");
		assertThat(a.abstained()).isTrue();
		assertThat(a.text()).startsWith(ExtractiveAnswers.REFUSAL).contains("可能相关的条款");
		assertThat(a.citations()).isEmpty();
		assertThat(a.suggestions()).isNotEmpty().allSatisfy(c -> assertThat(a.text()).contains(c.label()));
		assertThat(a.followUp()).isEqualTo(FollowUpContext.NONE);
	}

	@Test
	void sentencingQuestionsCarryTheFixedNotice() {
		Answer sentencing = kb.ask("买了碳汇以后能判轻一点吗？");
		assertThat(sentencing.sentencingNotice()).isTrue();
		assertThat(sentencing.text()).endsWith("以上内容仅供参考，是否从轻处理由人民法院依法裁判");
		Answer other = kb.ask("生态修复工作办公室怎么组成？");
		assertThat(other.sentencingNotice()).isFalse();
		assertThat(other.text()).doesNotContain("依法裁判");
	}

	@Test
	void blankQuestionsGetAClearMessage() {
		Answer a = kb.ask(" \t ");
		assertThat(a.abstained()).isTrue();
		assertThat(a.text()).isEqualTo(ExtractiveAnswers.BLANK);
		SearchResult r = kb.search("", 3);
		assertThat(r.abstained()).isTrue();
		assertThat(r.hits()).isEmpty();
		assertThat(r.message()).contains("请输入");
	}

	@Test
	void overlongQuestionsAreCutToTheDocumentedMaximum() {
		String question = "碳汇认购的流程是什么？" + "啊".repeat(10_000);
		SearchResult r = kb.search(question, 3);
		assertThat(r.truncated()).isTrue();
		assertThat(r.question()).hasSize(KnowledgeProperties.defaults().maxQuestionLength());
		assertThat(r.hits()).isNotEmpty();
	}

	@Test
	void luceneSyntaxIsSearchedAsPlainText() {
		SearchResult r = kb.search("碳汇 AND 认购* \"流程\" ~ : \\ (OR) [a TO b] {", 3);
		assertThat(r.hits()).isNotEmpty();
		assertThat(r.hits().get(0).section()).isEqualTo("二、工作机制 > 5.规范碳汇认购程序");
	}

	@Test
	void searchReturnsSnippetsWithTheMatchesHighlighted() {
		Hit top = kb.search("碳汇认购二维码", 3).hits().get(0);
		assertThat(top.snippet()).contains("**");
		assertThat(top.text()).doesNotContain("**");
		assertThat(top.end()).isGreaterThan(top.start());
	}

	@Test
	void followUpStaysOnTheTopicOfThePreviousQuestion() {
		Answer first = kb.ask("劳役代偿适用于什么情况？");
		assertThat(first.followUp().topicTerms()).contains("劳役代偿");
		Answer followUp = kb.ask("那需要什么材料？", first.followUp());
		assertThat(followUp.abstained()).isFalse();
		assertThat(followUp.searchedQuestion()).contains("劳役代偿").endsWith("那需要什么材料？");
		assertThat(followUp.citations()).anySatisfy(c -> assertThat(c.section()).contains("一是当事人经济困难"));
		Answer alone = kb.ask("那需要什么材料？");
		assertThat(alone.searchedQuestion()).isEqualTo("那需要什么材料？");
		Answer newTopic = kb.ask("碳汇基金可以用在哪些方面？", followUp.followUp());
		assertThat(newTopic.searchedQuestion()).isEqualTo("碳汇基金可以用在哪些方面？");
		assertThat(newTopic.followUp().topicTerms()).doesNotContain("劳役代偿");
	}

	@Test
	void answersWithoutAModelAreAlwaysExtractive() {
		assertThat(kb.modelEnabled()).isFalse();
		assertThat(kb.ask("基金管理委员会多久开一次会？").mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
	}

}
