package cn.jiangle.ecojustice.bot.documents;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.RGBLuminanceSource;

/** Reads a QR code back from an image with ZXing's reader, as a phone would. */
final class QrDecoding {

	private QrDecoding() {
	}

	/** The text of the QR code in {@code image}, or a failed assertion's exception if there is none. */
	static String decode(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("no QR code found in the " + width + "x" + height + " image", ex);
		}
		catch (ReaderException ex) {
			throw new AssertionError("QR code found but unreadable", ex);
		}
	}

}
