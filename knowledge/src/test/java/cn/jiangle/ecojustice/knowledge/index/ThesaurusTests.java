package cn.jiangle.ecojustice.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThesaurusTests {

	private final Thesaurus builtIn = Thesaurus.builtIn();

	@Test
	void colloquialPhrasesMapToTheDocumentsWords() {
		assertThat(terms("我砍了几棵树")).contains("盗伐", "滥伐");
		assertThat(terms("上山烧纸引起山火")).contains("失火");
		assertThat(terms("偷偷打猎被抓了")).contains("非法狩猎");
		assertThat(terms("家里穷赔不起")).contains("经济困难", "无力支付");
		assertThat(terms("没钱赔怎么办")).contains("经济困难", "无力支付");
		assertThat(terms("在哪里买碳汇")).contains("认购碳汇");
		assertThat(terms("干活抵赔偿金")).contains("劳役代偿");
		assertThat(terms("能判轻一点吗")).contains("从轻");
	}

	@Test
	void equivalencesWorkBothWays() {
		Thesaurus t = Thesaurus.parse("认购碳汇, 碳汇认购, 买碳汇");
		assertThat(t.find("碳汇认购流程").get(0).terms()).containsExactly("认购碳汇", "买碳汇");
		assertThat(t.find("认购碳汇流程").get(0).terms()).containsExactly("碳汇认购", "买碳汇");
	}

	@Test
	void matchingIgnoresWidthCaseAndSpaces() {
		Thesaurus t = Thesaurus.parse("ＣＣＥＲ项目 => 碳汇项目");
		assertThat(t.find(Thesaurus.normalize("ccer 项目有哪些")))
			.singleElement()
			.satisfies(m -> assertThat(m.terms()).containsExactly("碳汇项目"));
	}

	@Test
	void longestPhrasesComeFirstWithPositions() {
		Thesaurus t = Thesaurus.parse("碳汇 => 林业碳汇\n买碳汇 => 认购碳汇");
		List<Thesaurus.Match> matches = t.find("怎么买碳汇");
		assertThat(matches).extracting(Thesaurus.Match::phrase).containsExactly("买碳汇", "碳汇");
		assertThat(matches.get(0).start()).isEqualTo(2);
		assertThat(matches.get(0).end()).isEqualTo(5);
	}

	@Test
	void commentsAndBlankLinesAreIgnoredAndBadLinesNamed() {
		assertThat(Thesaurus.parse("# 注释\n\n山火 => 失火 # 行尾注释\n").size()).isEqualTo(1);
		assertThatThrownBy(() -> Thesaurus.parse("好的\n山火 =>\n")).isInstanceOf(Thesaurus.MalformedThesaurusLine.class)
			.hasMessageContaining("line 1");
		assertThatThrownBy(() -> Thesaurus.parse("山火 => 失火\n山火 =>\n"))
			.isInstanceOf(Thesaurus.MalformedThesaurusLine.class)
			.hasMessageContaining("line 2");
	}

	@Test
	void operatorEditedFileIsLoaded(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("thesaurus.txt");
		Files.writeString(file, "挖沙 => 非法采矿\n");
		assertThat(Thesaurus.load(file).find("河里挖沙").get(0).terms()).isEqualTo(Set.of("非法采矿"));
	}

	private List<String> terms(String question) {
		return builtIn.find(Thesaurus.normalize(question)).stream().flatMap(m -> m.terms().stream()).toList();
	}

}
