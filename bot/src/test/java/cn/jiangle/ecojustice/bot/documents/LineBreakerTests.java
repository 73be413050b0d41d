package cn.jiangle.ecojustice.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineBreakerTests {

	/** Every character one unit wide except ASCII at half, like a CJK font's metrics. */
	private final LineBreaker breaker = new LineBreaker(
			text -> text.codePoints().mapToDouble(cp -> cp < 0x80 ? 0.5 : 1.0).sum(), cp -> cp != 0x20000);

	@Test
	void chineseBreaksBetweenAnyTwoCharacters() {
		assertThat(breaker.lines("是否从轻由人民法院依法裁判", 5)).containsExactly("是否从轻由", "人民法院依", "法裁判");
	}

	@Test
	void certificateNumbersAndDecimalsStayWholeWhenTheyFit() {
		List<String> lines = breaker.lines("证书编号JLTH-2026-000123，碳汇量1395.013吨", 12);

		assertThat(lines).anySatisfy(line -> assertThat(line).contains("JLTH-2026-000123"));
		assertThat(lines).anySatisfy(line -> assertThat(line).contains("1395.013"));
		assertThat(lines).allSatisfy(line -> assertThat(line.codePoints()
			.mapToDouble(cp -> cp < 0x80 ? 0.5 : 1.0)
			.sum()).isLessThanOrEqualTo(12));
	}

	@Test
	void aWordLongerThanTheLineIsCutRatherThanOverflowing() {
		assertThat(breaker.lines("A".repeat(30), 5)).containsExactly("AAAAAAAAAA", "AAAAAAAAAA", "AAAAAAAAAA");
	}

	@Test
	void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
		assertThat(breaker.lines("一二三四，五六", 4)).containsExactly("一二三", "四，五六");
		assertThat(breaker.lines("一二三（四）", 4)).containsExactly("一二三", "（四）");
	}

	@Test
	void explicitNewlinesAndBlankLinesAreKept() {
		assertThat(breaker.lines("甲\n\n乙", 10)).containsExactly("甲", "", "乙");
	}

	@Test
	void charactersTheFontLacksBecomeABoxAndControlsAreDropped() {
		assertThat(breaker.printable("张\uD840\uDC00三\u0007\t")).isEqualTo("张□三 ");
	}

}
