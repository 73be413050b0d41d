package cn.jiangle.ecojustice.db.labour;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/** The distance and image checks a check-in part goes through. */
class CheckInsTests {

	@Test
	void theHaversineDistanceMatchesKnownDistances() {
		// one degree of latitude on the mean sphere: 111.195 km
		assertThat(CheckIns.haversineMetres(26.0, 117.0, 27.0, 117.0)).isCloseTo(111_195, within(1.0));
		assertThat(CheckIns.haversineMetres(26.7283, 117.4712, 26.7283, 117.4712)).isZero();
		// a degree of longitude shrinks with the cosine of the latitude
		assertThat(CheckIns.haversineMetres(60.0, 10.0, 60.0, 11.0)).isCloseTo(55_597, within(2.0));
		// antipodes: half the circumference
		assertThat(CheckIns.haversineMetres(0, 0, 0, 180)).isCloseTo(Math.PI * CheckIns.EARTH_RADIUS_METRES,
				within(0.01));
	}

	@Test
	void theContentTypeIsTheGivenImageTypeOrReadFromTheBytes() {
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 };
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 };
		assertThat(CheckIns.imageType(jpeg, "Image/JPEG; charset=binary")).isEqualTo("image/jpeg");
		assertThat(CheckIns.imageType(png, null)).isEqualTo("image/png");
		assertThat(CheckIns.imageType(jpeg, " ")).isEqualTo("image/jpeg");
		assertThatExceptionOfType(NotAPhoto.class).isThrownBy(() -> CheckIns.imageType(jpeg, "video/mp4"));
		assertThatExceptionOfType(NotAPhoto.class).isThrownBy(() -> CheckIns.imageType(new byte[] { 1, 2, 3 }, null));
	}

	@Test
	void theSha256IsHex() {
		assertThat(CheckIns.sha256(new byte[0]))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

}
