package cn.jiangle.ecojustice.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ThumbnailsTests {

	@Test
	void aLargePhotoShrinksToTheLongerEdgeKeepingItsAspectAndColours() throws IOException {
		BufferedImage thumbnail = Thumbnails.of(photo(4000, 3000, "jpg"), 400);

		assertThat(thumbnail.getWidth()).isEqualTo(400);
		assertThat(thumbnail.getHeight()).isEqualTo(300);
		Color centre = new Color(thumbnail.getRGB(200, 150));
		assertThat(centre.getGreen()).isGreaterThan(centre.getRed() + 60);
	}

	@Test
	void aSmallPictureIsNotEnlarged() throws IOException {
		BufferedImage thumbnail = Thumbnails.of(photo(120, 200, "png"), 400);

		assertThat(thumbnail.getWidth()).isEqualTo(120);
		assertThat(thumbnail.getHeight()).isEqualTo(200);
	}

	@Test
	void bytesThatAreNoImageAreRefusedByName() {
		assertThatThrownBy(() -> Thumbnails.of("not a photo".getBytes(), 400)).isInstanceOf(ImageNotReadable.class)
			.hasMessageContaining("11 bytes");
		assertThatThrownBy(() -> Thumbnails.of(null, 400)).isInstanceOf(ImageNotReadable.class);
	}

	/** A green field with a grey band, as a photo of a planting site might look. */
	static byte[] photo(int width, int height, String format) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x2E, 0x8B, 0x57));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.GRAY);
		g.fillRect(0, 0, width, height / 10);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

}
