package cn.jiangle.ecojustice.bot.defendants;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.ingest.DocumentSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every quotation defendants read is verbatim from the shipped documents, and carries its clause. */
class DefendantTextsTests {

	private static final Pattern QUOTED = Pattern.compile("「([^」]{6,})」");

	@Test
	void quotationsAreVerbatimAndCited() {
		String documents = squeezed(DocumentSource.builtIn().load().stream()
			.map(file -> new String(file.bytes(), StandardCharsets.UTF_8))
			.reduce("", String::concat));
		List<String> quotes = new ArrayList<>();
		for (String text : List.of(DefendantTexts.ORIENTATION, DefendantTexts.CARBON_EXPLAINED,
				DefendantTexts.LABOUR_EXPLAINED)) {
			assertThat(text).contains("【将法〔");
			Matcher quoted = QUOTED.matcher(text);
			while (quoted.find()) {
				quotes.add(quoted.group(1));
			}
		}
		assertThat(quotes).hasSizeGreaterThanOrEqualTo(10)
			.allSatisfy(quote -> assertThat(documents).as(quote).contains(squeezed(quote)));
	}

	@Test
	void nothingPromisesLeniency() {
		for (String text : List.of(DefendantTexts.ORIENTATION, DefendantTexts.CARBON_EXPLAINED,
				DefendantTexts.LABOUR_EXPLAINED, DefendantTexts.HELP_BOUND, DefendantTexts.WELCOME)) {
			assertThat(text).doesNotContain("从轻").doesNotContain("减刑").doesNotContain("一定会").doesNotContain("一定能").doesNotContain("保证从");
		}
	}

	private static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

}
