package cn.jiangle.ecojustice.bot.documents;

/**
 * The 认购碳汇证明书 (司法碳达) as a one-page A4 PDF with an embedded Chinese font and a QR code of the verification
 * text. Thread-safe; the font file is read once per JVM.
 */
public final class CertificatePdf {

	private CertificatePdf() {
	}

	/** The PDF bytes of one certificate. */
	public static byte[] render(CertificateView view) {
		if (view == null) {
			throw new CertificateViewInvalid("view", "is missing");
		}
		throw new UnsupportedOperationException("certificate layout lands in the next commit");
	}

}
