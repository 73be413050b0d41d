package cn.jiangle.ecojustice.db.restoration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatesTests {

	@Test
	void numbersAreReadAsTyped() {
		assertThat(Certificates.normalise("JLTH-2026-000123")).contains("JLTH-2026-000123");
		assertThat(Certificates.normalise(" jlth－２０２６－０００１２３ ")).contains("JLTH-2026-000123");
		assertThat(Certificates.normalise("JLTH—2026—000123")).contains("JLTH-2026-000123");
		assertThat(Certificates.normalise("JLTH-2026-1234567")).contains("JLTH-2026-1234567");
	}

	@Test
	void anythingElseIsNoNumber() {
		assertThat(Certificates.normalise(null)).isEmpty();
		assertThat(Certificates.normalise("")).isEmpty();
		assertThat(Certificates.normalise("JLTH-26-000123")).isEmpty();
		assertThat(Certificates.normalise("JLTH-2026-123")).isEmpty();
		assertThat(Certificates.normalise("JLTH-2026-000123' OR 1=1")).isEmpty();
	}

}
