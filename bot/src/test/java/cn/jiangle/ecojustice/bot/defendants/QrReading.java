package cn.jiangle.ecojustice.bot.defendants;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a QR code back from a PNG with ZXing's reader, as a phone would. */
public final class QrReading {

	private QrReading() {
	}

	public static String decode(byte[] png) {
		BufferedImage image;
		try {
			image = ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
		}
		catch (ReaderException ex) {
			throw new AssertionError("no readable QR code in the image", ex);
		}
	}

}
