package cn.jiangle.ecojustice.bot.defendants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import cn.jiangle.ecojustice.bot.messages.InboundMedia;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.MediaContent;
import cn.jiangle.ecojustice.bot.messages.MediaExpired;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The chat tests' photos: what WeCom's media/get would return for a media id, without a WeCom (the chat tests run no
 * channel). A narrow seam: the end-to-end test downloads real photos from the fake WeCom API through the real
 * {@link InboundMedia}. An unknown media id is expired, as WeCom answers after three days.
 */
final class TestPhotos implements InboundMedia {

	private final Map<String, MediaContent> photos = new ConcurrentHashMap<>();

	/** Registers a small JPEG under {@code mediaId} and returns the id. */
	String taken(String mediaId) {
		photos.put(mediaId, new MediaContent(mediaId + ".jpg", "image/jpeg", jpeg(mediaId.hashCode())));
		return mediaId;
	}

	@Override
	public MediaContent fetch(InboundMessage message) {
		return fetch(message.channel(), message.mediaId());
	}

	@Override
	public MediaContent fetch(InboundMessage.Channel channel, String mediaId) {
		MediaContent photo = photos.get(mediaId);
		if (photo == null) {
			throw new MediaExpired(mediaId);
		}
		return photo;
	}

	/** A 64×48 JPEG of one colour: a real picture, different per seed. */
	static byte[] jpeg(int seed) {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(seed & 0xFFFFFF));
		graphics.fillRect(0, 0, 64, 48);
		graphics.setColor(Color.GREEN);
		graphics.drawString("JL", 10, 30);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		TestPhotos testPhotos() {
			return new TestPhotos();
		}

	}

}
