package cn.jiangle.ecojustice.db.crypto;

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

}
