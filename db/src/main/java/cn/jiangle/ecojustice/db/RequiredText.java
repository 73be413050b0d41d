package cn.jiangle.ecojustice.db;

/** Validation of free-text fields shared by the features. */
public final class RequiredText {

	private RequiredText() {
	}

	/**
	 * Strips {@code value} and refuses blank text ({@link FieldMissing}) or text longer than {@code maxLength} code
	 * points ({@link FieldTooLong}).
	 */
	public static String of(String value, String field, String chineseLabel, int maxLength) {
		String stripped = (value != null) ? value.strip() : "";
		if (stripped.isEmpty()) {
			throw new FieldMissing(field, chineseLabel);
		}
		if (stripped.codePointCount(0, stripped.length()) > maxLength) {
			throw new FieldTooLong(field, chineseLabel, maxLength);
		}
		return stripped;
	}

	/** Like {@link #of} but {@code null} or blank gives {@code null}. */
	public static String optional(String value, String field, String chineseLabel, int maxLength) {
		return (value == null || value.isBlank()) ? null : of(value, field, chineseLabel, maxLength);
	}

}
