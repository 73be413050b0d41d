package cn.jiangle.ecojustice.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class QrCodesTests {

	@Test
	void pngDecodesBackToTheUrlWithTheCaseReference() throws IOException {
		String url = "https://tanhui.example.cn/subscribe?case=%EF%BC%882026%EF%BC%89%E9%97%BD0428%E5%88%91%E5%88%9D15%E5%8F%B7&party=42";
		byte[] png = QrCodes.png(url, 360);

		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(360);
		assertThat(image.getHeight()).isEqualTo(360);
		assertThat(QrDecoding.decode(image)).isEqualTo(url);
	}

	@Test
	void chineseTextSurvivesTheRoundTrip() throws IOException {
		String text = "核验证书 JLTH-2026-000123 校验码 3F9A2C";
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 200)));

		assertThat(QrDecoding.decode(image)).isEqualTo(text);
	}

	@Test
	void blankTextOrUnusableSizeIsRefusedByName() {
		assertThatThrownBy(() -> QrCodes.png(null, 300)).isInstanceOf(QrCodeNotRenderable.class);
		assertThatThrownBy(() -> QrCodes.png("  ", 300)).isInstanceOf(QrCodeNotRenderable.class);
		assertThatThrownBy(() -> QrCodes.png("x", 10)).isInstanceOf(QrCodeNotRenderable.class)
			.hasMessageContaining("10");
		assertThatThrownBy(() -> QrCodes.png("x", 100_000)).isInstanceOf(QrCodeNotRenderable.class);
	}

	@Test
	void textBeyondQrCapacityIsRefusedByName() {
		assertThatThrownBy(() -> QrCodes.png("碳".repeat(2000), 2048)).isInstanceOf(QrCodeNotRenderable.class)
			.hasMessageContaining("2000 characters");
	}

	@Test
	void longTextThatNeedsMoreModulesThanPixelsIsRefusedRatherThanReturnedLarger() {
		assertThatThrownBy(() -> QrCodes.png("a".repeat(1500), 64)).isInstanceOf(QrCodeNotRenderable.class)
			.hasMessageContaining("larger size");
	}

}
