package cn.jiangle.ecojustice.bot.documents;

/** The bytes given as a picture are not an image format Java can decode (JPEG, PNG, GIF, BMP). */
public class ImageNotReadable extends IllegalArgumentException {

	ImageNotReadable(int length, Throwable cause) {
		super("not a readable image (" + length + " bytes)", cause);
	}

}
