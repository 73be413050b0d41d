package cn.jiangle.ecojustice.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class EmbeddedFontTests {

	@Test
	void aFaceGoesBackToThePoolOnceHoweverOftenItIsClosed() throws IOException {
		try (PDDocument first = new PDDocument(); PDDocument second = new PDDocument()) {
			EmbeddedFont a = EmbeddedFont.embedInto(first);
			EmbeddedFont b = EmbeddedFont.embedInto(second);
			int idle = EmbeddedFont.idleFaces();

			a.close();
			a.close();
			assertThat(EmbeddedFont.idleFaces()).isEqualTo(idle + 1);

			// the next document takes the returned face; b's face is still its own
			try (PDDocument third = new PDDocument()) {
				EmbeddedFont c = EmbeddedFont.embedInto(third);
				assertThat(EmbeddedFont.idleFaces()).isEqualTo(idle);
				c.close();
			}
			b.close();
			assertThat(EmbeddedFont.idleFaces()).isEqualTo(Math.min(idle + 2,
					Math.max(2, Runtime.getRuntime().availableProcessors())));
		}
	}

	@Test
	void theFaceDrawsChineseLatinDigitsAndSubscriptTwo() throws IOException {
		try (PDDocument document = new PDDocument(); EmbeddedFont font = EmbeddedFont.embedInto(document)) {
			"认购碳汇证明书福建金森JLTH-2026-000123 CO₂e（）〔〕，。".codePoints()
				.forEach(cp -> assertThat(font.draws(cp)).as(Character.toString(cp)).isTrue());
			assertThat(font.draws(0x20000)).as("CJK extension B").isFalse();
		}
	}

}
