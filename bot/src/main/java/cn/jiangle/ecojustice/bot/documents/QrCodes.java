package cn.jiangle.ecojustice.bot.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes for the 碳汇认购二维码 sent in chat and the verification code printed on certificates. Black on white,
 * error correction level M (survives a crease or a smudge on paper), UTF-8 so Chinese text scans as Chinese.
 */
public final class QrCodes {

	/** Smallest image edge: below this a phone camera cannot resolve the modules of a URL-sized code. */
	public static final int MIN_SIZE = 64;

	public static final int MAX_SIZE = 2048;

	private static final int BLACK = 0xFF000000;

	private static final int WHITE = 0xFFFFFFFF;

	private QrCodes() {
	}

	/** A square PNG of {@code size}×{@code size} pixels encoding {@code text}. */
	public static byte[] png(String text, int size) {
		BufferedImage image = image(text, size);
		ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PNG encoding to memory failed", ex);
		}
		return out.toByteArray();
	}

	/** The same code as an image, for drawing into a PDF or another picture. */
	public static BufferedImage image(String text, int size) {
		if (text == null || text.isBlank()) {
			throw new QrCodeNotRenderable("QR text is empty");
		}
		if (size < MIN_SIZE || size > MAX_SIZE) {
			throw new QrCodeNotRenderable("QR size " + size + " is outside " + MIN_SIZE + ".." + MAX_SIZE + " pixels");
		}
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
							EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
		}
		catch (WriterException | IllegalArgumentException ex) {
			throw new QrCodeNotRenderable("QR text of " + text.length() + " characters does not fit a QR code", ex);
		}
		if (matrix.getWidth() > size) {
			throw new QrCodeNotRenderable("QR text needs more than " + size + " pixels; ask for a larger size");
		}
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
			}
		}
		return image;
	}

}
