package cn.jiangle.ecojustice.bot.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Small copies of photos (check-in pictures, receipts) for reports: a 4000-pixel phone photo embedded whole would
 * make every report megabytes; a thumbnail of a few hundred pixels prints fine at the size a report shows it.
 */
public final class Thumbnails {

	private Thumbnails() {
	}

	/**
	 * The picture in {@code imageBytes} (JPEG, PNG, GIF or BMP) scaled so its longer edge is at most {@code maxEdge}
	 * pixels, aspect kept; never enlarged. Throws {@link ImageNotReadable} when the bytes are no image.
	 */
	public static BufferedImage of(byte[] imageBytes, int maxEdge) {
		if (maxEdge < 1) {
			throw new IllegalArgumentException("maxEdge must be positive, was " + maxEdge);
		}
		BufferedImage source;
		try {
			source = imageBytes == null ? null : ImageIO.read(new ByteArrayInputStream(imageBytes));
		}
		catch (IOException | RuntimeException ex) {
			throw new ImageNotReadable(imageBytes.length, ex);
		}
		if (source == null) {
			throw new ImageNotReadable(imageBytes == null ? 0 : imageBytes.length, null);
		}
		double scale = Math.min(1.0, (double) maxEdge / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
		BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = thumbnail.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, width, height, Color.WHITE, null);
		}
		finally {
			g.dispose();
		}
		return thumbnail;
	}

}
