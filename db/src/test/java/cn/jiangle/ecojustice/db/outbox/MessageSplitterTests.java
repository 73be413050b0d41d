package cn.jiangle.ecojustice.db.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSplitterTests {

	@Test
	void shortTextIsOnePart() {
		assertThat(MessageSplitter.split("碳汇认购", 2048)).containsExactly("碳汇认购");
	}

	@Test
	void chineseTextSplitsAtTheByteLimitOnCharacterBoundaries() {
		// 3 bytes per character: 2048 bytes hold 682 characters
		String text = "汇".repeat(1500);
		List<String> parts = MessageSplitter.split(text, 2048);
		assertThat(parts).hasSize(3);
		assertThat(parts).allSatisfy(part -> assertThat(utf8(part)).isLessThanOrEqualTo(2048));
		assertThat(parts.get(0)).hasSize(682);
		assertThat(String.join("", parts)).isEqualTo(text);
	}

	@Test
	void neverSplitsASurrogatePair() {
		// one ASCII byte shifts every 4-byte emoji across the 2048-byte boundary
		String text = "a" + "🌲".repeat(1000);
		List<String> parts = MessageSplitter.split(text, 2048);
		assertThat(String.join("", parts)).isEqualTo(text);
		for (String part : parts) {
			assertThat(utf8(part)).isLessThanOrEqualTo(2048);
			assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
			assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
			assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(part);
		}
	}

	@Test
	void prefersToEndAPartAfterASentence() {
		String first = "一".repeat(500) + "。";
		String rest = "二".repeat(400);
		List<String> parts = MessageSplitter.split(first + rest, 2048);
		assertThat(parts.get(0)).isEqualTo(first);
		assertThat(String.join("", parts)).isEqualTo(first + rest);
	}

	@Test
	void ignoresABreakThatWouldLeaveATinyPart() {
		String text = "一。" + "二".repeat(1000);
		List<String> parts = MessageSplitter.split(text, 2048);
		assertThat(utf8(parts.get(0))).isGreaterThan(2000);
	}

	@Test
	void exactlyTheLimitIsOnePart() {
		String text = "a".repeat(2048);
		assertThat(MessageSplitter.split(text, 2048)).containsExactly(text);
		assertThat(MessageSplitter.split(text + "b", 2048)).containsExactly(text, "b");
	}

	private static int utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
