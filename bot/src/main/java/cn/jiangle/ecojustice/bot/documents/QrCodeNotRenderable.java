package cn.jiangle.ecojustice.bot.documents;

/** The text is empty or too long for a QR code, or the requested image size cannot hold it. */
public class QrCodeNotRenderable extends IllegalArgumentException {

	QrCodeNotRenderable(String message) {
		super(message);
	}

	QrCodeNotRenderable(String message, Throwable cause) {
		super(message, cause);
	}

}
