package cn.jiangle.ecojustice.bot.messages;

import java.util.Objects;

/**
 * A downloaded picture or file: personal data (a photo of a person, an invoice), never logged.
 *
 * @param fileName the name the sender gave the file, or the channel's (e.g. {@code MEDIA_ID.jpg}); never blank
 * @param contentType the MIME type the channel named, e.g. {@code image/jpeg}, {@code application/pdf}
 * @param bytes the content
 */
public record MediaContent(String fileName, String contentType, byte[] bytes) {

	public MediaContent {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(contentType, "contentType");
		Objects.requireNonNull(bytes, "bytes");
	}

	/** Whether it is a picture (image/*). */
	public boolean isImage() {
		return contentType.regionMatches(true, 0, "image/", 0, 6);
	}

	@Override
	public String toString() {
		return "MediaContent[" + contentType + ", " + bytes.length + " bytes]";
	}

}
