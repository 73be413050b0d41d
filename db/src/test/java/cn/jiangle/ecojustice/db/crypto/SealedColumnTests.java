package cn.jiangle.ecojustice.db.crypto;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SealedColumnTests {

	@Test
	void everyDeclaredColumnIsAcceptedAsSqlText() {
		assertThat(SealedColumns.ALL).isNotEmpty().allSatisfy(column -> assertThat(column.table()).isNotBlank());
	}

	@Test
	void largeColumnsAreSealedColumns() {
		assertThat(SealedColumns.ALL).containsAll(SealedColumns.LARGE);
	}

	@Test
	void anythingThatCouldEndOrCommentAStatementIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SealedColumn("party; DROP TABLE party", "x", "id", "id", true));
		assertThatIllegalArgumentException().isThrownBy(() -> new SealedColumn("party", "name`", "id", "id", true));
		assertThatIllegalArgumentException().isThrownBy(() -> new SealedColumn("party", "name", "id -- x", "id", true));
		assertThatIllegalArgumentException().isThrownBy(() -> new SealedColumn("party", "name", "id", "id; DELETE", true));
	}

	@Test
	void statementsAreWrittenOnlyForListedColumnsAndBindEveryValue() {
		String due = SealedColumnSql.due(Map.of("column", SealedColumns.PARTY_PHONE));
		assertThat(due).contains("FROM party").contains("#{after}").contains("#{prefix}").contains("#{limit}");
		assertThat(SealedColumnSql.replace(Map.of("column", SealedColumns.PARTY_PHONE))).contains("#{fresh}")
			.contains("#{old}");
		// a well-formed column that is not one of SealedColumns.ALL gets no statement
		SealedColumn unlisted = new SealedColumn("officer", "name", "id", "id", true);
		assertThatIllegalArgumentException().isThrownBy(() -> SealedColumnSql.due(Map.of("column", unlisted)));
		assertThatIllegalArgumentException().isThrownBy(() -> SealedColumnSql.prefixes(Map.of("column", unlisted)));
	}

}
