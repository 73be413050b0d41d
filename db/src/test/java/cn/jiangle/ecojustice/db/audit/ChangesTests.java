package cn.jiangle.ecojustice.db.audit;

import java.math.BigDecimal;
import java.util.List;

import cn.jiangle.ecojustice.db.cases.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTests {

	@Test
	void writesCanonicalJsonInInsertionOrder() {
		String json = Changes.of()
			.set("caseNumber", "（2026）闽0428刑初12号")
			.set("stage", Stage.TRIAL)
			.set("chargeDetail", null)
			.set("amount", new BigDecimal("12000.50"))
			.set("officers", List.of("li", "wang"))
			.set("active", true)
			.toJson();
		assertThat(json).isEqualTo("{\"caseNumber\":{\"to\":\"（2026）闽0428刑初12号\"},\"stage\":{\"to\":\"TRIAL\"},"
				+ "\"chargeDetail\":{\"to\":null},\"amount\":{\"to\":\"12000.50\"},\"officers\":{\"to\":[\"li\",\"wang\"]},"
				+ "\"active\":{\"to\":true}}");
	}

	@Test
	void recordsOnlyRealChanges() {
		Changes changes = Changes.of()
			.change("stage", Stage.TRIAL, Stage.TRIAL)
			.change("amount", new BigDecimal("12.5"), new BigDecimal("12.50"))
			.change("status", "OPEN", "CLOSED");
		assertThat(changes.toJson()).isEqualTo("{\"status\":{\"from\":\"OPEN\",\"to\":\"CLOSED\"}}");
		assertThat(Changes.of().change("x", 1, 1).isEmpty()).isTrue();
	}

	@Test
	void masksSensitiveValues() {
		String json = Changes.of()
			.setSensitive("idCard", "35042819850312123X")
			.setSensitive("phone", null)
			.changeSensitive("phone2", "13812345678", "13912345678")
			.toJson();
		assertThat(json).isEqualTo("{\"idCard\":{\"to\":\"***\"},\"phone\":{\"to\":null},"
				+ "\"phone2\":{\"from\":\"***\",\"to\":\"***\"}}");
	}

	@Test
	void escapesControlCharactersQuotesAndLoneSurrogates() {
		String json = Changes.of().set("note", "a\"b\\c\nd\u0001e\uD800f😀").toJson();
		assertThat(json).isEqualTo("{\"note\":{\"to\":\"a\\\"b\\\\c\\nd\\u0001e\\ud800f😀\"}}");
	}

}
