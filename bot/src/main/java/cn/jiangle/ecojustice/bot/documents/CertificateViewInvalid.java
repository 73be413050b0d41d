package cn.jiangle.ecojustice.bot.documents;

/**
 * A certificate cannot be printed from these values: a required field is missing or blank, or an amount is not
 * positive. Carries the record component's name so the caller can tell which.
 */
public class CertificateViewInvalid extends IllegalArgumentException {

	private final String field;

	CertificateViewInvalid(String field, String problem) {
		super("certificate " + field + " " + problem);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
