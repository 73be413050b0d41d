package cn.jiangle.ecojustice.bot.documents;

/** PDFBox could not build the document (a font or image it needed could not be read or written). */
public class PdfRenderingFailed extends RuntimeException {

	PdfRenderingFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
